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

from officedesk.core import audit, check, records
from officedesk.core.actor import Actor
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import import_rows, importing, xlsx
from officedesk.store import db as store_db
from officedesk.store.models import AuditEntry
from tests.exchange.test_import_batch import sheet_of

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
    taken: list[str] = []
    real = store_db.write_transaction

    def watched(*args: Any, **kwargs: Any) -> Any:
        taken.append("lock")
        return real(*args, **kwargs)

    for module in (store_db, importing, records):
        monkeypatch.setattr(module, "write_transaction", watched)
    return taken


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
