"""import --update checks its corrections before the write lock (records.prepare_correction, as
`edit` checks them): a dry run takes no lock, a file refused by row takes none, and the lock is
held only to save what was checked — a record changed meanwhile by another workstation is
checked again under it, as it is then."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import audit, batch_corrections, check, records
from officedesk.core.actor import Actor
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.exchange import import_rows, xlsx
from officedesk.store import db as store_db
from officedesk.store.db import database
from officedesk.store.models import AuditEntry
from tests.exchange.import_paths import copied_at_a_still_moment
from tests.exchange.test_import_batch import sheet_of
from tests.write_locks import watch_write_locks

HEADERS = ["收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "份数"]
ROWS = 12


@pytest.fixture
def corrected(db, admin, fixed_today, tmp_path) -> Path:
    """An office of ROWS 收文, exported and every 标题 corrected, as a clerk does in Excel."""
    fixed_today(dt.date(2026, 3, 2))
    rows = [{"收文日期": "2026-03-01", "来文机关": "市委办公室", "来文字号": f"市委办〔2026〕{i + 1}号",
             "标题": f"来文第{i}件", "文种": "通知", "密级": "秘密" if i % 3 == 0 else "", "份数": 2}
            for i in range(ROWS)]
    made = xlsx.import_file(INCOMING, sheet_of(tmp_path / "收文.xlsx", rows, HEADERS), admin)
    assert made.ok and made.imported == ROWS, made.problems
    path = tmp_path / "更正.xlsx"
    xlsx.export(INCOMING, path, admin)
    _set_cells(path, "标题", lambda row, value: f"{value}（更正）")
    return path


def _set_cells(path: Path, label: str, new: Any) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    column = [c.value for c in sheet[1]].index(label) + 1
    for row in range(2, sheet.max_row + 1):
        value = new(row, sheet.cell(row=row, column=column).value)
        if value is not None:
            sheet.cell(row=row, column=column, value=value)
    book.save(path)


@pytest.fixture
def locks(monkeypatch) -> list[str]:
    """Every write transaction taken, by whichever module takes it."""
    return watch_write_locks(monkeypatch, records)


def _titles() -> dict[int, str]:
    return {doc.id: doc.title for doc in INCOMING.model.select()}


def test_a_dry_run_of_an_update_takes_no_write_lock(corrected, admin, locks):
    before = _titles()
    dry = xlsx.import_file(INCOMING, corrected, admin, dry_run=True, on_match="update")
    assert dry.ok, dry.problems
    assert sorted(change.record_id for change in dry.updated) == sorted(before)
    assert all(change.record.endswith("（更正）") for change in dry.updated)
    assert locks == [] and _titles() == before

    done = xlsx.import_file(INCOMING, corrected, admin, on_match="update")
    assert done.ok and done.updated == dry.updated  # the dry run told what the import does
    assert locks == ["lock"]  # the import's one transaction: no row takes one of its own
    assert all(title == before[i] + "（更正）" for i, title in _titles().items())
    assert AuditEntry.select().where(AuditEntry.action == "update").count() == ROWS
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_correction_refused_by_row_is_found_without_the_lock(corrected, locks):
    # a 密级 lowered by a 科员 (cleared for it) is refused by what the save checks (降密 is for
    # a leader or the administrator), not by its cell
    clerk = Actor(username="clerk", role="clerk", clearance=2, display_name="科员")
    lowered: list[int] = []

    def lower_one(row: int, value: Any) -> Any:
        if value != "秘密" or lowered:
            return None
        lowered.append(row)
        return "非密"

    _set_cells(corrected, "密级", lower_one)
    before = _titles()
    report = xlsx.import_file(INCOMING, corrected, clerk, on_match="update")
    assert [(p.row, p.column) for p in report.problems] == [(lowered[0], "密级")], report.problems
    assert "降低密级" in report.problems[0].reason
    assert not report.updated and locks == [] and _titles() == before
    dry = xlsx.import_file(INCOMING, corrected, clerk, dry_run=True, on_match="update")
    assert [(p.row, p.column) for p in dry.problems] == [(lowered[0], "密级")] and locks == []
    # the others written when the clerk says so, the refused row left as it was
    kept = xlsx.import_file(INCOMING, corrected, clerk, on_match="update", skip_bad=True)
    assert len(kept.updated) == ROWS - 1 and locks == ["lock"]
    assert [doc.secrecy for doc in INCOMING.model.select()].count("秘密") == (ROWS + 2) // 3


def test_a_record_changed_after_the_check_is_checked_again_under_the_lock(corrected, admin, monkeypatch):
    real = import_rows.prepare_corrections
    ids = sorted(_titles())
    meanwhile: list[int] = []

    def then_another_workstation_saves(spec, planned, actor, report, progress):
        prepared = real(spec, planned, actor, report, progress)
        if not meanwhile:  # once: between the check and the lock
            first, second = (records.get(INCOMING, i, admin) for i in ids[:2])
            # one corrects the title as the file does, the other the 份数
            records.update(INCOMING, first.id, {"标题": f"{first.title}（更正）"}, first.version, admin)
            records.update(INCOMING, second.id, {"份数": 5}, second.version, admin)
            meanwhile.append(1)
        return prepared

    monkeypatch.setattr(import_rows, "prepare_corrections", then_another_workstation_saves)
    before = _titles()
    before[ids[0]] += "（更正）"  # saved by the other workstation
    report = xlsx.import_file(INCOMING, corrected, admin, on_match="update")
    # the second's row would undo the 份数 saved meanwhile: refused, and nothing is written
    [refused] = report.problems
    assert "已被他人修改" in refused.reason and not report.updated
    assert records.get(INCOMING, ids[1], admin).copies == 5 and _titles() == before

    # imported again with the bad rows left out: the second's row is refused as the file is
    # older than its 份数 (stale.LaterChanges), the first found done, the rest saved
    again = xlsx.import_file(INCOMING, corrected, admin, on_match="update", skip_bad=True)
    [later] = again.problems
    assert "导出后已被" in later.reason and later.row == refused.row
    assert len(again.updated) == ROWS - 2 and again.unchanged == 1
    assert records.get(INCOMING, ids[1], admin).copies == 5
    assert [i for i, title in _titles().items() if not title.endswith("（更正）")] == [ids[1]]
    assert not any(title.endswith("（更正）（更正）") for title in _titles().values())
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_row_done_meanwhile_is_no_refusal(corrected, admin, monkeypatch):
    real = import_rows.prepare_corrections
    first_id = min(_titles())

    def then_another_workstation_saves(spec, planned, actor, report, progress):
        prepared = real(spec, planned, actor, report, progress)
        first = records.get(INCOMING, first_id, admin)
        records.update(INCOMING, first.id, {"标题": f"{first.title}（更正）"}, first.version, admin)
        return prepared

    monkeypatch.setattr(import_rows, "prepare_corrections", then_another_workstation_saves)
    report = xlsx.import_file(INCOMING, corrected, admin, on_match="update")
    assert report.ok and len(report.updated) == ROWS, report.problems
    assert all(title.endswith("（更正）") and not title.endswith("（更正）（更正）")
               for title in _titles().values())


@pytest.fixture
def saved_together(monkeypatch) -> list[int]:
    """How many corrections each batch saved together (batch_corrections._save)."""
    sizes: list[int] = []
    real = batch_corrections._save

    def counted(spec, together, actor):
        sizes.append(len(together))
        return real(spec, together, actor)

    monkeypatch.setattr(batch_corrections, "_save", counted)
    return sizes


def _state() -> dict[str, list[tuple[Any, ...]]]:
    """Every row the import may write: the records, their audit entries, the search index."""
    tables = {"incoming_doc": "id", "audit_entry": "id", "audit_head": "id", "search_doc": "id"}
    return {table: database.execute_sql(f'select * from "{table}" order by {key}').fetchall()
            for table, key in tables.items()}


def _secrecy_raised_and_copies(path: Path) -> None:
    """Besides every 标题: a 密级 raised on some rows (the records made from them follow), the
    份数 on others (rows changing other columns)."""
    _set_cells(path, "密级", lambda row, value: "机密" if row % 4 == 0 else None)
    _set_cells(path, "份数", lambda row, value: 7 if row % 3 == 0 else None)


@pytest.mark.parametrize("edits", ["titles", "mixed"])
def test_corrections_saved_together_are_saved_as_one_by_one(corrected, admin, db, tmp_path, monkeypatch,
                                                             saved_together, edits):
    if edits == "mixed":
        _secrecy_raised_and_copies(corrected)
    copy = copied_at_a_still_moment(tmp_path, monkeypatch)
    together = xlsx.import_file(INCOMING, corrected, admin, on_match="update")
    assert together.ok and len(together.updated) == ROWS, together.problems
    # the 密级 raised are saved alone, the rest together
    assert saved_together == [ROWS if edits == "titles" else ROWS - 3]
    state = _state()
    assert audit.verify_chain() == [] and check.run_checks() == []

    store_db.close_database()
    store_db.open_database(str(copy))
    monkeypatch.setattr(batch_corrections, "LEAST", ROWS + 1)  # every one saved alone
    alone = xlsx.import_file(INCOMING, corrected, admin, on_match="update")
    assert alone.updated == together.updated and saved_together == [ROWS if edits == "titles" else ROWS - 3]
    if edits == "titles":
        assert _state() == state
    else:  # the same entries, those saved alone last in the chain, as they were saved
        assert _without_chain(_state()) == _without_chain(state)
        assert audit.verify_chain() == []


def _without_chain(state: dict[str, list[tuple[Any, ...]]]) -> dict[str, Any]:
    """The state with the audit entries as a set of what they say (not their place in the chain)."""
    entries = sorted(entry[2:9] + entry[11:] for entry in state["audit_entry"])  # actor … after, row
    return {**{k: v for k, v in state.items() if k not in ("audit_entry", "audit_head")}, "entries": entries}


def test_anything_of_the_batch_refused_undoes_it_and_is_said_by_row(corrected, admin, monkeypatch,
                                                                    saved_together):
    # a follow-up of a save (RegistrySpec.after_change) refusing one record: the batch is undone
    # and its corrections saved one by one, the refusal said on that record's row
    refused_id = max(_titles())

    def refusing(before: Any, after: Any, actor: Any) -> None:
        if after.id == refused_id:
            raise ValidationError("这一件不能更正。", "title")

    monkeypatch.setattr(INCOMING, "after_change", [*INCOMING.after_change, refusing])
    before = _state()
    report = xlsx.import_file(INCOMING, corrected, admin, on_match="update")
    assert [(p.row, p.column, p.reason) for p in report.problems] == [(2, "标题", "这一件不能更正。")]
    assert saved_together == [ROWS] and not report.updated and _state() == before
    kept = xlsx.import_file(INCOMING, corrected, admin, on_match="update", skip_bad=True)
    assert len(kept.updated) == ROWS - 1 and [p.row for p in kept.problems] == [2]
    assert [i for i, title in _titles().items() if not title.endswith("（更正）")] == [refused_id]
    assert audit.verify_chain() == [] and check.run_checks() == []
