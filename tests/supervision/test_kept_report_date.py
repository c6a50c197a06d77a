"""A task's 最近反馈日期 kept from an imported 分解任务 sheet (its 反馈 themselves are not on the
sheet) is a 反馈 its 办结 may not precede, as a 反馈 entered through the step is: a task 办结 on
10 November with a 反馈 on 15 November is refused naming the sheet's row, not imported."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.supervision import SupervisionItem, SupervisionTask

ITEM = {"督查编号": "督〔2026〕1号", "事项名称": "整治背街小巷", "来源": "其他",
        "立项日期": "2026-10-01", "办结时限": "2026-11-30", "状态": "办理中"}
TASK = {"督查编号": "督〔2026〕1号", "序号": 1, "牵头单位": "市住房和城乡建设局",
        "时限": "2026-11-30", "交办日期": "2026-10-02", "进度": 100}


def _book(path, task: dict) -> None:
    book = Workbook()
    items = book.active
    items.title = "督查事项"
    items.append(list(ITEM))
    items.append(list(ITEM.values()))
    tasks = book.create_sheet("分解任务")
    tasks.append(list(task))
    tasks.append(list(task.values()))
    book.save(path)


def test_a_task_done_before_its_kept_report_is_refused(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 12, 1))
    path = tmp_path / "tasks.xlsx"
    _book(path, {**TASK, "任务状态": "已办结", "最近反馈日期": "2026-11-15",
                 "任务办结日期": "2026-11-10", "办结情况": "已完成"})
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    said = " ".join(str(p) for p in report.problems)
    assert "分解任务" in said and "2026-11-10" in said and "2026-11-15" in said, said
    assert SupervisionItem.select().count() == 0


def test_a_task_done_after_its_kept_report_comes_in(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 12, 1))
    path = tmp_path / "tasks.xlsx"
    _book(path, {**TASK, "任务状态": "已办结", "最近反馈日期": "2026-11-05",
                 "任务办结日期": "2026-11-10", "办结情况": "已完成"})
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    assert not report.problems, [str(p) for p in report.problems]
    task = SupervisionTask.get()
    assert (task.done_on, task.last_report_on) == (dt.date(2026, 11, 10), dt.date(2026, 11, 5))
