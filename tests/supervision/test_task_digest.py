"""A 督查事项's tasks (分解任务) and their reports (反馈) are in its row digest (core.sub_rows): a
task's 牵头单位, 时限 or 进度, a report's 进展情况 edited, a task or report deleted or inserted
in the file shows in `check` as its 督查事项 changed. The steps the program offers stay clean
(反馈, 修改任务, 办结, 删除任务, a unit's rename, a change of 反馈周期 and of the holidays, which
move the next report date: a derived column, left out of the digest), an entry made before
tasks were digested is compared with the row alone (old offices pass), and a batch import's
digests made in memory cover the tasks as `check` reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, check, directory, integrity, records, sub_rows, workdays
from officedesk.core import supervision as sv
from officedesk.core.actor import Actor
from officedesk.core.supervision import items as sv_items
from officedesk.core.supervision import tasks as sv_tasks
from officedesk.store.supervision import SupervisionReport, SupervisionTask
from tests.tamper import last_digest, rows_said

CHIEF = Actor("chief", "admin", 3, display_name="管理员")


def _said(item_id: int) -> list[str]:
    return rows_said(f"第 {item_id} 条")


def _digest(item_id: int) -> str:
    return last_digest("supervision", item_id)


@pytest.fixture
def reported(item_with_tasks, admin):
    item, tasks = item_with_tasks
    sv.add_report(tasks[0].id, {"反馈日期": "2026-03-02", "进度": 30, "进展情况": "方案已起草"}, admin)
    assert check.run_checks() == []
    return item, tasks


@pytest.mark.parametrize("change", [
    {"lead_unit": "市民政局"}, {"deadline": dt.date(2026, 4, 29)}, {"progress": 90},
    {"status": "已办结"}, {"responsible": "王某"}, {"requirement": "不必办理"}])
def test_a_task_edited_in_the_file_names_its_item(reported, change):
    item, tasks = reported
    SupervisionTask.update(**change).where(SupervisionTask.id == tasks[1].id).execute()
    said = _said(item.id)
    assert said and "内容与审计记录" in said[0], said


@pytest.mark.parametrize("change", ["task deleted", "task added", "report edited",
                                    "report deleted", "report added", "report moved"])
def test_tasks_and_reports_deleted_added_or_changed_in_the_file_are_reported(reported, change):
    item, tasks = reported
    report = SupervisionReport.get(SupervisionReport.task == tasks[0].id)
    if change == "task deleted":
        SupervisionReport.delete().where(SupervisionReport.task == tasks[2].id).execute()
        SupervisionTask.delete().where(SupervisionTask.id == tasks[2].id).execute()
    elif change == "task added":
        SupervisionTask.create(item=item.id, seq=4, lead_unit="市民政局", deadline=dt.date(2026, 4, 1),
                               assigned_on=dt.date(2026, 3, 2))
    elif change == "report edited":
        SupervisionReport.update(progress_text="已全部完成").where(SupervisionReport.id == report.id).execute()
    elif change == "report deleted":
        SupervisionReport.delete().where(SupervisionReport.id == report.id).execute()
    elif change == "report added":
        SupervisionReport.create(task=tasks[1].id, report_date=dt.date(2026, 3, 2), percent=100,
                                 progress_text="已完成")
    else:  # the report told of another task
        SupervisionReport.update(task=tasks[1].id).where(SupervisionReport.id == report.id).execute()
    assert _said(item.id)


def test_the_steps_of_the_program_stay_clean(reported, admin, fixed_today):
    item, tasks = reported
    fixed_today(dt.date(2026, 3, 6))
    sv.add_report(tasks[1].id, {"反馈日期": "2026-03-05", "进度": 60, "进展情况": "资金已落实一半"}, admin)
    task = sv_tasks.get_task(tasks[0].id, admin)
    sv.update_task(task.id, {"时限": "2026-04-10", "责任人": "周涛"}, task.version, admin)
    sv.complete_task(tasks[2].id, "2026-03-06", "规划审批已办结", admin)
    task = sv_tasks.get_task(tasks[1].id, admin)
    sv.delete_task(task.id, task.version, admin)
    assert check.run_checks() == []
    assert _digest(item.id).startswith(sub_rows.MARK)
    # a new 反馈周期: the open tasks' next report dates follow it
    current = sv.get_item(item.id, admin)
    records.update(sv_items.SPEC, item.id, {"反馈周期": "每周"}, current.version, admin)
    assert check.run_checks() == []
    # a holiday made: the next report dates counted again, no entry (a derived column)
    due = SupervisionTask.get_by_id(tasks[0].id).next_report_due
    assert due is not None
    try:
        workdays.set_override(due, False, "临时放假（示例）", CHIEF)
        assert SupervisionTask.get_by_id(tasks[0].id).next_report_due != due
        assert check.run_checks() == []
    finally:
        workdays.forget_overrides()
    SupervisionTask.update(lead_unit="市民政局").where(SupervisionTask.id == tasks[0].id).execute()
    assert _said(item.id)


def test_a_units_rename_stays_clean(reported, admin):
    item, tasks = reported
    unit = records.create(directory.UNITS, {"单位名称": "市财政局"}, admin)
    records.update(directory.UNITS, unit.id, {"单位名称": "市财政局（更名）"}, unit.version, admin)
    assert SupervisionTask.get_by_id(tasks[1].id).lead_unit == "市财政局（更名）"
    assert check.run_checks() == []


def test_an_office_from_before_passes_and_is_covered_from_the_next_change(db, admin, fixed_today,
                                                                         monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    with monkeypatch.context() as before:  # as the program wrote entries before (the row alone)
        before.setattr(sub_rows, "_TABLES", {
            name: subs for name, subs in sub_rows._TABLES.items() if name != "supervision_item"})
        item = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示",
                               "办结时限": "2026-04-30"}, admin)
        task = sv.add_task(item.id, {"牵头单位": "市财政局"}, admin)
    assert not _digest(item.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    SupervisionTask.update(progress=80).where(SupervisionTask.id == task.id).execute()
    assert check.run_checks() == []  # not seen: its last entry digested the row alone
    sv.add_report(task.id, {"反馈日期": "2026-03-02", "进度": 10, "进展情况": "已部署"}, admin)
    assert _digest(item.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    SupervisionTask.update(progress=80).where(SupervisionTask.id == task.id).execute()
    assert _said(item.id)


def test_a_batch_import_digests_its_tasks_in_memory(db, admin, fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 6, 30))
    for unit in ("县财政局", "县水利局"):
        records.create(directory.UNITS, {"单位名称": unit}, admin)
    compared = []
    same = integrity.same_as_table
    monkeypatch.setattr(integrity, "same_as_table",
                        lambda name, digests: compared.append(same(name, digests)) or compared[-1])
    base = {"事项名称": "推进重点工作", "来源": "领导批示", "立项日期": "2026-05-06"}
    rows = [{**base, "牵头单位": "县财政局、县水利局", "办结时限": "2026-08-31"},
            {**base, "事项名称": "防汛检查", "牵头单位": "县水利局"},
            {**base, "事项名称": "已办结的工作", "牵头单位": "县水利局", "办结时限": "2026-06-30",
             "办结日期": "2026-06-20", "办结报告": "已办结", "状态": "已办结"}]
    ids, problems = batch.create_many(sv_items.SPEC, rows, admin)
    assert problems == [] and compared and all(compared)  # no digest read back from the table
    assert all(_digest(i).startswith(sub_rows.MARK) for i in ids)
    assert check.run_checks() == []
    SupervisionTask.update(deadline=dt.date(2026, 8, 1)).where(SupervisionTask.item == ids[0]).execute()
    SupervisionTask.update(done_report="未办").where(SupervisionTask.item == ids[2]).execute()
    assert _said(ids[0]) and _said(ids[2]) and not _said(ids[1])
