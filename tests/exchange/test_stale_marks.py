"""The stale-export check (stale.py) beyond the whole register with its 记录号: a sheet without
that column, the current list's export, later entries that touch none of the sheet's cells, and
a mark that is not ours to read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from officedesk.core import directory, records, registry
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import identity, writing, xlsx
from officedesk.store.meetings import AgendaItem, MeetingAttendee
from officedesk.store.supervision import SupervisionTask

STALE = "导出后已被"


def _row(sheet, key_label: str, key: str) -> int:
    heads = [c.value for c in sheet[1]]
    column = heads.index(key_label) + 1
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, column).value == key)


def _edit(path: Path, key_label: str, key: str, edits: dict[str, object],
          drop: str | None = None) -> int:
    """Change cells of the row whose `key_label` is `key` (and delete the column `drop`)."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    row = _row(sheet, key_label, key)
    heads = [c.value for c in sheet[1]]
    for label, value in edits.items():
        sheet.cell(row, heads.index(label) + 1).value = value
    if drop is not None:
        sheet.delete_cols(heads.index(drop) + 1)
    book.save(path)
    return row


def _first_incoming():
    model = INCOMING.model
    number = getattr(model, INCOMING.number_field)
    return model.select().where(number.is_null(False) & (number != "")).order_by(model.id).first()


def _number(record) -> str:
    return str(getattr(record, INCOMING.number_field))


def _correct_copies(record) -> int:
    copies = 2 if record.copies != 2 else 3
    records.update(INCOMING, record.id, {"份数": copies}, record.version, CLI_ACTOR)
    return copies


def _urgency(record) -> str:
    return "特急" if record.urgency != "特急" else "加急"


# ---------------------------------------------------------------- 1: every export, any sheet


def test_a_sheet_without_its_record_ids_is_still_checked(demo_db, tmp_path: Path):
    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, CLI_ACTOR)
    record = _first_incoming()
    copies = _correct_copies(record)
    # the clerk deletes the last column and changes another cell of the row
    row = _edit(path, "收文编号", _number(record), {"紧急程度": _urgency(record)}, drop=identity.RECORD_ID)
    report = xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update")
    assert [p.row for p in report.problems] == [row]
    assert STALE in report.problems[0].reason and "份数" in report.problems[0].reason
    assert INCOMING.model.get_by_id(record.id).copies == copies


def test_the_current_lists_export_carries_the_mark(demo_db, tmp_path: Path):
    path = tmp_path / "list.xlsx"
    writing.export(INCOMING, path, CLI_ACTOR, columns=INCOMING.columns())
    assert identity.same_office(path) and identity.workbook_mark(path) is not None
    record = _first_incoming()
    copies = _correct_copies(record)
    row = _edit(path, "收文编号", _number(record), {"紧急程度": _urgency(record)})
    report = xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update")
    assert [p.row for p in report.problems] == [row]
    assert STALE in report.problems[0].reason
    assert INCOMING.model.get_by_id(record.id).copies == copies


def test_the_lists_own_edit_still_imports(demo_db, tmp_path: Path):
    path = tmp_path / "list.xlsx"
    writing.export(INCOMING, path, CLI_ACTOR, columns=INCOMING.columns())
    record = _first_incoming()
    wanted = _urgency(record)
    _edit(path, "收文编号", _number(record), {"紧急程度": wanted})
    report = xlsx.import_file(INCOMING, path, CLI_ACTOR, on_match="update")
    assert [c.record_id for c in report.updated] == [record.id], [str(p) for p in report.problems]
    assert INCOMING.model.get_by_id(record.id).urgency == wanted


# ---------------------------------------------------------------- 2: what a later entry changed


def _open_task():
    return (SupervisionTask.select().where(SupervisionTask.status != "已办结")
            .order_by(SupervisionTask.id).first())


def _supervision_row_edited(path: Path, item_id: int) -> list:
    spec = registry.get("supervision")
    item = spec.model.get_by_id(item_id)
    _edit(path, "督查编号", item.number, {"事项内容": "导出后在表中改的事项内容"})
    report = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update")
    assert not [p for p in report.problems if STALE in p.reason], [str(p) for p in report.problems]
    assert [c.record_id for c in report.updated] == [item_id]
    assert spec.model.get_by_id(item_id).content == "导出后在表中改的事项内容"
    return report.updated


