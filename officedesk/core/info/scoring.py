"""Scoring (信息工作考核): points per 报送, per 采用 at each level and per 批示 from a settings
table; each unit's points per month, quarter or year, and the ranking of the 信息工作通报.

What counts and when: a 报送 in the period of its 报送时间 (voided items never), an 采用 or a 批示
in the period of its own date — a 县级采用 (the office's own periodical) from the day its issue is
印发 (core.info.issued writes it then; the row 编发 writes counts nothing: `scored_actions`), each by the version of the table in force on that day
(`versions`: the table keeps dated versions, core.info.points_kept keeps the past as counted);
an item's 得分 is the sum of its own (`item_points`), so the two always agree. Only items the
actor may see are counted."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import peewee

from officedesk.core import clock, dated_versions, i18n, settings
from officedesk.core.actor import Actor
from officedesk.core.directory import name_order
from officedesk.core.errors import ValidationError
from officedesk.core.fields import check_year
from officedesk.core.info import first_reports
from officedesk.core.info import spec as S
from officedesk.store import compiled
from officedesk.store.info import InfoAction, InfoItem

REPORT = "报送"
INSTRUCTION = "批示"
POINT_KEYS = (REPORT, *(f"{level}级采用" if level != "中央" else "中央采用"
                        for level in S.ADOPTION_LEVELS), INSTRUCTION)

POINTS = settings.declare(
    "info.points", str,
    "报送=1\n县级采用=3\n市级采用=10\n省级采用=20\n中央采用=50\n批示=10",
    "信息计分标准", "信息",
    # dated versions (“2027-01-01起：” and the points changed from then on): the refusal of a
    # change that would alter the past says how (core.info.points_kept)
    help="每行：项目=分值。项目：报送、县级采用、市级采用、省级采用、中央采用、批示。"
         "改标准时保留原标准，另起一行写“2027-01-01起：”，其下写自该日起改变的分值；"
         "今天以前已计的分不能改变（已发的信息工作通报不变）。",
)

# the content of the 县级采用 row 编发 writes (the item placed in an issue: not counted), and of
# the one 印发 writes (core.info.issued: counted on the 印发 day)
PLACED = "编发"
ISSUED = "印发"


def scored_actions() -> peewee.Expression:
    """SQL on InfoAction: the rows the figures count — every 采用 and 批示 but the row 编发
    writes (an item placed in an issue not yet 印发 earns nothing)."""
    return InfoAction.kind.in_(("采用", INSTRUCTION)) & (InfoAction.content != PLACED)


Table = dict[str, int]
Version = tuple[dt.date, Table]  # the day it applies from (dt.date.min: from the start), table


def adoption_key(level: str) -> str:
    return "中央采用" if level == "中央" else f"{level}级采用"


def versions(text: str | None = None) -> list[Version]:
    """The 计分标准's versions, oldest first (`text`: as given, else the stored one): the lines
    before any “2027-01-01起：” apply from the start, each such line starts a version that keeps
    what it does not restate. A line it cannot read is refused."""
    raw = settings.get(POINTS.key) if text is None else text

    def read_line(line: str) -> tuple[str, int]:
        key, _, value = line.partition("=")
        key = key.strip()
        if key not in POINT_KEYS or not value.strip().lstrip("-").isdigit():
            raise ValidationError(i18n.text(
                "计分标准的一行“%1”看不懂，应写成“市级采用=10”（或“2027-01-01起：”开始一段新标准）；项目可用：%2。",
                line, "、".join(POINT_KEYS)), POINTS.key)  # as typed in the setting
        return key, int(value)

    def bad_since(line: str) -> ValidationError:
        return ValidationError(i18n.text("计分标准的“%1”不对：应是一个日期，且晚于前一段标准的起始日期。", line),
                               POINTS.key)

    return dated_versions.parse(str(raw or ""), dict.fromkeys(POINT_KEYS, 0), read_line, bad_since)


def table_on(day: dt.date, tables: list[Version] | None = None) -> Table:
    """The points table in force on `day`."""
    return dated_versions.in_force(day, versions() if tables is None else tables)


def points(text: str | None = None) -> Table:
    """The 计分标准 in force today (`text`: as given, else the stored one)."""
    return table_on(clock.today(), versions(text))


def tables_within(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, Table]]:
    """The versions in force from `start` to `end`, each with the days it covers there."""
    found = versions()
    spans = []
    for n, (since, table) in enumerate(found):
        until = found[n + 1][0] - dt.timedelta(days=1) if n + 1 < len(found) else dt.date.max
        if since <= end and until >= start:
            spans.append((max(since, start), min(until, end), table))
    return spans


@settings.check(POINTS.key)
def _check_points(value: str) -> None:
    versions(value)


def event_points(kind: str, level: str, day: dt.date, tables: list[Version] | None = None) -> int:
    """The points of one scored event — a 报送 (on its 报送时间's day), an 采用 at `level` or a 批示
    (on its own date) — by the table in force that day: what the item's 得分 and the ranking
    both add up."""
    return _points_in(table_on(day, tables), kind, level)


def _points_in(table: Table, kind: str, level: str) -> int:
    if kind in (REPORT, INSTRUCTION):
        return table[kind]
    return table[adoption_key(level)] if level in S.ADOPTION_LEVELS else 0


def item_points(item: Any, tables: list[Version] | None = None) -> int:
    """An item's 得分: its 报送, every 采用 and every 批示, each by the table of its day; none for
    a voided item (the ranking counts none of it)."""
    if not first_reports.is_counted(item):  # voided, or a 续报 of a voided first report
        return 0
    tables = versions() if tables is None else tables
    score = event_points(REPORT, "", _day_of(item.reported_at), tables)
    scored = compiled.fetch_all_of(InfoAction, "info-scored-actions", item.id, lambda select, one: select.where(
        (InfoAction.item == one) & scored_actions()).order_by(InfoAction.id))
    for action in scored:
        score += event_points(action.kind, action.level, action.on, tables)
    return score


def _day_of(when: Any) -> dt.date:
    """The day of a 报送时间 (today when there is none yet)."""
    if isinstance(when, dt.datetime):
        return when.date()
    return when if isinstance(when, dt.date) else clock.today()


def item_score(item_id: int) -> int:
    """The item's 得分 (item_points), read by its id."""
    return item_points(compiled.fetch(InfoItem, item_id))


# ---------------------------------------------------------------- periods

# 2026 / 2026年; 2026-Q1, 2026Q1, 2026年第1季度, 2026年第一季度 (as the ranking's title writes
# it); 2026-03, 2026-3, 2026年3月, 202603 — a month run into the year only as two digits
# (20261 is no month, 99999 no year)
_PERIOD = re.compile(r"^(\d{4})(?:年|[-年]?(?:Q|q|第)([1-4一二三四])(?:季度)?"
                     r"|[-年](\d{1,2})月?|(\d{2})月?)?$")


QUARTERS = ("%1年第一季度", "%1年第二季度", "%1年第三季度", "%1年第四季度")


def period_range(text: str) -> tuple[dt.date, dt.date, str]:
    """'2026' / '2026-Q1' / '2026-03' -> (first day, last day, 2026年第一季度)."""
    match = _PERIOD.match((text or "").strip().replace(" ", ""))
    if not match:
        raise ValidationError(i18n.text(
            "期间“%1”看不懂。请写年（2026）、季度（2026-Q1）或月份（2026-03）。", text), "period")
    year = check_year(int(match[1]), "期间")
    if match[2]:
        quarter = "一二三四".index(match[2]) + 1 if match[2] in "一二三四" else int(match[2])
        start = dt.date(year, 3 * quarter - 2, 1)
        end = dt.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)
        label = i18n.text(QUARTERS[quarter - 1], year)
    elif match[3] or match[4]:
        month = int(match[3] or match[4])
        if not 1 <= month <= 12:
            raise ValidationError(i18n.text("月份“%1”不对，应为 1–12。", month), "period")
        start = dt.date(year, month, 1)
        end = dt.date(year + (month == 12), 1 if month == 12 else month + 1, 1)
        label = i18n.text("%1年%2月", year, month)
    else:
        start, end, label = dt.date(year, 1, 1), dt.date(year + 1, 1, 1), i18n.text("%1年", year)
    return start, end - dt.timedelta(days=1), label


