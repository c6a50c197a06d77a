"""催办 escalates (第一次催办 → 再次催办 → 通报) only while the task stays behind since its last
催办: once a 延期 gives it a new 时限 (granted since, or granted before and entered after it), or
a 反馈 brings it back on track (dated by its 时限, its 进度 not red for its lag), the next 催办 is
第一次催办 again — the 催办通知单 prints that level. Each step is entered an hour after the one
before (fixed clock), as a clerk enters them one after another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import count

import pytest

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.supervision import reminders

from .conftest import UNITS

TODAY = dt.date(2026, 4, 25)


@pytest.fixture
def entered(item_with_tasks, fixed_today) -> Callable[[], None]:
    """Call before each step: the clock (today, TODAY) an hour on from the step before."""
    hours: Iterator[int] = count(8)
    return lambda: fixed_today(TODAY, dt.time(next(hours)))


def _chase(item, unit, admin, day):
    return steps.perform("supervision", item.id, "催办", {"单位": unit}, admin, on=day)


def _extend(item, unit, admin, day, deadline="2026-04-10"):
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": deadline, "延期理由": "等省厅批复", "单位": unit}, admin, on=day)


def _levels(item, unit, admin):
    return [r.level for r in reminders.reminders_of(item.id, admin) if r.unit == unit]


def _report(item, unit, admin, day, percent):
    steps.perform("supervision", item.id, "反馈",
                  {"单位": unit, "进度": str(percent), "进展情况": "按计划推进"}, admin, on=day)


def test_a_task_extended_is_chased_afresh(item_with_tasks, admin, entered):
    item, _tasks = item_with_tasks  # UNITS[2]'s 时限 is 2026-03-20
    for day in ("2026-03-23", "2026-03-30"):
        entered()
        _chase(item, UNITS[2], admin, day)
    assert _levels(item, UNITS[2], admin) == [1, 2]  # still overdue: escalated
    entered()
    _extend(item, UNITS[2], admin, "2026-03-31")
    entered()
    _chase(item, UNITS[2], admin, "2026-04-15")  # overdue against its new 时限
    assert _levels(item, UNITS[2], admin) == [1, 2, 1]
    (notice,) = reminders.notices(dt.date(2026, 4, 15), UNITS[2], actor=admin)
    assert sv.level_label(notice.level) == "第一次催办"
    entered()
    _chase(item, UNITS[2], admin, "2026-04-20")  # behind again since: escalated from there
    assert _levels(item, UNITS[2], admin) == [1, 2, 1, 2]


def test_an_extension_entered_after_the_reminder_it_came_before(item_with_tasks, admin, entered):
    """Approved on 03-28, entered after the 催办 of 03-30: that 催办 chased the old 时限."""
    item, _tasks = item_with_tasks
    for day in ("2026-03-23", "2026-03-30"):
        entered()
        _chase(item, UNITS[2], admin, day)
    entered()
    _extend(item, UNITS[2], admin, "2026-03-28")
    entered()
    _chase(item, UNITS[2], admin, "2026-04-15")
    assert _levels(item, UNITS[2], admin) == [1, 2, 1]


def test_a_task_back_on_track_by_its_report_is_chased_afresh(item_with_tasks, admin, entered):
    item, _tasks = item_with_tasks  # UNITS[0]: 交办 2026-03-02, 时限 2026-04-15, 每月 反馈
    entered()
    _chase(item, UNITS[0], admin, "2026-04-06")  # its 反馈 is late
    entered()
    _report(item, UNITS[0], admin, "2026-04-08", 90)  # answered, on track
    entered()
    _chase(item, UNITS[0], admin, "2026-04-20")  # now overdue: a new failure
    assert _levels(item, UNITS[0], admin) == [1, 1]


def test_a_report_that_leaves_it_behind_does_not_reset(item_with_tasks, admin, entered):
    item, _tasks = item_with_tasks
    entered()
    _chase(item, UNITS[0], admin, "2026-04-06")
    entered()
    _report(item, UNITS[0], admin, "2026-04-08", 10)  # red for its lag still
    entered()
    _chase(item, UNITS[0], admin, "2026-04-20")
    entered()
    _report(item, UNITS[0], admin, "2026-04-21", 100)  # after its 时限: still overdue
    entered()
    _chase(item, UNITS[0], admin, "2026-04-25")
    assert _levels(item, UNITS[0], admin) == [1, 2, 3]
