"""The ranking's grouped count (scoring.unit_scores: one grouped query per version of the points
table) gives the figures of a straightforward count — every event of every item added up in
Python — on random data: voided items and 续报 of voided ones, 密级 above a clerk's clearance,
编发 rows (not counted), 印发 and imported 县级采用, 批示, other steps, and a table that changes
within the year."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import records, settings
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.info import SPEC, first_reports, scoring
from officedesk.core.info import spec as S
from officedesk.store.info import InfoAction, InfoItem

UNITS = ("甲局", "乙镇", "丙乡", "丁委", "戊办")


def _fill(rng: random.Random, items: int) -> None:
    start = dt.datetime(2025, 12, 20, 8)
    rows = []
    for n in range(1, items + 1):
        followup = rng.randint(1, n - 1) if n > 1 and rng.random() < 0.1 else None
        rows.append({"number": f"信息〔2026〕{n}号", "title": f"信息{n}", "unit": rng.choice(UNITS),
                     "reported_at": start + dt.timedelta(minutes=rng.randint(0, 400 * 24 * 60)),
                     "category": S.SUDDEN if followup else "工作动态", "content": "正文",
                     "state": rng.choice(("已编发", "已采用", "不采用", S.VOIDED, "待初审")),
                     "secrecy": rng.choice(("非密", "非密", "秘密", "机密")), "followup_of": followup})
    InfoItem.insert_many(rows).execute()
    actions = []
    for n in range(1, items + 1):
        for _ in range(rng.randint(0, 4)):
            kind = rng.choice(("采用", "采用", "批示", "接收"))
            actions.append({"item": n, "kind": kind, "on": dt.date(2025, 12, 25)
                            + dt.timedelta(days=rng.randint(0, 380)),
                            "level": rng.choice(S.ADOPTION_LEVELS) if kind == "采用" else "",
                            "content": rng.choice((scoring.PLACED, scoring.ISSUED, "导入", ""))})
    InfoAction.insert_many(actions).execute()


def _counted_by_hand(actor: Actor, start: dt.date, end: dt.date) -> dict[str, tuple]:
    levels = records.visible_levels(SPEC, actor)
    visible = {i.id for i in (InfoItem.select(InfoItem.id) if levels is None
                              else InfoItem.select(InfoItem.id).where(levels))}
    counted = {i.id: i for i in InfoItem.select()
               if i.id in visible and first_reports.is_counted(i)}
    found: dict[str, dict] = {}

    def unit(name):
        return found.setdefault(name, {"reported": 0, "points": 0, "instructions": 0,
                                       "adopted": dict.fromkeys(S.ADOPTION_LEVELS, 0)})

    for item in counted.values():
        day = item.reported_at.date()
        if start <= day <= end:
            unit(item.unit)["reported"] += 1
            unit(item.unit)["points"] += scoring.event_points(scoring.REPORT, "", day)
    for action in InfoAction.select():
        item = counted.get(action.item_id)
        if item is None or not start <= action.on <= end or action.content == scoring.PLACED:
            continue
        if action.kind == scoring.INSTRUCTION:
            unit(item.unit)["instructions"] += 1
        elif action.kind == "采用":
            unit(item.unit)["adopted"][action.level] += 1
        else:
            continue
        unit(item.unit)["points"] += scoring.event_points(action.kind, action.level, action.on)
    return {name: (f["reported"], f["adopted"], f["instructions"], f["points"])
            for name, f in found.items()}


def test_the_grouped_count_gives_the_figures_of_a_count_by_hand(any_db, fixed_today):
    fixed_today(dt.date(2025, 12, 1))  # the table changes within 2026, set before anything counts
    settings.put(scoring.POINTS.key, "报送=1\n县级采用=3\n市级采用=10\n批示=10\n"
                                     "2026-07-01起：\n报送=2\n县级采用=5\n中央采用=80")
    fixed_today(dt.date(2027, 2, 1))
    _fill(random.Random(20261204), 400)
    clerk = Actor(username="c", role="clerk", clearance=1)
    for actor in (CLI_ACTOR, clerk):
        for period in ("2026", "2026-Q3", "2026-06", "2026-07", "2025", "2027-01"):
            first, last, _ = scoring.period_range(period)
            fast = {s.unit: (s.reported, s.adopted, s.instructions, s.points)
                    for s in scoring.unit_scores(actor, first, last)}
            assert fast == _counted_by_hand(actor, first, last), (actor.username, period)
    assert len(scoring.tables_within(*scoring.period_range("2026")[:2])) == 2
