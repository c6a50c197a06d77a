"""A counted deadline (counted_deadline) edited in the file: a holiday change counts the running
limits again from its `since` and `days`. `check` holds each row's `due` to its own count under
the holiday table, allowing only the days a table change could have moved (core.deadline_check):
limits a holiday change left (run out) or moved and moved back stay clean."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, deadline_check, directory, records, workdays
from officedesk.core.efficiency import complaints as C
from officedesk.store.counted_deadline import CountedDeadline

D = dt.date
ROW = {"投诉方式": "电话", "投诉人": "钱女士", "被投诉单位": "县自然资源局",
       "投诉类别": "办事拖拉", "投诉内容": "不动产登记两周未办结。"}


@pytest.fixture
def office(any_db, fixed_today, admin):
    fixed_today(D(2026, 6, 30))
    records.create(directory.UNITS, {"单位名称": "县自然资源局", "简称": "自然资源局"}, admin)
    yield any_db
    workdays.forget_overrides()


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def _registered(on: dt.date, admin, fixed_today):
    fixed_today(on)
    return C.register_complaint({**ROW, "登记日期": on.isoformat()}, admin)


def _due(record) -> dt.date:
    return C.SPEC.model.get_by_id(record.id).due_on


def test_limits_counted_moved_and_left_by_holiday_changes_check_clean(office, admin, fixed_today):
    old = _registered(D(2026, 5, 4), admin, fixed_today)  # 20 working days: run out by July
    running = _registered(D(2026, 6, 29), admin, fixed_today)
    fixed_today(D(2026, 6, 30))
    was_old, was_running = _due(old), _due(running)
    assert CountedDeadline.select().count() == 2
    assert workdays.set_override(D(2026, 5, 12), False, "临时放假", admin) == 0  # run out: stays
    assert workdays.set_override(D(2026, 7, 7), False, "临时放假", admin) == 1
    assert (_due(old), _due(running)) == (was_old, was_running + dt.timedelta(days=1))
    assert _said() == []
    assert workdays.remove_override(D(2026, 7, 7), admin) == 1
    assert _said() == []


def test_days_changed_in_the_file_are_reported(office, admin, fixed_today):
    record = _registered(D(2026, 6, 29), admin, fixed_today)
    office.execute_sql("update counted_deadline set days = 90")
    said = _said()
    assert any("计算期限" in s and f"第 {record.id} 号记录" in s and "90 个工作日" in s
               and "程序之外" in s and "报告管理员" in s for s in said), said


def test_a_start_or_a_due_changed_in_the_file_is_reported(office, admin, fixed_today):
    first = _registered(D(2026, 6, 29), admin, fixed_today)
    second = _registered(D(2026, 6, 1), admin, fixed_today)
    CountedDeadline.update(since=D(2026, 6, 8)).where(CountedDeadline.record_id == first.id).execute()
    CountedDeadline.update(due=D(2026, 6, 20)).where(CountedDeadline.record_id == second.id).execute()
    said = _said()
    assert any(f"第 {first.id} 号记录" in s and "2026-06-08" in s for s in said), said
    assert any(f"第 {second.id} 号记录" in s and "2026-06-20" in s for s in said), said


def test_calendar_days_are_held_to_their_count_too(office, admin, fixed_today):
    record = _registered(D(2026, 6, 29), admin, fixed_today)  # a Monday
    CountedDeadline.update(working=False, days=5, due=D(2026, 7, 6)).execute()  # Saturday → Monday
    assert list(deadline_check.problems()) == []  # a count it can give
    # (a day the record never held, though: core.deadline_owners says so)
    assert any("2026-07-06" in s and "从未是这一天" in s for s in _said())
    CountedDeadline.update(working=False, days=2).execute()  # Wednesday: not past a rest day
    said = _said()
    assert any(f"第 {record.id} 号记录" in s and "2 日" in s for s in said), said