def test_a_report_after_the_export_refuses_no_row(demo_db, tmp_path: Path):
    task = _open_task()
    path = tmp_path / "supervision.xlsx"
    xlsx.export(registry.get("supervision"), path, CLI_ACTOR)
    sv.add_report(task.id, {"进度": 50, "进展情况": "已完成一半"}, CLI_ACTOR)  # 反馈: no column
    _supervision_row_edited(path, int(task.item_id))


def test_an_entry_without_field_changes_refuses_no_row(demo_db, tmp_path: Path):
    spec = registry.get("supervision")
    item = spec.model.get_by_id(_open_task().item_id)
    path = tmp_path / "supervision.xlsx"
    xlsx.export(spec, path, CLI_ACTOR)
    records.update(spec, item.id, {}, item.version, CLI_ACTOR)  # “无字段变化”
    _supervision_row_edited(path, item.id)


def _meeting_with_rank():
    attendee = MeetingAttendee.select().where(MeetingAttendee.rank < 99).order_by(MeetingAttendee.id).first()
    return registry.get("meetings").model.get_by_id(attendee.meeting_id), attendee.rank


def test_a_rank_reordered_after_the_export_refuses_no_row(demo_db, tmp_path: Path):
    meetings = registry.get("meetings")
    meeting, rank_order = _meeting_with_rank()
    path = tmp_path / "meetings.xlsx"
    xlsx.export(meetings, path, CLI_ACTOR)
    ranks = registry.get("ranks")
    rank = ranks.model.get(ranks.model.sort_order == rank_order)
    free = max(r.sort_order for r in ranks.model.select()) + 10
    records.update(ranks, rank.id, {"sort_order": free}, rank.version, CLI_ACTOR)
    assert MeetingAttendee.select().where(MeetingAttendee.rank == free).exists()
    _edit(path, "会议名称", meeting.title, {"备注": "导出后在表中加的备注"})
    report = xlsx.import_file(meetings, path, CLI_ACTOR, on_match="update")
    assert not [p for p in report.problems if STALE in p.reason], [str(p) for p in report.problems]
    assert meeting.id in [c.record_id for c in report.updated]
    assert meetings.model.get_by_id(meeting.id).note == "导出后在表中加的备注"


def test_a_renamed_reporting_unit_is_not_written_back(demo_db, tmp_path: Path):
    """A unit renamed after the export changes the 议程 text under a key that is no column's
    (“第2项议题的汇报单位”): the row's old 议程 would put the old name back."""
    meetings = registry.get("meetings")
    # a unit the 议程 names by its 名称 (the demo's 县委办公室 is a 简称, which a rename keeps)
    agenda = next(a for a in AgendaItem.select().order_by(AgendaItem.id)
                  if a.unit and getattr(directory.unit_by_name(a.unit), "name", "") == a.unit)
    meeting = meetings.model.get_by_id(agenda.meeting_id)
    path = tmp_path / "meetings.xlsx"
    xlsx.export(meetings, path, CLI_ACTOR)
    unit = directory.unit_by_name(agenda.unit)
    records.update(directory.UNITS, unit.id, {"单位名称": f"{agenda.unit}（更名）"}, unit.version,
                   CLI_ACTOR)
    row = _edit(path, "会议名称", meeting.title, {"备注": "导出后在表中加的备注"})
    report = xlsx.import_file(meetings, path, CLI_ACTOR, on_match="update")
    assert row in [p.row for p in report.problems if STALE in p.reason], [str(p) for p in report.problems]
    assert f"{agenda.unit}（更名）" in str(AgendaItem.get_by_id(agenda.id).unit)


# ---------------------------------------------------------------- 3: a mark not ours


def _with_mark(source: Path, target: Path, mark: str) -> None:
    office = identity.office_id() or ""
    text = identity.custom_properties(office, 1).replace(">1</vt:lpwstr>", f">{mark}</vt:lpwstr>")
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            new.writestr(item, text.encode() if item.filename == "docProps/custom.xml" else data)


def test_a_mark_of_other_digits_is_no_mark(demo_db, tmp_path: Path):
    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, CLI_ACTOR)
    for mark in ("²", "١٢", "１２", "-3", "3.0"):
        odd = tmp_path / "odd.xlsx"
        _with_mark(path, odd, mark)
        assert identity.workbook_mark(odd) is None, mark
        assert identity.same_office(odd)
        report = xlsx.import_file(INCOMING, odd, CLI_ACTOR, on_match="update")
        assert report.ok, [str(p) for p in report.problems]
