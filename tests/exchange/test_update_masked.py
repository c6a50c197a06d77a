"""import --update and the cells an export changed: a masked 身份证号/电话/住址 edited is no
corrected value (it would write the mask over the real data for good), and a blank 密级 cell
is no 解密 (it would store 非密 while the report said 空白)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from officedesk.core import petitions, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx


def _column(sheet, label: str) -> int:
    return [c.value for c in sheet[1]].index(label) + 1


def _row_of(sheet, label: str, wanted) -> int:
    column = _column(sheet, label)
    return next(r for r in range(2, sheet.max_row + 1) if wanted(sheet.cell(r, column).value))


def _petition_with(field: str) -> petitions.SPEC.model:  # type: ignore[name-defined]
    model = petitions.SPEC.model
    return next(p for p in model.select().order_by(model.id) if getattr(p, field))


@pytest.mark.parametrize(
    ("field", "label"), [("address", "住址"), ("id_number", "身份证号"), ("phone", "联系电话")]
)
def test_an_edited_masked_cell_is_refused_on_update(demo_db, tmp_path: Path, field, label):
    spec = petitions.SPEC
    petition = _petition_with(field)
    real = getattr(petition, field)
    path = tmp_path / "petitions.xlsx"
    xlsx.export(spec, path, CLI_ACTOR)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    row = _row_of(sheet, "信访编号", lambda v: v == petition.number)
    cell = sheet.cell(row, _column(sheet, label))
    assert "*" in str(cell.value) and cell.value != real
    cell.value = f"{cell.value}（已搬迁）" if field == "address" else f"{cell.value}9"
    book.save(path)

    report = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update")
    assert [(p.row, p.column) for p in report.problems] == [(row, label)]
    reason = report.problems[0].reason
    assert "遮盖" in reason and f"完整的{label}" in reason
    assert not report.updated
    assert getattr(spec.model.get_by_id(petition.id), field) == real
    if field == "address":
        assert "号码" not in reason  # an address is no 号码
        people = petitions.petitioners_of(petition.id, CLI_ACTOR)
        assert people[0].address == real


def test_a_masked_cell_left_as_exported_is_not_written_back(demo_db, tmp_path: Path):
    spec = petitions.SPEC
    petition = _petition_with("address")
    real = petition.address
    path = tmp_path / "petitions.xlsx"
    xlsx.export(spec, path, CLI_ACTOR)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    row = _row_of(sheet, "信访编号", lambda v: v == petition.number)
    sheet.cell(row, _column(sheet, "诉求")).value = "要求尽快答复"
    book.save(path)
    report = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update")
    assert report.ok, [str(p) for p in report.problems]
    assert [set(c.changes) for c in report.updated] == [{"诉求"}]
    assert spec.model.get_by_id(petition.id).address == real


def _secret_incoming_export(tmp_path: Path, value) -> tuple[Path, int, int]:
    model = INCOMING.model
    record = model.select().order_by(model.id).first()
    records.update(INCOMING, record.id, {"密级": "秘密"}, record.version, CLI_ACTOR)
    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, CLI_ACTOR)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    row = _row_of(sheet, "记录号", lambda v: str(v) == str(record.id))
    cell = sheet.cell(row, _column(sheet, "密级"))
    assert cell.value == "秘密"
    cell.value = value
    book.save(path)
    return path, record.id, row


@pytest.mark.parametrize("blank", [None, "  "])
def test_a_cleared_secrecy_cell_is_refused_not_declassified(demo_db, tmp_path: Path, blank):
    path, record_id, row = _secret_incoming_export(tmp_path, blank)
    report = xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update")
    assert [(p.row, p.column) for p in report.problems] == [(row, "密级")]
    assert "请填写密级" in report.problems[0].reason and "非密" in report.problems[0].reason
    assert not report.updated
    assert INCOMING.model.get_by_id(record_id).secrecy == "秘密"


def test_declassifying_by_update_is_reported_as_what_it_becomes(demo_db, tmp_path: Path):
    path, record_id, _ = _secret_incoming_export(tmp_path, "非密")
    report = xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update")
    assert report.ok, [str(p) for p in report.problems]
    [change] = report.updated
    assert change.changes["密级"] == ("秘密", "非密")
    assert INCOMING.model.get_by_id(record_id).secrecy == "非密"


def test_a_clerk_cannot_declassify_by_update(demo_db, tmp_path: Path):
    path, record_id, row = _secret_incoming_export(tmp_path, "非密")
    clerk = Actor(username="clerk", role="clerk", clearance=2, display_name="科员")
    report = xlsx.import_file(INCOMING, path, clerk, on_match="update")
    assert [(p.row, p.column) for p in report.problems] == [(row, "密级")]
    assert "领导或管理员" in report.problems[0].reason
    assert not report.updated
    assert INCOMING.model.get_by_id(record_id).secrecy == "秘密"


def test_an_edited_cut_text_is_refused_on_update(db, tmp_path: Path):
    """The beginning of an over-long text, edited: storing it would lose the rest for good."""
    from officedesk.core.directory import UNITS
    from officedesk.store.models import Unit

    long_text = "甲" * 40000 + "乙" * 30000
    unit = records.create(UNITS, {"单位名称": "县档案馆"}, CLI_ACTOR)
    Unit.update(short_name=long_text).where(Unit.id == unit.id).execute()
    path = tmp_path / "long.xlsx"
    xlsx.export(UNITS, path, CLI_ACTOR)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    cell = sheet.cell(2, _column(sheet, "简称"))
    cell.value = "丙" + cell.value[1:]  # a cell holds no more
    book.save(path)
    report = xlsx.import_file(UNITS, path, CLI_ACTOR, on_match="update")
    assert [(p.row, p.column) for p in report.problems] == [(2, "简称")]
    assert "截下的开头" in report.problems[0].reason and not report.updated
    assert Unit.get_by_id(unit.id).short_name == long_text
