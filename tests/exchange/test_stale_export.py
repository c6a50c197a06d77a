"""A stale export re-imported with --update: cells left as exported are not written back over
a correction made after the export (README), the row is refused naming who changed it when."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from officedesk.core import records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import identity, xlsx


def _cell(path: Path, record_id: int, label: str):
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    heads = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1)
               if str(sheet.cell(r, heads.index("记录号") + 1).value) == str(record_id))
    return book, sheet.cell(row, heads.index(label) + 1), row


def _first_two() -> list:
    model = INCOMING.model
    return list(model.select().order_by(model.id).limit(2))


def test_a_correction_after_the_export_is_not_reverted(demo_db, tmp_path: Path):
    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, CLI_ACTOR)
    record = _first_two()[0]
    records.update(INCOMING, record.id, {"标题": "关于冬季防火的通知（更正后）"}, record.version,
                   CLI_ACTOR)
    _, _, row = _cell(path, record.id, "标题")
    report = xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update")
    assert [p.row for p in report.problems] == [row]
    reason = report.problems[0].reason
    assert "导出后已被" in reason and CLI_ACTOR.username in reason and "标题" in reason
    assert "重新导出" in reason and not report.updated
    assert INCOMING.model.get_by_id(record.id).title == "关于冬季防火的通知（更正后）"


def test_the_same_file_corrected_twice_imports_both_times(demo_db, tmp_path: Path):
    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, CLI_ACTOR)
    first, second = _first_two()
    book, cell, _ = _cell(path, first.id, "标题")
    cell.value = "第一次改的标题"
    book.save(path)
    assert xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update").ok
    book, cell, _ = _cell(path, second.id, "标题")
    cell.value = "第二次改的标题"
    book.save(path)
    report = xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update")
    assert report.ok, [str(p) for p in report.problems]
    assert [c.record_id for c in report.updated] == [second.id]
    assert INCOMING.model.get_by_id(first.id).title == "第一次改的标题"


def test_an_export_without_the_mark_imports_as_before(demo_db, tmp_path: Path):
    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, CLI_ACTOR)
    assert identity.workbook_mark(path) is not None
    older = tmp_path / "older.xlsx"  # an export of an earlier version: the office id only
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(older, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/custom.xml":
                data = identity.custom_properties(identity.office_id() or "").encode()
            target.writestr(item, data)
    assert identity.workbook_mark(older) is None and identity.same_office(older)
    record = _first_two()[0]
    records.update(INCOMING, record.id, {"标题": "导出后改的标题"}, record.version, CLI_ACTOR)
    report = xlsx.import_file(INCOMING, older, CLI_ACTOR, on_match="update")
    assert report.ok and [c.record_id for c in report.updated] == [record.id]
