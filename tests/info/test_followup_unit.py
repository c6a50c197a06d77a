"""A 续报 is reported by its first report's 报送单位 (followups._follows), and a correction keeps it
so (the 信息工作通报 scores by 报送单位: a 续报 under another unit would score that unit a 报送 point
on another's event): a 续报's 报送单位 is corrected only to its first report's; a first report's
报送单位 corrected carries its live 续报 along in the same save (one audit entry each), or — one
of them scored, or above the corrector's clearance (neither named nor counted) — is refused whole.
Voided 续报 stay as they are. The window's 修改, `officedesk edit` and `import --update` alike
(records.update)."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from officedesk.core import audit, clock, info, lifecycle, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import ValidationError
from officedesk.core.info import procedure
from officedesk.exchange import xlsx

CLERK1 = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员乙")
EVENT = {"category": "突发事件", "event_level": "较大", "event_at": "2026-03-01 09:00",
         "reported_at": "2026-03-01 09:31", "unit": "河口镇", "title": "河口镇化工厂泄漏"}


def _unit(item, actor=CLI_ACTOR):
    return info.get(item.id, actor).unit


def _unit_entries(item):
    """The audit entries that corrected the item's 报送单位 (its registration's names it too)."""
    return [e for e in audit.history("info", item.id)
            if e.action != "create" and "报送单位" in json.loads(e.after or "{}")]


@pytest.fixture
def event(report):
    first = report(**EVENT)
    later = procedure.followup(first.id, {"reported_at": clock.now(), "content": "事态进展"}, CLI_ACTOR)
    return first, later


def test_a_followups_unit_is_corrected_only_to_its_first_reports(event, admin):
    first, later = event
    with pytest.raises(ValidationError) as refused:
        records.update(info.SPEC, later.id, {"报送单位": "城关镇"}, later.version, admin)
    assert refused.value.field == "unit"
    said = refused.value.message
    assert f"首报（{first.number}）" in said and "河口镇" in said and "请更正首报" in said, said
    assert _unit(later) == "河口镇" and not _unit_entries(later)


def test_a_first_reports_unit_carries_its_live_followups(event, admin):
    first, later = event
    again = procedure.followup(first.id, {"reported_at": clock.now(), "content": "明火扑灭"}, CLI_ACTOR)
    voided = procedure.followup(first.id, {"reported_at": clock.now(), "content": "误报的续报"}, CLI_ACTOR)
    lifecycle.void_record("info", voided.id, CLI_ACTOR, "重复登记")
    records.update(info.SPEC, first.id, {"报送单位": "城关镇"}, first.version, admin)
    assert [_unit(i) for i in (first, later, again, voided)] == ["城关镇", "城关镇", "城关镇", "河口镇"]
    for item in (later, again):  # one entry each, saying whose correction it followed
        entries = _unit_entries(item)
        assert len(entries) == 1, entries
        assert json.loads(entries[0].before)["报送单位"] == "河口镇"
        assert json.loads(entries[0].after)["报送单位"] == "城关镇"
        assert first.number in entries[0].summary and entries[0].actor == admin.username
    assert not _unit_entries(voided)
    # now a 续报 is corrected to its first report's unit only: its own unit is no change
    later = info.get(later.id, admin)
    with pytest.raises(ValidationError, match="请更正首报"):
        records.update(info.SPEC, later.id, {"报送单位": "河口镇"}, later.version, admin)


def test_a_scored_followup_refuses_the_correction_naming_it(event, admin, advance):
    first, later = event
    later = advance(later)  # 编发: scored for 河口镇
    with pytest.raises(ValidationError) as refused:
        records.update(info.SPEC, first.id, {"报送单位": "城关镇"}, first.version, admin)
    assert refused.value.field == "unit"
    assert later.number in refused.value.message and "计分" in refused.value.message
    assert (_unit(first), _unit(later)) == ("河口镇", "河口镇")
    assert not _unit_entries(first) and not _unit_entries(later)


def test_a_hidden_followup_is_neither_counted_nor_named(event, admin):
    first, _later = event
    hidden = procedure.followup(first.id, {"reported_at": clock.now(), "content": "伤亡情况", "title": "涉密续报XC9",
                                           "secrecy": "机密"}, CLI_ACTOR)
    with pytest.raises(ValidationError) as refused:
        records.update(info.SPEC, first.id, {"报送单位": "城关镇"}, first.version, CLERK1)
    said = refused.value.message
    assert "件" not in said and hidden.number not in said and "XC9" not in said, said
    assert "涉密权限足够的人员" in said, said
    assert [_unit(i) for i in (first, _later, hidden)] == ["河口镇"] * 3
    # one cleared for it corrects the three
    records.update(info.SPEC, first.id, {"报送单位": "城关镇"}, first.version, CLI_ACTOR)
    assert [_unit(i) for i in (first, _later, hidden)] == ["城关镇"] * 3


def _export_and_edit(path, item_id, **cells):
    xlsx.export(info.SPEC, path, CLI_ACTOR)
    book = load_workbook(path)
    sheet = book.active
    header = [str(c.value).rstrip("*＊").strip() for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("记录号")].value in (item_id, str(item_id)):
            for label, value in cells.items():
                row[header.index(label)].value = value
    book.save(path)


def test_the_import_update_keeps_the_rule(event, admin, tmp_path):
    first, later = event
    path = tmp_path / "info.xlsx"
    _export_and_edit(path, later.id, 报送单位="城关镇")
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert [(p.column, "请更正首报" in p.reason) for p in done.problems] == [("报送单位", True)], [
        str(p) for p in done.problems]
    assert _unit(later) == "河口镇"
    _export_and_edit(path, first.id, 报送单位="城关镇")
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert done.ok, [str(p) for p in done.problems]
    assert (_unit(first), _unit(later)) == ("城关镇", "城关镇") and len(_unit_entries(later)) == 1


def _export_and_edit_rows(path, edits):
    """Export, then edit the rows of the given ids ({id: {label: value}}), in the sheet's order
    or reversed (`edits` keeps its own order when `reverse`)."""
    xlsx.export(info.SPEC, path, CLI_ACTOR)
    book = load_workbook(path)
    sheet = book.active
    header = [str(c.value).rstrip("*＊").strip() for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for label, value in edits.get(int(row[header.index("记录号")].value), {}).items():
            row[header.index(label)].value = value
    book.save(path)
    return sheet, header


@pytest.mark.parametrize("first_row_first", [False, True])
def test_one_sheet_correcting_a_first_report_and_its_followup_alike(event, admin, tmp_path, first_row_first):
    """The clerk corrects the unit on both rows, as the rule asks: the first report's row is
    written first (its 续报 carried along), the 续报's row then finds it done — in the export's
    order (newest first: the 续报 above) or the other."""
    first, later = event
    path = tmp_path / "info.xlsx"
    _export_and_edit_rows(path, {first.id: {"报送单位": "城关镇"}, later.id: {"报送单位": "城关镇"}})
    if first_row_first:  # the rows swapped in the sheet
        book = load_workbook(path)
        sheet = book.active
        rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
        for r, values in enumerate(reversed(rows), start=2):
            for c, value in enumerate(values, start=1):
                sheet.cell(r, c).value = value
        book.save(path)
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert done.ok, [str(p) for p in done.problems]
    assert (_unit(first), _unit(later)) == ("城关镇", "城关镇")
    assert len(_unit_entries(first)) == 1 and len(_unit_entries(later)) == 1


def test_a_row_whose_record_changed_otherwise_meanwhile_is_still_stale(event, admin, tmp_path):
    """Only a change that made the row's cells what the row says lets it through: the 续报's
    row asks for 城关镇 while its first report went to 青河镇 — refused, nothing written."""
    first, later = event
    path = tmp_path / "info.xlsx"
    _export_and_edit_rows(path, {first.id: {"报送单位": "青河镇"}, later.id: {"报送单位": "城关镇"}})
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert not done.ok
    assert (_unit(first), _unit(later)) == ("河口镇", "河口镇")


def test_a_first_report_corrected_alone_is_checked_before_the_lock_and_carries(event, admin, tmp_path,
                                                                               monkeypatch):
    """import --update of 信息 whose edited rows link no two of them (the 续报's row left as
    exported): checked before the write lock (its dry run takes none) and saved together; the
    first report's 报送单位 still carries its 续报 along, in the same transaction."""
    from tests.write_locks import watch_write_locks

    first, later = event
    path = tmp_path / "info.xlsx"
    _export_and_edit_rows(path, {first.id: {"报送单位": "城关镇"}})
    locks = watch_write_locks(monkeypatch, records)
    dry = xlsx.import_file(info.SPEC, path, admin, on_match="update", dry_run=True)
    assert dry.ok and [c.record_id for c in dry.updated] == [first.id], [str(p) for p in dry.problems]
    assert locks == [] and (_unit(first), _unit(later)) == ("河口镇", "河口镇")
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert done.ok, [str(p) for p in done.problems]
    # the import's transaction, and the carry's save of the 续报 nested in it
    assert locks[0] == "lock" and (_unit(first), _unit(later)) == ("城关镇", "城关镇")
    assert len(_unit_entries(first)) == 1 and len(_unit_entries(later)) == 1
    assert audit.verify_chain() == []


