"""The 工作台's information items (waiting for 初审; sudden events whose report clock runs or is
late) and the figures of `stats` under 信息. Only items the actor may see are counted."""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee

from officedesk.core import records, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.dashboard import DueItem
from officedesk.core.i18n import text
from officedesk.core.info import awaited, first_reports, scoring, sudden
from officedesk.core.info import spec as S
from officedesk.store.db import guarded
from officedesk.store.info import InfoItem


def _visible(actor: Actor) -> Any:
    from officedesk.core.info import SPEC

    return records.visible_levels(SPEC, actor)


def _where(actor: Actor, condition: Any) -> Any:
    levels = _visible(actor)
    return condition if levels is None else condition & levels


def due_items(actor: Actor, today: dt.date, horizon: dt.date) -> list[DueItem]:
    days = int(settings.get(S.REVIEW_DAYS.key))
    working = settings.get("deadlines.day_kind") == "working"
    result: list[DueItem] = []
    with guarded("查询"):
        waiting = (InfoItem.select().where(_where(actor, InfoItem.state == S.TO_REVIEW))
                   .order_by(InfoItem.received_at).limit(500))
        for item in waiting:
            received = (item.received_at or item.reported_at).date()
            due = workdays.add_days(received, days, working)
            if due <= horizon:
                result.append(DueItem("info", "信息", item.id, f"{item.number} {item.title}",
                                      "初审", due, item.unit))
    # outside the chain: 接收, and the report clocks of sudden events (core.info.awaited)
    for found in awaited.awaited(actor):
        item = found.item
        if found.step == awaited.RECEIVE:
            if found.due <= horizon:
                result.append(DueItem("info", "信息", item.id, f"{item.number} {item.title}".strip(),
                                      found.step, found.due, item.unit))
            continue
        # the step: its time left (剩 40 分钟) is told as the 工作台 shows it, at that moment
        what = text("%1（%2）", found.step, found.note) if found.note else found.step
        result.append(DueItem("info", "信息", item.id, text("【突发】%1", item.title),
                              what, found.due, item.unit, mark=found.mark,
                              due_at=found.due_at))
    return result


def figures(actor: Actor, year: int) -> dict[str, Any]:
    """`stats` under 信息: items per month and category, states, 采用 per level, 批示, and the
    units' ranking of the year."""
    first, after = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    in_year = _where(actor, (InfoItem.reported_at >= first) & (InfoItem.reported_at < after)
                     & first_reports.counted())
    with guarded("统计"):
        total = InfoItem.select().where(in_year).count()
        months = {str(m): 0 for m in range(1, 13)}
        for item in InfoItem.select(InfoItem.reported_at).where(in_year):
            months[str(item.reported_at.month)] += 1

        def grouped(column: Any) -> dict[str, int]:
            rows: Any = (InfoItem.select(column, peewee.fn.COUNT(InfoItem.id)).where(in_year)
                         .group_by(column).order_by(peewee.fn.COUNT(InfoItem.id).desc()).tuples())
            return {str(key or "（未填）"): n for key, n in rows}

        sudden_late = sum(
            1 for item in InfoItem.select().where(in_year & (InfoItem.category == S.SUDDEN))
            if sudden.light(item) == sudden.LIGHT_LATE)
        ranked = scoring.unit_scores(actor, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return {
        "year": year,
        "total": total,
        "per_month": months,
        "by_category": grouped(InfoItem.category),
        "by_state": grouped(InfoItem.state),
        "adopted": {level: sum(s.adopted[level] for s in ranked) for level in S.ADOPTION_LEVELS},
        "instructions": sum(s.instructions for s in ranked),
        "sudden_late": sudden_late,
        "ranking": [s.as_dict() for s in ranked[:20]],
    }
