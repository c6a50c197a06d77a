"""import --update of a 督查 workbook whose 分解任务 sheet changes the tasks of some items (a
责任人 changed, a task added): only those items go through their steps under the write lock (their
dry run checks them with none: DetailSheet.check); the other rows are checked before it and saved
together, as when the sheet changes nothing. Before,
one task changed sent the whole file row by row under the lock, dry run too (3,000 items: about
30 s, and another workstation's save failed after its 10 s wait)."""

from __future__ import annotations

from pathlib import Path

from officedesk.core import audit, check, records, supervision
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.import_paths import rows_written_one_by_one
from tests.exchange.test_supervision_tasks import (  # noqa: F401 - the module's fixtures
    _column,
    _edited,
    sv_copy,
    sv_office,
)
from tests.write_locks import watch_write_locks


def test_only_the_items_whose_tasks_move_are_written_under_the_lock(sv_office, sv_copy, admin,  # noqa: F811
                                                                   tmp_path: Path, monkeypatch):
    path = tmp_path / "items-and-a-task.xlsx"
    opened = {item.number for item in SupervisionItem.select().where(SupervisionItem.status == supervision.OPEN)}
    moved = SupervisionItem.select().where(SupervisionItem.status == supervision.OPEN).order_by(
        SupervisionItem.id).first()
    task = moved.tasks.where(SupervisionTask.status == supervision.TASK_OPEN).order_by(SupervisionTask.seq).first()
    rows: dict[str, int] = {}

    def edit(items, tasks):
        column = _column(items, "事项名称")
        for row in range(2, items.max_row + 1):
            if items.cell(row, 1).value in opened:
                items.cell(row, column).value = f"{items.cell(row, column).value}（更正）"
            if items.cell(row, 1).value == moved.number:
                rows["moved"] = row
        for row in tasks.iter_rows(min_row=2):
            if row[0].value == moved.number and row[1].value == task.seq:
                tasks.cell(row[0].row, _column(tasks, "责任人")).value = "改过的人"

    _edited(sv_office / "supervision.xlsx", path, edit)
    others = [(t.id, t.version) for t in SupervisionTask.select().where(SupervisionTask.item != moved.id)
              .order_by(SupervisionTask.id)]
    one_by_one = rows_written_one_by_one(monkeypatch)
    locks = watch_write_locks(monkeypatch, records)

    dry = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, dry_run=True)
    assert dry.ok, [str(p) for p in dry.problems]
    assert one_by_one == [] and locks == []  # its steps checked with no write (DetailSheet.check)
    changed = {change.record_id: change.changes for change in dry.updated}
    assert len(dry.updated) == len(opened) + 1  # every item's 事项名称, and the moved item's task
    assert any(f"第{task.seq}项任务责任人" in changes for changes in changed.values())
    assert SupervisionTask.get_by_id(task.id).responsible == task.responsible  # nothing written

    one_by_one.clear()
    locks.clear()
    report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE)
    assert report.ok and report.updated == dry.updated, [str(p) for p in report.problems]
    assert one_by_one == [rows["moved"]] and locks == ["lock"]
    assert SupervisionTask.get_by_id(task.id).responsible == "改过的人"
    assert {item.number for item in SupervisionItem.select() if item.title.endswith("（更正）")} == opened
    assert [(t.id, t.version) for t in SupervisionTask.select().where(SupervisionTask.item != moved.id)
            .order_by(SupervisionTask.id)] == others
    assert audit.verify_chain() == [] and check.run_checks() == []
