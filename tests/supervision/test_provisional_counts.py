"""A working-day count of the 督查 lights and 催办 that reaches into a year whose holidays are
not entered yet (2027 here) says 暂按; one within known years does not; calendar days never do.
The count itself rests on 元旦 by its fixed date."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import settings, workdays
from officedesk.core import supervision as sv

NOTE = workdays.COUNT_NOTE


def _task(admin, fixed_today, deadline: dt.date):
    fixed_today(dt.date(2026, 12, 1))
    item = sv.create_item_from_source("other", None, "年底前完成清理", "", admin,
                                      deadline=deadline)
    task = sv.add_task(item.id, {"牵头单位": "市财政局", "时限": deadline.isoformat()}, admin)
    fixed_today(dt.date(2026, 12, 28))
    sv.add_report(task.id, {"进度": 95, "进展情况": "基本完成"}, admin)  # no lag to report
    return task


def test_a_count_into_2027_is_provisional(db, admin, fixed_today):
    settings.put("supervision.working_days", True)
    task = _task(admin, fixed_today, dt.date(2027, 1, 6))
    # Mon 12-28 → Wed 01-06: 12-29, 30, 31, 01-04, 05, 06 (01-01 元旦 rests, then the weekend)
    light = sv.task_light(sv.tasks.get_task(task.id, admin), dt.date(2026, 12, 28))
    assert light.reason == f"剩 6 天{NOTE}"
    late = sv.task_light(sv.tasks.get_task(task.id, admin), dt.date(2027, 1, 8))
    assert late.reason == f"逾期 2 天{NOTE}"
    fixed_today(dt.date(2027, 1, 8))
    made = sv.generate_reminders(admin)
    assert [r.reason for r in made] == [f"逾期 2 天未办结{NOTE}"]
    # the 通报's 逾期天数 are the same count: it says so
    bulletin = sv.bulletin(dt.date(2027, 1, 1), dt.date(2027, 1, 31), actor=admin)
    assert [line.days for line in bulletin.overdue] == [2] and bulletin.provisional == NOTE
    assert sv.bulletin(dt.date(2026, 12, 1), dt.date(2026, 12, 31), actor=admin).provisional == ""


@pytest.mark.parametrize("working, deadline, reason", [
    (True, dt.date(2026, 12, 30), "剩 2 天"),  # working days within a known year
    (False, dt.date(2027, 1, 6), "剩 9 天"),  # calendar days are no count of working days
])
def test_other_counts_are_not(db, admin, fixed_today, working, deadline, reason):
    settings.put("supervision.working_days", working)
    task = _task(admin, fixed_today, deadline)
    assert sv.task_light(sv.tasks.get_task(task.id, admin), dt.date(2026, 12, 28)).reason == reason
    fixed_today(dt.date(2026, 12, 31))
    assert sv.bulletin(dt.date(2026, 12, 1), dt.date(2026, 12, 31), actor=admin).provisional == ""
