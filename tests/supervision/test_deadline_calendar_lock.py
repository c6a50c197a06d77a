"""A 督查事项 立项 without a 办结时限 while a holiday change commits (PostgreSQL, two
connections): its default deadline is counted inside the write, under the calendar as committed,
waiting for a change still running. It kept the old calendar (counted before the transaction,
from the table as it was then)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import registry, settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.supervision import items
from officedesk.store.supervision import SupervisionTask
from tests.calendar_race import as_committed_now, change_during_write, write_during_change

pytestmark = pytest.mark.postgres
D = dt.date
START = D(2026, 12, 1)


@pytest.fixture
def office(pg_db, fixed_today):
    registry.load_all()
    fixed_today(START)
    settings.put(items.WORKING_DAYS.key, True, CLI_ACTOR)
    settings.put(items.DEFAULT_DAYS.key, 20, CLI_ACTOR)
    old = sv.default_deadline(START)
    yield old
    workdays.forget_overrides()


def test_an_item_made_during_a_change_waits_and_counts_it_in(office, monkeypatch):
    def make():
        return sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, CLI_ACTOR)

    item = write_during_change(make, monkeypatch)
    new = as_committed_now(lambda: sv.default_deadline(START))
    assert new != office  # the holidays move this item's default deadline
    assert sv.get_item(item.id, CLI_ACTOR).deadline == new


def test_an_item_from_a_source_during_a_change_counts_it_in(office, monkeypatch):
    def make():
        return sv.create_item_from_source("other", None, "落实会议精神", "", CLI_ACTOR)

    item = write_during_change(make, monkeypatch)
    new = as_committed_now(lambda: sv.default_deadline(START))
    assert new != office
    assert sv.get_item(item.id, CLI_ACTOR).deadline == new


def test_a_report_during_a_change_keeps_the_task_s_recounted_deadline(office, monkeypatch):
    # the 反馈 read its task before the change moved its 时限, then saved the task whole: the
    # task went back to the old 时限, after its item's. It now takes the calendar's lock first
    item = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, CLI_ACTOR)
    task = sv.add_task(item.id, {"牵头单位": "县住建局"}, CLI_ACTOR)  # following the item's 时限
    assert task.deadline == office

    def report():
        return sv.add_report(task.id, {"进度": 10, "进展情况": "已部署", "反馈日期": START}, CLI_ACTOR)

    write_during_change(report, monkeypatch)
    new = as_committed_now(lambda: sv.default_deadline(START))
    assert sv.get_item(item.id, CLI_ACTOR).deadline == new != office
    saved = SupervisionTask.get_by_id(task.id)
    assert (saved.deadline, saved.progress) == (new, 10)


def test_a_report_and_a_change_at_once_do_not_wait_on_each_other(office, monkeypatch):
    # the 反馈 holds its item (tasks.hold_item) and counts its next report date under the
    # calendar's lock: taken in that order, a change holding the calendar and moving the item
    # waited on it while it waited on the change (PostgreSQL: "deadlock detected")
    from officedesk.core.supervision import tasks

    item = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, CLI_ACTOR)
    task = sv.add_task(item.id, {"牵头单位": "县住建局"}, CLI_ACTOR)

    def report():
        return sv.add_report(task.id, {"进度": 10, "进展情况": "已部署", "反馈日期": START}, CLI_ACTOR)

    change_during_write(report, tasks, "next_report_due", monkeypatch)  # both done, neither refused
    new = as_committed_now(lambda: sv.default_deadline(START))
    saved = SupervisionTask.get_by_id(task.id)
    assert (saved.deadline, saved.progress) == (new, 10)
