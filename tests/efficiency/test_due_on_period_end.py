"""逾期未办 of a period that is over counts what was still open once its last day was over:
a limit falling on that last day has run out by then (期末当天过完), as the 督查通报 counts its
逾期未办结 for the same month. A period still running counts as of today, when a limit due
today has not run out yet."""

from __future__ import annotations

import datetime as dt

from officedesk.core.efficiency import drill
from officedesk.core.efficiency import figures as F
from officedesk.core.efficiency.calendar import WorkdayIndex
from officedesk.core.efficiency.spans import LIMIT, WHOLE, Span

D = dt.date
CAL = WorkdayIndex(D(2025, 1, 1), D(2026, 12, 31))
NOVEMBER = F.Period(D(2026, 11, 1), D(2026, 11, 30))


def o(day: dt.date | None) -> int:
    return day.toordinal() if day else 0


def _overdue(spans: list[Span], procedure: str, today: dt.date) -> int:
    groups = F.aggregate(spans, CAL, NOVEMBER, today).get(procedure)
    return groups["total"][""].figures()["overdue"] if groups else 0


def test_a_task_due_on_the_last_day_and_still_open_is_overdue_once_the_period_is_over():
    task = Span("supervision", WHOLE, 1, o(D(2026, 10, 31)), 0, o(D(2026, 11, 30)), "县自然资源局",
                "", "一般督办")
    assert _overdue([task], "supervision", D(2026, 12, 5)) == 1
    # done on the day after: it was still open when the period ended
    done_later = task._replace(end=o(D(2026, 12, 1)))
    assert _overdue([done_later], "supervision", D(2026, 12, 5)) == 1
    # done on the last day itself: in time
    done_then = task._replace(end=o(D(2026, 11, 30)))
    assert _overdue([done_then], "supervision", D(2026, 12, 5)) == 0
    # the period still running and the task due today: not overdue yet
    assert _overdue([task], "supervision", D(2026, 11, 30)) == 0
    # a task started after the period is not the period's
    late_start = task._replace(start=o(D(2026, 12, 1)), due=o(D(2026, 11, 30)))
    assert _overdue([late_start], "supervision", D(2026, 12, 5)) == 0


def test_a_petition_limit_on_the_last_day_counts_too():
    limit = Span("petitions", LIMIT, 1, o(D(2026, 11, 15)), 0, o(D(2026, 11, 30)), "本机关", "",
                 "其他")
    whole = Span("petitions", WHOLE, 1, o(D(2026, 11, 15)), 0, 0, "本机关", "", "其他")
    assert _overdue([whole, limit], "petitions", D(2026, 12, 5)) == 1
    assert _overdue([whole, limit], "petitions", D(2026, 11, 30)) == 0


def test_the_window_and_the_drill_down_count_the_open_收文_due_on_the_last_day(office, admin):
    from officedesk.core import clock
    from officedesk.core.actor import Actor
    from officedesk.core.efficiency import efficiency
    from officedesk.store.documents import IncomingDoc
    from tests.documents.incoming_walk import assigned

    clerk = Actor("wenshu", "clerk", 3, display_name="文书甲")
    clock.set_today(D(2025, 11, 3))
    r = assigned(clerk, "2025-11-03", 3)
    due = IncomingDoc.get_by_id(r.id).due_on
    assert due is not None and due > D(2025, 11, 3)
    clock.set_today(D(2025, 12, 15))
    period = (D(2025, 11, 1), due)  # ends on the day the 收文 was due, long over
    assert efficiency(admin, *period)["procedures"]["incoming"]["total"]["overdue"] == 1
    rows = drill.records_behind(admin, "incoming", *period)
    assert [(row.record_id, row.state) for row in rows] == [(r.id, drill.OVERDUE)]
    clock.set_today(due)  # the period still running, the 收文 due today: not overdue yet
    assert efficiency(admin, *period)["procedures"]["incoming"]["total"]["overdue"] == 0
    rows = drill.records_behind(admin, "incoming", *period)
    assert [(row.record_id, row.state) for row in rows] == [(r.id, drill.OPEN)]