# ---------------------------------------------------------------- per unit


@dataclass
class UnitScore:
    unit: str
    reported: int = 0
    adopted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(S.ADOPTION_LEVELS, 0))
    instructions: int = 0
    points: int = 0
    rank: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "reported": self.reported, "adopted": dict(self.adopted),
                "instructions": self.instructions, "points": self.points, "rank": self.rank}


def _visible(actor: Actor) -> peewee.Expression:
    from officedesk.core import records
    from officedesk.core.info import SPEC

    levels = records.visible_levels(SPEC, actor)
    alive = first_reports.counted()
    return alive if levels is None else alive & levels


def unit_scores(actor: Actor, start: dt.date, end: dt.date) -> list[UnitScore]:
    """Each unit's 报送, 采用 per level, 批示 and points in [start, end], ranked (equal points
    share a rank: 1, 1, 3); each event's points by the table of its day (event_points).

    Counted in SQL, a grouped count per unit for each version of the table in force in the
    period (`tables_within`: one, unless the table changed within it): a handful of rows, not
    one per item or per day — the same figures as adding up every event (tests compare them)."""
    units: dict[str, UnitScore] = {}

    def unit(name: str) -> UnitScore:
        found = units.get(name)
        if found is None:
            found = units[name] = UnitScore(name)
        return found

    visible = _visible(actor)
    for first, last, table in tables_within(start, end):
        since = dt.datetime.combine(first, dt.time.min)
        after = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)
        reported: Any = (InfoItem.select(InfoItem.unit, peewee.fn.COUNT(InfoItem.id))
                         .where(visible & (InfoItem.reported_at >= since)
                                & (InfoItem.reported_at < after))
                         .group_by(InfoItem.unit).tuples())
        for name, n in reported:
            unit(name).reported += n
            unit(name).points += n * table[REPORT]
        actions: Any = (InfoAction.select(InfoItem.unit, InfoAction.kind, InfoAction.level,
                                          peewee.fn.COUNT(InfoAction.id))
                        .join(InfoItem)
                        .where(visible & scored_actions()
                               & (InfoAction.on >= first) & (InfoAction.on <= last))
                        .group_by(InfoItem.unit, InfoAction.kind, InfoAction.level)
                        .tuples())
        for name, kind, level, n in actions:
            if kind == INSTRUCTION:
                unit(name).instructions += n
            elif level in S.ADOPTION_LEVELS:
                unit(name).adopted[level] += n
            unit(name).points += n * _points_in(table, kind, level)
    # equal points share a rank; among them more 报送 first, then 音序 (counted_by.COUNTED_BY)
    ranked = sorted(units.values(), key=lambda s: (-s.points, -s.reported, name_order(s.unit)))
    for position, score in enumerate(ranked, 1):
        previous = ranked[position - 2] if position > 1 else None
        score.rank = previous.rank if previous and previous.points == score.points else position
    return ranked


def ranked(actor: Actor, start: dt.date, end: dt.date, label: str) -> list[UnitScore]:
    """The units ranked over [start, end] as the 信息工作通报, `info-ranking` and the window's
    排名 show them: refused for a period not begun (`label` names it) — nothing of it is
    counted yet, and its 通报 would name every unit as reporting nothing (the 督查通报 refuses
    one too). A period begun is counted up to today (counted_by.Scope.counted_to)."""
    today = clock.today()
    if start > today:
        raise ValidationError(i18n.text(
            "统计期间%1（%2起）尚未开始（今天是%3），还没有可以通报的信息工作情况。请选择已经开始的期间。",
            label, start.isoformat(), today.isoformat()), "period")
    return unit_scores(actor, start, end)


def ranking(actor: Actor, period: str) -> tuple[str, list[UnitScore]]:
    start, end, label = period_range(period)
    return label, ranked(actor, start, end, label)
