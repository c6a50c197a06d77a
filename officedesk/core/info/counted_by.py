"""How the 信息 figures are counted, said once for every paper and screen that shows them (the
信息工作通报, `info-ranking` and its --json, the window's 排名): `COUNTED_BY`, `NOTHING_REPORTED`
for a period without a 报送, and the scope of one ranking — its period, how many units reported
in it, the periodicals whose issues went out in it (their items' 县级采用 are what it counts at the
county level)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import clock, i18n
from officedesk.core.i18n import Text
from officedesk.core.info import periodicals
from officedesk.store.info import InfoIssue, Periodical

COUNTED_BY = ("报送按报送时间计分，县级采用按刊物印发日期计分（编入尚未印发的一期不计分），"
              "上级采用和领导批示按其日期计分。"
              # ties (scoring.unit_scores): the paper said nothing of them
              "得分相同的名次并列，按报送条数由多到少、再按单位名称音序排列。")
# a period no unit reported in: the 通报's table and `info-ranking` say so where the rows would be
NOTHING_REPORTED = "（本期无信息报送）"


@dataclass
class Scope:
    label: str  # 2026年第一季度
    start: dt.date
    end: dt.date
    units: int  # the units with a 报送 in the period
    issued: list[tuple[str, int]]  # (periodical, issues 印发 in the period), in their order

    @property
    def counted_to(self) -> dt.date:
        """The last day counted: the period's end, or today while it still runs."""
        return min(self.end, max(self.start, clock.today()))

    def line(self) -> Text:
        """统计期间：2026年第一季度（2026年1月1日至2026年3月31日）；报送单位12个；刊物：每日要情（印发12期）."""
        parts = [i18n.text("%1（印发%2期）", name, n) for name, n in self.issued]
        papers = (Text("、".join(f"%{n}" for n in range(1, len(parts) + 1)), *parts) if parts
                  else i18n.text("期间内未印发刊物"))
        if self.end > clock.today():  # a period still running is counted up to today, not its end
            return i18n.text("统计期间：%1（%2起，截至%3）；报送单位%4个；刊物：%5。", self.label,
                             _day(self.start), _day(self.counted_to), self.units, papers)
        return i18n.text("统计期间：%1（%2至%3）；报送单位%4个；刊物：%5。", self.label,
                         _day(self.start), _day(self.end), self.units, papers)

    def as_dict(self) -> dict[str, Any]:
        return {"period": self.label, "from": self.start.isoformat(), "to": self.end.isoformat(),
                "units": self.units,
                "periodicals": [{"name": name, "issued": n} for name, n in self.issued]}


def _day(day: dt.date) -> Text:
    """2026年1月1日 on the paper and the command line; the window shows it in its language."""
    return i18n.text("%1年%2月%3日", day.year, day.month, day.day)


def scope(label: str, start: dt.date, end: dt.date, ranked: Iterable[Any]) -> Scope:
    """The scope of a ranking over [start, end] (`ranked`: its UnitScores). Its 报送单位 are the
    units with a 报送 in the period, not every unit ranked: one whose only event in it is an 采用
    or 批示 of an item reported before reported nothing (reporting_units.silent_in names it)."""
    units = sum(1 for s in ranked if s.reported)
    rows: Any = (InfoIssue.select(Periodical.name, peewee.fn.COUNT(InfoIssue.id)).join(Periodical)
                 .where((InfoIssue.state == periodicals.ISSUED) & (InfoIssue.issued_on >= start)
                        & (InfoIssue.issued_on <= end))
                 .group_by(Periodical.name, Periodical.position)
                 .order_by(Periodical.position, Periodical.name).tuples())
    return Scope(label, start, end, units, [(name, n) for name, n in rows])
