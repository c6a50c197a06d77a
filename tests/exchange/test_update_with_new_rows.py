"""import --update of a 台账 exported, corrected and added to (new rows under the exported
ones, as a clerk keeps one in Excel): the corrections and the new rows are each checked before
the write lock as their own path checks them; a dry run, or a file refused by row, takes none;
the import takes one lock, and writes what one by one writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import audit, check, records
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import importing, xlsx
from officedesk.store import db as store_db
from officedesk.store.models import AuditEntry, IssuedNumber
from tests.exchange.test_import_batch import sheet_of
from tests.write_locks import watch_write_locks

HEADERS = ["收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "份数"]
ROWS = 12
NEW = 4


def _incoming(i: int, **cells: Any) -> dict[str, Any]:
    return {"收文日期": "2026-03-01", "来文机关": "市委办公室", "来文字号": f"市委办〔2026〕{i + 1}号",
            "标题": f"来文第{i}件", "文种": "通知", "密级": "秘密" if i % 3 == 0 else "", "份数": 2, **cells}


def _office(path: Path, admin) -> None:
    made = xlsx.import_file(INCOMING, sheet_of(path, [_incoming(i) for i in range(ROWS)], HEADERS), admin)
    assert made.ok and made.imported == ROWS, made.problems


def _corrected_and_added(path: Path, admin, new: list[dict[str, Any]], edit=None) -> Path:
    """The office's 收文 exported, every 标题 corrected (or `edit(row, cells)`), and `new` rows
    added under them (no 记录号, no 收文编号: issued on import)."""
    xlsx.export(INCOMING, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        cells = {label: sheet.cell(row=row, column=index + 1) for index, label in enumerate(headers)}
        if edit is not None:
            edit(row, cells)
        else:
            cells["标题"].value = f"{cells['标题'].value}（更正）"
    for cells in new:
        sheet.append([cells.get(label) for label in headers])
    book.save(path)
    return path


def _written() -> dict[str, Any]:
    """What an import left: the 收文 (number, title, state), the numbers issued, the trail."""
    docs = [(d.id, d.receive_no, d.title, d.secrecy, d.copies, d.version)
            for d in INCOMING.model.select().order_by(INCOMING.model.id)]
    numbers = sorted((n.kind, n.text, n.record_id, n.status) for n in IssuedNumber.select())
    trail = sorted((e.action, e.record_id, e.summary) for e in AuditEntry.select().where(AuditEntry.registry == INCOMING.name))
    return {"docs": docs, "numbers": numbers, "trail": trail}


def _fresh(tmp_path: Path, name: str, admin) -> None:
    """A new office of the same ROWS 收文 in its own file."""
    store_db.close_database()
    store_db.open_database(str(tmp_path / f"{name}.db"))
    _office(tmp_path / f"{name}.xlsx", admin)


@pytest.fixture
def locks(monkeypatch) -> list[str]:
    from officedesk.exchange import import_mixed

    return watch_write_locks(monkeypatch, records, import_mixed)


NEW_ROWS = [_incoming(100 + i, 标题=f"新来文第{i}件") for i in range(NEW)]


def test_corrections_and_new_rows_are_checked_without_the_lock(db, admin, fixed_today, tmp_path, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    # the reference: the same file written one by one, under the lock, in its order
    _fresh(tmp_path, "one-by-one", admin)
    path = _corrected_and_added(tmp_path / "更正.xlsx", admin, NEW_ROWS)
    with monkeypatch.context() as patched:
        patched.setattr(importing, "mixed_and_preparable", lambda *args: False)
        slow = xlsx.import_file(INCOMING, path, admin, on_match="update")
    assert slow.ok and slow.imported == NEW and len(slow.updated) == ROWS, slow.problems
    one_by_one = _written()

    _fresh(tmp_path, "checked-first", admin)
    path = _corrected_and_added(tmp_path / "更正2.xlsx", admin, NEW_ROWS)
    before = _written()
    from officedesk.exchange import import_mixed

    taken = watch_write_locks(monkeypatch, records, import_mixed)
    dry = xlsx.import_file(INCOMING, path, admin, on_match="update", dry_run=True)
    assert dry.ok and taken == [] and _written() == before  # checked, nothing written, no lock
    assert dry.imported == NEW and len(dry.updated) == ROWS
    assert all(change.record.endswith("（更正）") for change in dry.updated)

    done = xlsx.import_file(INCOMING, path, admin, on_match="update")
    assert done.ok and taken == ["lock"], done.problems  # one lock, for the write alone
    assert done.imported == NEW and len(done.ids) == NEW and done.updated == dry.updated
    assert _written() == one_by_one  # the same records, numbers and trail as one by one
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_bad_new_row_and_a_bad_correction_are_both_named_without_the_lock(
        db, admin, fixed_today, tmp_path, locks):
    fixed_today(dt.date(2026, 3, 2))
    _office(tmp_path / "office.xlsx", admin)

    def edit(row: int, cells: dict[str, Any]) -> None:
        cells["标题"].value = f"{cells['标题'].value}（更正）"
        if row == 3:
            cells["份数"].value = "两份"

    bad_new = [*NEW_ROWS[:2], _incoming(200, 收文日期="2026-02-30"), *NEW_ROWS[2:]]
    path = _corrected_and_added(tmp_path / "更正.xlsx", admin, bad_new, edit)
    before = _written()
    locks.clear()  # the office's own import
    for dry_run in (True, False):
        report = xlsx.import_file(INCOMING, path, admin, on_match="update", dry_run=dry_run)
        assert [(p.row, p.column) for p in report.problems] == [(3, "份数"), (ROWS + 4, "收文日期")], \
            [str(p) for p in report.problems]
        assert locks == [] and _written() == before
        assert not report.ids and (report.imported == NEW) is dry_run

    # the others written when the clerk says so, the refused rows left out
    kept = xlsx.import_file(INCOMING, path, admin, on_match="update", skip_bad=True)
    assert locks == ["lock"] and kept.imported == NEW and len(kept.updated) == ROWS - 1
    titles = [doc.title for doc in INCOMING.model.select().order_by(INCOMING.model.id)]
    assert sum(title.endswith("（更正）") for title in titles) == ROWS - 1
    assert titles[-NEW:] == [row["标题"] for row in NEW_ROWS]
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_new_row_bringing_an_edited_records_number_goes_one_by_one(
        db, admin, fixed_today, tmp_path, monkeypatch):
    """Which of the two holds the number depends on the rows' order: the file is written as one
    by one writes it, whatever that gives."""
    fixed_today(dt.date(2026, 3, 2))
    _fresh(tmp_path, "one-by-one", admin)
    first = INCOMING.model.select().order_by(INCOMING.model.id).first().receive_no
    new = [*NEW_ROWS, _incoming(300, 收文编号=first, 标题="带来编号的来文")]
    path = _corrected_and_added(tmp_path / "更正.xlsx", admin, new)
    with monkeypatch.context() as patched:
        patched.setattr(importing, "mixed_and_preparable", lambda *args: False)
        slow = xlsx.import_file(INCOMING, path, admin, on_match="update", skip_bad=True)
    one_by_one = _written()

    _fresh(tmp_path, "mixed", admin)
    path = _corrected_and_added(tmp_path / "更正2.xlsx", admin, new)
    report = xlsx.import_file(INCOMING, path, admin, on_match="update", skip_bad=True)
    assert [(p.row, p.column, p.reason) for p in report.problems] == \
        [(p.row, p.column, p.reason) for p in slow.problems]
    assert report.problems and _written() == one_by_one


def test_a_correction_refused_under_the_lock_undoes_the_new_rows(db, admin, fixed_today, tmp_path, monkeypatch):
    """A record another workstation changed between the check and the lock is checked again
    under it; refused there, nothing of the file is written: neither the other corrections
    nor the new rows (staged before the lock), nor their numbers."""
    from officedesk.exchange import import_rows

    fixed_today(dt.date(2026, 3, 2))
    _office(tmp_path / "office.xlsx", admin)
    path = _corrected_and_added(tmp_path / "更正.xlsx", admin, NEW_ROWS)
    real = import_rows.prepare_corrections
    meanwhile: list[int] = []

    def then_another_workstation_saves(spec, planned, actor, report, progress):
        prepared = real(spec, planned, actor, report, progress)
        if not meanwhile:  # once: between the check and the lock, the 份数 of one
            other = records.get(INCOMING, planned[0].record.id, admin)
            records.update(INCOMING, other.id, {"份数": 5}, other.version, admin)
            meanwhile.append(other.id)
        return prepared

    monkeypatch.setattr(import_rows, "prepare_corrections", then_another_workstation_saves)
    before = _written()
    report = xlsx.import_file(INCOMING, path, admin, on_match="update")
    [refused] = report.problems
    assert "已被他人修改" in refused.reason and not report.updated and not report.ids
    after = _written()
    assert after["numbers"] == before["numbers"] and len(after["docs"]) == ROWS  # no new 收文, no number
    assert [d[2] for d in after["docs"]] == [d[2] for d in before["docs"]]  # no title corrected
    assert records.get(INCOMING, meanwhile[0], admin).copies == 5
    assert audit.verify_chain() == [] and check.run_checks() == []

    kept = xlsx.import_file(INCOMING, path, admin, on_match="update", skip_bad=True)
    assert kept.imported == NEW and len(kept.updated) == ROWS - 1 and len(kept.problems) == 1
    assert len(INCOMING.model.select()) == ROWS + NEW
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_record_added_meanwhile_by_another_workstation_moves_the_new_rows_along(
        db, admin, fixed_today, tmp_path, monkeypatch):
    """Another workstation registers a 收文 between the check and the lock: it keeps its id and
    收文编号, and the file's new rows take the next ones (made again from the rows checked); the
    corrections are saved once."""
    from officedesk.core import batch

    fixed_today(dt.date(2026, 3, 2))
    _office(tmp_path / "office.xlsx", admin)
    path = _corrected_and_added(tmp_path / "更正.xlsx", admin, NEW_ROWS)
    real = batch.check
    meanwhile: list[Any] = []

    def then_another_workstation_registers(*args: Any, **kwargs: Any) -> Any:
        checked = real(*args, **kwargs)
        if not meanwhile:
            meanwhile.append(records.create(INCOMING, _incoming(500, 标题="另一工作站登记的来文"), admin))
        return checked

    monkeypatch.setattr(batch, "check", then_another_workstation_registers)
    report = xlsx.import_file(INCOMING, path, admin, on_match="update")
    assert report.ok and report.imported == NEW and len(report.updated) == ROWS, report.problems
    other = INCOMING.model.get_by_id(meanwhile[0].id)
    assert other.title == "另一工作站登记的来文" and other.receive_no == meanwhile[0].receive_no
    made = [INCOMING.model.get_by_id(i) for i in report.ids]
    assert min(report.ids) > other.id and [d.title for d in made] == [row["标题"] for row in NEW_ROWS]
    numbers = [d.receive_no for d in INCOMING.model.select()]
    assert len(set(numbers)) == len(numbers) == ROWS + NEW + 1
    updates = AuditEntry.select().where((AuditEntry.registry == INCOMING.name) & (AuditEntry.action == "update"))
    assert updates.count() == ROWS  # each correction once
    assert audit.verify_chain() == [] and check.run_checks() == []


@pytest.mark.parametrize("at", ["checking", "writing"])
def test_cancelled_while_checking_or_writing_writes_nothing(db, admin, fixed_today, tmp_path, at):
    """Progress runs over the new rows' check and their write, as a plain import's; cancelled at
    either, nothing of the file is written (its corrections neither)."""
    from officedesk.exchange.common import Cancelled

    fixed_today(dt.date(2026, 3, 2))
    _office(tmp_path / "office.xlsx", admin)
    path = _corrected_and_added(tmp_path / "更正.xlsx", admin, NEW_ROWS)
    before = _written()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return not (total == 2 * NEW and (done > NEW if at == "writing" else True))

    with pytest.raises(Cancelled):
        xlsx.import_file(INCOMING, path, admin, on_match="update", progress=progress)
    assert _written() == before
    # checking reports NEW of 2 × NEW; writing goes on from there
    assert seen[-1][1] == 2 * NEW and (seen[-1][0] > NEW) is (at == "writing")
