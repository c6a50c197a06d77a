"""A 督查事项's 催办 (supervision_reminder: 第一次催办, 再次催办, 通报; the 催办通知单 prints them)
are in its row digest (core.sub_rows, a table added after the tasks: digests of a later
generation cover it). A reminder's unit, level, reason, 催办日期 or 限期 edited, one deleted,
slipped in or moved to another item in the file shows in `check` as its 督查事项 changed; the
steps of the program stay clean (催办 again, 删除任务 taking its reminders, a unit's rename); an
item whose last entry was made before reminders were digested is compared as it was written
(old offices pass) and is covered from its next change on."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, directory, records, sub_rows
from officedesk.core import supervision as sv
from officedesk.core.supervision import task_reads
from officedesk.store.supervision import SupervisionReminder
from tests.tamper import last_digest, rows_said

LATE = dt.date(2026, 3, 25)  # the third task (时限 3-20) overdue


def _said(item_id: int) -> list[str]:
    return rows_said(f"督查事项第 {item_id} 条", update_anchor=False)


def _digest(item_id: int) -> str:
    return last_digest("supervision", item_id)


@pytest.fixture
def reminded(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(LATE)
    made = sv.generate_reminders(admin)
    assert tasks[2].id in {r.task_id for r in made}
    assert check.run_checks(update_anchor=False) == []
    return item, tasks


def _other_item(admin):
    other = sv.create_item({"事项名称": "整治城区交通秩序", "来源": "领导批示", "办结时限": "2026-04-30"},
                           admin)
    sv.add_task(other.id, {"牵头单位": "市公安局", "时限": "2026-04-30"}, admin)
    assert check.run_checks(update_anchor=False) == []
    return other


@pytest.mark.parametrize("change", [
    {"reason": "改了"}, {"unit": "市民政局"}, {"level": 3}, {"issued_on": dt.date(2026, 3, 1)},
    {"reply_by": dt.date(2026, 5, 1)}])
def test_a_reminder_edited_in_the_file_names_its_item(reminded, change):
    item, _tasks = reminded
    SupervisionReminder.update(**change).execute()
    said = _said(item.id)
    assert said and "内容与审计记录" in said[0] and "程序之外" in said[0] and "报告管理员" in said[0], said


def test_a_reminder_deleted_or_slipped_in_in_the_file_is_reported(reminded, admin):
    item, tasks = reminded
    SupervisionReminder.delete().execute()
    assert _said(item.id)
    SupervisionReminder.create(task=tasks[2].id, item=item.id, unit=tasks[2].lead_unit, level=1,
                               reason="逾期 5 天未办结", issued_on=LATE, reply_by=LATE)
    assert _said(item.id)  # not the one the trail covered: another 催办


def test_a_reminder_slipped_into_an_item_never_chased_is_reported(reminded, admin):
    other = _other_item(admin)
    task = sv.tasks_of(other.id, admin)[0]
    SupervisionReminder.create(task=task.id, item=other.id, unit="市公安局", level=1,
                               reason="临期", issued_on=LATE, reply_by=LATE)
    assert _said(other.id)


def test_a_reminder_moved_to_another_item_names_both(reminded, admin):
    item, _tasks = reminded
    other = _other_item(admin)
    SupervisionReminder.update(item=other.id).execute()
    assert _said(item.id) and _said(other.id)


def test_the_steps_of_the_program_stay_clean(reminded, admin, fixed_today):
    item, tasks = reminded
    fixed_today(LATE + dt.timedelta(days=7))  # past the interval: 再次催办, and the second task
    made = sv.generate_reminders(admin)
    assert (tasks[2].id, 2) in {(r.task_id, r.level) for r in made}  # 再次催办
    assert check.run_checks(update_anchor=False) == []
    # a unit renamed: its tasks follow, a 催办 keeps the name it was issued to
    unit = records.create(directory.UNITS, {"单位名称": tasks[1].lead_unit}, admin)
    records.update(directory.UNITS, unit.id, {"单位名称": "市财政局（更名）"}, unit.version, admin)
    assert check.run_checks(update_anchor=False) == []
    task = task_reads.get_task(tasks[2].id, admin)
    sv.delete_task(task.id, task.version, admin)  # its 催办 go with it, before the entry
    assert SupervisionReminder.select().where(SupervisionReminder.task == tasks[2].id).count() == 0
    assert check.run_checks(update_anchor=False) == []
    assert _digest(item.id).startswith(sub_rows.MARK)
    assert sub_rows.generation_of(_digest(item.id)) == sub_rows.newest("supervision_item")
    SupervisionReminder.update(reason="改了").execute()
    assert _said(item.id)


def test_an_office_from_before_passes_and_is_covered_from_the_next_change(item_with_tasks, admin,
                                                                         fixed_today, monkeypatch):
    item, tasks = item_with_tasks
    fixed_today(LATE)
    with monkeypatch.context() as before:  # as the program wrote entries before: tasks, reports
        before.setattr(sub_rows, "_TABLES", {**sub_rows._TABLES, "supervision_item": tuple(
            sub for sub in sub_rows._TABLES["supervision_item"] if sub.since == 1)})
        sv.generate_reminders(admin)
        assert sub_rows.generation_of(_digest(item.id)) == 1
    assert _digest(item.id).startswith(sub_rows.MARK)
    assert check.run_checks(update_anchor=False) == []
    SupervisionReminder.update(reason="改了").execute()
    assert check.run_checks(update_anchor=False) == []  # not seen: its last entry did not cover them
    SupervisionReminder.update(reason="逾期 5 天未办结").execute()
    sv.add_report(tasks[0].id, {"反馈日期": "2026-03-24", "进度": 30, "进展情况": "方案已起草"}, admin)
    assert sub_rows.generation_of(_digest(item.id)) == sub_rows.newest("supervision_item")
    assert check.run_checks(update_anchor=False) == []
    SupervisionReminder.update(reason="改了").execute()
    assert _said(item.id)


def test_a_reminder_edited_shows_on_either_database(any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示", "办结时限": "2026-03-20"}, admin)
    sv.add_task(item.id, {"牵头单位": "市财政局", "时限": "2026-03-20"}, admin)
    fixed_today(LATE)
    assert sv.generate_reminders(admin)
    assert check.run_checks(update_anchor=False) == []
    SupervisionReminder.update(reply_by=dt.date(2026, 5, 1)).execute()
    assert _said(item.id)
