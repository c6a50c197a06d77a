"""Scoring (信息工作考核): points per 报送, per 采用 at each level and per 批示 from a settings
table; each unit's points per month, quarter or year, and the ranking of the 信息工作通报.

What counts and when: a 报送 in the period of its 报送时间 (voided items never), an 采用 or a 批示
in the period of its own date. Only items the actor may see are counted."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import peewee

from officedesk.core import settings
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.fields import check_year
from officedesk.core.i18n import text as i18n_text
from officedesk.core.info import spec as S
from officedesk.store.info import InfoAction, InfoItem

REPORT = "报送"
INSTRUCTION = "批示"
POINT_KEYS = (REPORT, *(f"{level}级采用" if level != "中央" else "中央采用"
                        for level in S.ADOPTION_LEVELS), INSTRUCTION)

POINTS = settings.declare(
    "info.points", str,
    "报送=1\n县级采用=3\n市级采用=10\n省级采用=20\n中央采用=50\n批示=10",
    "信息计分标准", "信息",
    help="每行：项目=分值。项目：报送、县级采用、市级采用、省级采用、中央采用、批示。",
)


def adoption_key(level: str) -> str:
    return "中央采用" if level == "中央" else f"{level}级采用"


def points(text: str | None = None) -> dict[str, int]:
    """The 计分标准 (`text`: as given, else the stored one); a line it cannot read is refused."""
    table = dict.fromkeys(POINT_KEYS, 0)
    raw = settings.get(POINTS.key) if text is None else text
    for line in str(raw or "").splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition("=")
        key = key.strip()
        if key not in table or not value.strip().lstrip("-").isdigit():
            raise ValidationError(
                f"计分标准的一行“{line.strip()}”看不懂，应写成“市级采用=10”；项目可用："
                f"{'、'.join(POINT_KEYS)}。", POINTS.key)
        table[key] = int(value)
    return table


@settings.check(POINTS.key)
def _check_points(value: str) -> None:
    points(value)


def item_score(item_id: int) -> int:
    """An item's own points: its 报送, every 采用 and every 批示."""
    table = points()
    score = table[REPORT]
    for action in InfoAction.select().where(InfoAction.item == item_id):
        if action.kind == "采用":
            score += table.get(adoption_key(action.level), 0)
        elif action.kind == INSTRUCTION:
            score += table[INSTRUCTION]
    return score


# ---------------------------------------------------------------- periods

_PERIOD = re.compile(r"^(\d{4})(?:[-年]?(?:(?:Q|q|第)([1-4])(?:季度)?|(\d{1,2})月?))?$")


def period_range(text: str) -> tuple[dt.date, dt.date, str]:
    """'2026' / '2026-Q1' / '2026-03' -> (first day, last day, 2026年第一季度)."""
    match = _PERIOD.match((text or "").strip().replace(" ", ""))
    if not match:
        raise ValidationError(
            f"期间“{text}”看不懂。请写年（2026）、季度（2026-Q1）或月份（2026-03）。", "period")
    year = check_year(int(match[1]), "期间")
    if match[2]:
        quarter = int(match[2])
        start = dt.date(year, 3 * quarter - 2, 1)
        end = dt.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)
        label = i18n_text(f"%1年第{'一二三四'[quarter - 1]}季度", year)
    elif match[3]:
        month = int(match[3])
        if not 1 <= month <= 12:
            raise ValidationError(f"月份“{month}”不对，应为 1–12。", "period")
        start = dt.date(year, month, 1)
        end = dt.date(year + (month == 12), 1 if month == 12 else month + 1, 1)
        label = i18n_text("%1年%2月", year, month)
    else:
        start, end, label = dt.date(year, 1, 1), dt.date(year + 1, 1, 1), i18n_text("%1年", year)
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
    alive = InfoItem.state != S.VOIDED
    return alive if levels is None else alive & levels


def unit_scores(actor: Actor, start: dt.date, end: dt.date) -> list[UnitScore]:
    """Each unit's 报送, 采用 per level, 批示 and points in [start, end], ranked (equal points
    share a rank: 1, 1, 3)."""
    table = points()
    units: dict[str, UnitScore] = {}

    def unit(name: str) -> UnitScore:
        return units.setdefault(name, UnitScore(name))

    first = dt.datetime.combine(start, dt.time.min)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    reported: Any = (InfoItem.select(InfoItem.unit, peewee.fn.COUNT(InfoItem.id))
                     .where(_visible(actor) & (InfoItem.reported_at >= first)
                            & (InfoItem.reported_at < after))
                     .group_by(InfoItem.unit).tuples())
    for name, n in reported:
        unit(name).reported = n
    actions: Any = (InfoAction.select(InfoItem.unit, InfoAction.kind, InfoAction.level,
                                      peewee.fn.COUNT(InfoAction.id))
                    .join(InfoItem)
                    .where(_visible(actor) & InfoAction.kind.in_(("采用", INSTRUCTION))
                           & (InfoAction.on >= start) & (InfoAction.on <= end))
                    .group_by(InfoItem.unit, InfoAction.kind, InfoAction.level).tuples())
    for name, kind, level, n in actions:
        if kind == INSTRUCTION:
            unit(name).instructions += n
        elif level in S.ADOPTION_LEVELS:
            unit(name).adopted[level] += n
    for score in units.values():
        score.points = (score.reported * table[REPORT]
                        + sum(n * table[adoption_key(level)] for level, n in score.adopted.items())
                        + score.instructions * table[INSTRUCTION])
    ranked = sorted(units.values(), key=lambda s: (-s.points, -s.reported, s.unit))
    for position, score in enumerate(ranked, 1):
        previous = ranked[position - 2] if position > 1 else None
        score.rank = previous.rank if previous and previous.points == score.points else position
    return ranked


def ranking(actor: Actor, period: str) -> tuple[str, list[UnitScore]]:
    start, end, label = period_range(period)
    return label, unit_scores(actor, start, end)