def test_a_first_report_and_its_followup_corrected_together_are_checked_before_the_lock(
        event, report, admin, tmp_path, monkeypatch):
    """import --update correcting a first report and its 续报 both, and other reports beside
    them: every row is checked before the write lock (the 续报 as its first report's save
    carries it: core.correction_plan), so the dry run takes none; the import saves the others
    and the first report together, its 续报 carried along, and the 续报's row, in its turn, finds
    nothing of its own left to save. Before, the pair went one by one under the lock, dry run
    too (and before that, the whole file)."""
    from tests.exchange.import_paths import rows_written_one_by_one
    from tests.write_locks import watch_write_locks

    first, later = event
    others = [report(title=f"县林业局第{i}次防火检查") for i in range(4)]
    path = tmp_path / "info.xlsx"
    edits = {first.id: {"报送单位": "城关镇"}, later.id: {"报送单位": "城关镇"}}
    edits |= {item.id: {"标题": f"{item.title}（更正）"} for item in others}
    sheet, header = _export_and_edit_rows(path, edits)
    later_row = next(row[0].row for row in sheet.iter_rows(min_row=2)
                     if int(row[header.index("记录号")].value) == later.id)
    one_by_one = rows_written_one_by_one(monkeypatch)
    locks = watch_write_locks(monkeypatch, records)
    dry = xlsx.import_file(info.SPEC, path, admin, on_match="update", dry_run=True)
    assert dry.ok and len(dry.updated) == 6, [str(p) for p in dry.problems]
    assert one_by_one == [] and locks == []
    assert (_unit(first), _unit(later)) == ("河口镇", "河口镇")
    assert not any(info.get(item.id, admin).title.endswith("（更正）") for item in others)

    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert done.ok and len(done.updated) == 6, [str(p) for p in done.problems]
    assert one_by_one == [later_row] and locks == ["lock"]
    assert (_unit(first), _unit(later)) == ("城关镇", "城关镇")
    assert len(_unit_entries(first)) == 1 and len(_unit_entries(later)) == 1
    assert all(info.get(item.id, admin).title.endswith("（更正）") for item in others)
    assert audit.verify_chain() == []


