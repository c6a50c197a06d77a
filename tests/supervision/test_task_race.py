"""Two workstations on one 督查事项 at once, on SQLite and on PostgreSQL (READ COMMITTED): the
first is held inside its transaction after its read while the second runs. Before, on
PostgreSQL, a task saved whole (反馈, 办结) put back what the other had just saved — the later
反馈's 进度, the task's 办结 —, and two 分解 took the same 序号. Each now holds the item's row first (tasks._open_item): the
second waits, then reads what the first committed."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check
from officedesk.core import supervision as sv
from officedesk.core.supervision import tasks
from officedesk.store.supervision import SupervisionTask
from tests.held_race import while_held


@pytest.fixture
def item(any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    made = sv.create_item_from_source("incoming", 5, "落实通知", "按要求落实。", admin,
                                      deadline=dt.date(2026, 3, 31))
    sv.add_task(made.id, {"牵头单位": "市发展和改革委员会", "时限": "2026-03-20"}, admin)
    fixed_today(dt.date(2026, 3, 10))
    return made


def _task(item):
    return SupervisionTask.get((SupervisionTask.item == item.id) & (SupervisionTask.seq == 1))


def _report(task_id, admin, percent, day):
    return lambda: sv.add_report(task_id, {"进度": percent, "进展情况": f"完成{percent}%",
                                           "反馈日期": day}, admin)


def _no_error(out):
    assert not any(isinstance(v, BaseException) for v in out.values()), out


def test_two_reports_at_once_keep_the_later_one_s_progress(item, admin, monkeypatch):
    task = _task(item)
    out = while_held(monkeypatch, tasks, "next_report_due", _report(task.id, admin, 30, "2026-03-05"),
                     _report(task.id, admin, 60, "2026-03-09"))
    _no_error(out)
    saved = _task(item)
    assert (saved.progress, saved.last_report_on) == (60, dt.date(2026, 3, 9))
    assert saved.version == task.version + 2  # each save counted
    assert check.run_checks() == []


def test_a_report_saved_as_the_task_is_done_does_not_reopen_it(item, admin, monkeypatch):
    task = _task(item)
    out = while_held(monkeypatch, tasks, "next_report_due", _report(task.id, admin, 60, "2026-03-09"),
                     lambda: sv.complete_task(task.id, "2026-03-10", "已办结", admin))
    _no_error(out)
    saved = _task(item)
    assert (saved.status, saved.progress, saved.done_on) == ("已办结", 100, dt.date(2026, 3, 10))
    assert check.run_checks() == []


def test_two_tasks_split_at_once_take_the_next_two_numbers(item, admin, monkeypatch):
    out = while_held(monkeypatch, tasks, "new_task", lambda: sv.add_task(item.id, {"牵头单位": "市财政局"}, admin),
                     lambda: sv.add_task(item.id, {"牵头单位": "市教育局"}, admin))
    _no_error(out)
    seqs = sorted(t.seq for t in SupervisionTask.select().where(SupervisionTask.item == item.id))
    assert seqs == [1, 2, 3]
    assert check.run_checks() == []


def test_a_report_saved_as_the_task_is_extended_is_kept(item, admin, monkeypatch):
    from officedesk.core import steps
    from officedesk.core.supervision import steps_spec

    task = _task(item)
    out = while_held(monkeypatch, steps_spec, "_task_of",
                     lambda: steps.perform("supervision", item.id, "延期",
                                           {"任务序号": "1", "办结时限": "2026-03-27", "延期理由": "需协调"}, admin),
                     _report(task.id, admin, 60, "2026-03-09"))
    _no_error(out)
    saved = _task(item)
    # the 延期 read the task before the 反馈 (and saved it whole): the 反馈 is kept
    assert (saved.deadline, saved.progress, saved.last_report_on) == (
        dt.date(2026, 3, 27), 60, dt.date(2026, 3, 9))
    assert check.run_checks() == []


def test_two_clerks_chasing_at_once_chase_once(item, admin, monkeypatch, fixed_today):
    from officedesk.core.supervision import reminders
    from officedesk.store.supervision import SupervisionReminder

    task = _task(item)
    fixed_today(dt.date(2026, 3, 23))  # the task overdue (时限 03-20)
    out = while_held(monkeypatch, reminders, "_latest_reminder_unchecked",
                     lambda: sv.generate_reminders(admin), lambda: sv.generate_reminders(admin))
    _no_error(out)
    # the second read the first's 催办 (within the interval): one 第一次催办, not two
    made = SupervisionReminder.select().where(SupervisionReminder.task == task.id)
    assert [r.level for r in made] == [1]
    assert len(out["first"]) + len(out["second"]) == 1
    assert check.run_checks() == []
