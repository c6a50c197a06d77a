"""import --update of a 督查 workbook and its 分解任务 sheet: a task changed in the database after
the export (a 反馈 recorded, its 时限 moved) is not overwritten by the sheet's older values — its
item is refused, naming the sheet's row and what changed — and a task left off the sheet is kept
and named in the report, as is said of the item rows (stale.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officedesk.core import clock, supervision
from officedesk.core.actor import Actor
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.test_supervision_tasks import (  # noqa: F401 - the module's fixtures
    _column,
    _edited,
    sv_copy,
    sv_office,
)


@pytest.fixture
def workbook(sv_office, sv_copy) -> Path:  # noqa: F811
    """The office's export, the office itself open in its state of then."""
    return sv_office / "supervision.xlsx"


OTHER = Actor(username="lisi", role="admin", clearance=3, display_name="李四")


def _two_open_items() -> tuple[SupervisionItem, SupervisionItem]:
    opened = (SupervisionItem.select().join(SupervisionTask)
              .where((SupervisionItem.status == supervision.OPEN)
                     & (SupervisionTask.status == supervision.TASK_OPEN))
              .distinct().order_by(SupervisionItem.id))
    first, second = list(opened)[:2]
    return first, second


def _open_task(item: SupervisionItem) -> SupervisionTask:
    return (item.tasks.where(SupervisionTask.status == supervision.TASK_OPEN)
            .order_by(SupervisionTask.seq).first())


def _task_row(tasks, item: SupervisionItem, seq: int) -> int:
    return next(row[0].row for row in tasks.iter_rows(min_row=2)
                if row[0].value == item.number and row[1].value == seq)


def test_a_task_given_a_report_after_the_export_is_not_overwritten(workbook, admin, tmp_path):
    stale_item, other_item = _two_open_items()
    stale_task, other_task = _open_task(stale_item), _open_task(other_item)
    supervision.add_report(stale_task.id, {"report_date": clock.today(), "percent": 70,
                                           "progress_text": "导出后的反馈"}, OTHER)
    rows: dict[str, int] = {}

    def edit(items, tasks):
        for row in items.iter_rows(min_row=2):
            if row[0].value == stale_item.number:
                items.cell(row[0].row, _column(items, "事项名称")).value = "导出后改的名称"
                rows["item"] = row[0].row
        rows["task"] = _task_row(tasks, stale_item, stale_task.seq)
        tasks.cell(rows["task"], _column(tasks, "责任人")).value = "表中改的人"
        tasks.cell(_task_row(tasks, other_item, other_task.seq), _column(tasks, "责任人")).value = "另一人"

    path = tmp_path / "edited.xlsx"
    _edited(workbook, path, edit)
    report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, skip_bad=True)
    refused = [p for p in report.problems if p.row == rows["item"]]
    assert len(refused) == 1, [str(p) for p in report.problems]
    said = refused[0].reason
    assert f"“分解任务”表第 {rows['task']} 行“责任人”" in said
    assert "lisi" in said and "反馈" in said and "导出后" in said and "重新导出" in said
    task = SupervisionTask.get_by_id(stale_task.id)
    assert (task.responsible, task.progress) == (stale_task.responsible, 70)
    assert SupervisionItem.get_by_id(stale_item.id).title == stale_item.title  # nothing of the item
    assert SupervisionTask.get_by_id(other_task.id).responsible == "另一人"  # the others come in
    assert report.skipped == 1


def test_a_deadline_moved_after_the_export_is_not_moved_back(workbook, admin):
    item, _ = _two_open_items()
    task = _open_task(item)
    later = min(item.deadline, task.deadline + dt.timedelta(days=3))
    if later == task.deadline:
        later = task.deadline - dt.timedelta(days=1)
    supervision.update_task(task.id, {"deadline": later}, task.version, OTHER)
    report = xlsx.import_file(sv_items.SPEC, workbook, admin,
                              on_match=MATCH_UPDATE)
    said = [str(p) for p in report.problems]
    assert len(said) == 1 and "“时限”" in said[0] and "lisi" in said[0], said
    assert "重新导出" in said[0] and "在窗口中" in said[0]
    assert SupervisionTask.get_by_id(task.id).deadline == later


def test_a_report_after_the_export_refuses_no_task_row_left_as_it_was(workbook, admin):
    item, _ = _two_open_items()
    supervision.add_report(_open_task(item).id, {"report_date": clock.today(), "percent": 55,
                                                 "progress_text": "导出后的反馈"}, OTHER)
    report = xlsx.import_file(sv_items.SPEC, workbook, admin,
                              on_match=MATCH_UPDATE)
    assert report.ok and report.updated == [], [str(p) for p in report.problems]


def _item_with_tasks() -> SupervisionItem:
    return next(item for item in SupervisionItem.select().where(SupervisionItem.status == supervision.OPEN)
                .order_by(SupervisionItem.id) if item.tasks.count() >= 2)


def test_a_task_left_off_the_sheet_is_kept_and_named(workbook, admin, tmp_path):
    item = _item_with_tasks()
    gone = item.tasks.order_by(SupervisionTask.seq.desc()).first()
    path = tmp_path / "deleted.xlsx"
    _edited(workbook, path,
            lambda items, tasks: tasks.delete_rows(_task_row(tasks, item, gone.seq)))
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, dry_run=dry_run)
        assert report.ok, [str(p) for p in report.problems]
        assert "“分解任务”表中删去的行不会删除已有的内容：1 个督查事项" in report.summary()
        kept = report.kept_lines()
        assert len(kept) == 1 and item.number in kept[0], kept
        assert gone.lead_unit in kept[0] and f"第{gone.seq}项" in kept[0], kept
        assert "没有删除" in kept[0] and f"step supervision {item.id} 删除任务 任务序号=N" in kept[0]
        assert report.as_dict()["details_kept"] == [str(kept[0])]
    assert SupervisionTask.get_by_id(gone.id).lead_unit == gone.lead_unit


def test_an_export_imported_again_keeps_no_task_to_say(workbook, admin):
    report = xlsx.import_file(sv_items.SPEC, workbook, admin,
                              on_match=MATCH_UPDATE)
    assert report.ok and not report.as_dict().get("details_kept") and not report.kept_lines()
    assert "删去的行" not in report.summary()