def _carries_checked_under_the_lock(monkeypatch):
    """The 续报 a first report's save carries along that are checked then (records.update), not
    saved as the import checked them before the lock."""
    checked: list[int] = []
    real = records.update

    def update(spec, record_id, raw, *args, **kwargs):
        if kwargs.get("summary", "").startswith("随首报"):
            checked.append(record_id)
        return real(spec, record_id, raw, *args, **kwargs)

    monkeypatch.setattr(records, "update", update)
    return checked


def test_the_carry_checked_before_the_lock_is_saved_as_checked(event, admin, tmp_path, monkeypatch):
    """import --update of a first report's 报送单位: the carry to its 续报 is checked with the row,
    before the lock (core.correction_plan.Carry), and saved as checked under it — the same
    entry as a carry checked then."""
    first, later = event
    path = tmp_path / "info.xlsx"
    _export_and_edit_rows(path, {first.id: {"报送单位": "城关镇"}})
    under_the_lock = _carries_checked_under_the_lock(monkeypatch)
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert done.ok, [str(p) for p in done.problems]
    assert under_the_lock == [] and (_unit(first), _unit(later)) == ("城关镇", "城关镇")
    [entry] = [e for e in audit.history("info", later.id) if e.action != "create"]
    assert entry.summary == f"随首报（{first.number}）更正报送单位：河口镇 → 城关镇" and entry.actor == admin.username
    assert audit.verify_chain() == []


def test_a_followup_changed_since_the_check_is_checked_again_under_the_lock(event, admin, advance, tmp_path,
                                                                            monkeypatch):
    """The 续报 编发 (scored) by another workstation between the check and the write: the carry
    checked before is not saved, the carry is checked again under the lock and refuses the first
    report's correction, as it refuses it beforehand."""
    from officedesk.exchange import import_rows

    first, later = event
    path = tmp_path / "info.xlsx"
    _export_and_edit_rows(path, {first.id: {"报送单位": "城关镇"}})
    under_the_lock = _carries_checked_under_the_lock(monkeypatch)
    real = import_rows.write_rows

    def meanwhile(*args, **kwargs):
        advance(later)  # (in the import's transaction: as if saved just before it)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_rows, "write_rows", meanwhile)
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert under_the_lock == [later.id]
    assert [("计分" in p.reason, p.column) for p in done.problems] == [(True, "报送单位")], [str(p) for p in done.problems]
    assert (_unit(first), _unit(later)) == ("河口镇", "河口镇")
