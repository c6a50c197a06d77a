"""The 效能 tab's 三多 and 效能投诉 pages against the registries' rows (probe108), on the demo
office's year to date: the meetings held and the 发文 印发 per month are the meetings and 发文
the lists show; the 效能投诉 per unit are the complaints registered in the period."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import efficiency

from .test_drill_adds_up import DAY, _demo
from .test_open_counts_agree import _listed

YEAR = (dt.date(2026, 1, 1), DAY)


def test_the_sanduo_months_are_the_listed_meetings_and_documents(demo_filled):
    from officedesk.core.meetings.spec import HELD, NOTIFIED

    _demo(demo_filled)
    try:
        figures = efficiency(CLI_ACTOR, *YEAR)
        sanduo = figures["sanduo"]
        now = clock.now()
        held = [m for m in _listed("meetings") if m.start.year == DAY.year and m.start.date() <= DAY
                and (m.status == HELD or m.status == NOTIFIED and m.end <= now)]
        per_month = Counter(m.start.month for m in held)
        assert sanduo["meetings"]["per_month"] == [per_month[n] for n in range(1, 13)]
        assert sanduo["meetings"]["total"] == len(held) == figures["meetings"]["held"]
        printed = [d for d in _listed("outgoing") if d.print_date and YEAR[0] <= d.print_date <= DAY
                   and d.state != "已作废"]
        per_month = Counter(d.print_date.month for d in printed)
        assert sanduo["documents"]["per_month"] == [per_month[n] for n in range(1, 13)]
    finally:
        clock.set_today(None)


def test_the_complaints_page_is_the_year_s_registered_complaints(demo_filled):
    _demo(demo_filled)
    try:
        table = efficiency(CLI_ACTOR, *YEAR)["complaints"]
        rows = [c for c in _listed("complaints") if YEAR[0] <= c.received_on <= DAY]
        assert rows
        by_unit = {row["unit"]: row for row in table["by_unit"]}
        assert set(by_unit) == {c.unit for c in rows}
        for unit, row in by_unit.items():
            mine = [c for c in rows if c.unit == unit]
            closed = [c for c in mine if c.closed_on and c.closed_on <= DAY]
            assert (row["total"], row["closed"], row["open"]) == \
                (len(mine), len(closed), len(mine) - len(closed)), unit
            for finding in ("属实", "部分属实", "不属实"):
                assert row[finding] == sum(1 for c in mine if c.finding == finding), unit
    finally:
        clock.set_today(None)
