"""An import with no row left to write — every row of the file a record already (refused or
skipped), unchanged (--update), or refused by its cells — takes no write lock, dry run or not:
before, it took the lock to write nothing and undo it (another workstation holding it, the dry run
of a register's own export failed with 数据库正被其他程序占用). What it says is what the import
says of the same file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import records
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from tests.exchange.test_import_batch import sheet_of
from tests.write_locks import watch_write_locks

from .dry_runs import said, write_lock_held_elsewhere

HEADERS = ["收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "份数"]
ROWS = 6


def _rows(date: str = "2026-03-01") -> list[dict[str, Any]]:
    return [{"收文日期": date, "来文机关": "市委办公室", "来文字号": f"市委办〔2026〕{i + 1}号",
             "标题": f"来文第{i}件", "文种": "通知", "密级": "", "份数": 2} for i in range(ROWS)]


@pytest.fixture
def exported(db, admin, fixed_today, tmp_path) -> Path:
    """An office of ROWS 收文, and its own export."""
    fixed_today(dt.date(2026, 3, 2))
    made = xlsx.import_file(INCOMING, sheet_of(tmp_path / "收文.xlsx", _rows(), HEADERS), admin)
    assert made.ok and made.imported == ROWS, made.problems
    path = tmp_path / "导出.xlsx"
    xlsx.export(INCOMING, path, admin)
    return path


def _told(report: Any) -> dict[str, Any]:
    """What a report says of the rows, a dry run's and the import's alike."""
    told = said(report)
    for key in ("dry_run", "summary", "skipped", "ids", "imported"):
        told.pop(key, None)
    return told


def _versions() -> list[tuple[int, int]]:
    return [(doc.id, doc.version) for doc in INCOMING.model.select().order_by(INCOMING.model.id)]


@pytest.mark.parametrize("options", [
    {}, {"on_match": "skip"}, {"on_match": "update"}, {"history": True}, {"history": True, "on_match": "skip"},
    {"skip_bad": True},
], ids=["refused", "skipped", "unchanged", "history-refused", "history-skipped", "skip-bad"])
def test_a_register_imported_over_itself_takes_no_lock(exported, admin, monkeypatch, options):
    before = _versions()
    locks = watch_write_locks(monkeypatch, records)
    with write_lock_held_elsewhere():
        dry = xlsx.import_file(INCOMING, exported, admin, dry_run=True, **options)
        done = xlsx.import_file(INCOMING, exported, admin, **options)
    assert locks == []
    assert _told(dry) == _told(done)
    assert dry.imported == done.imported == 0 and not done.updated and done.ids == []
    assert done.skipped == (0 if options.get("on_match") in ("skip", "update") and not done.problems else ROWS)
    assert _versions() == before
    if options.get("on_match") == "update":
        assert dry.ok and done.ok and done.unchanged == ROWS
    elif options.get("on_match") == "skip":
        assert dry.ok and done.ok and done.matched_skipped == ROWS
    else:
        assert not done.ok and done.bad_rows == set(range(2, ROWS + 2))


@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_an_update_every_row_of_which_is_refused_by_its_cells_takes_no_lock(exported, admin, monkeypatch, skip_bad):
    book = openpyxl.load_workbook(exported)
    sheet = book.worksheets[0]
    column = [cell.value for cell in sheet[1]].index("收文日期") + 1
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=column, value="三月一日前后")
    book.save(exported)
    before = _versions()
    locks = watch_write_locks(monkeypatch, records)
    with write_lock_held_elsewhere():
        dry = xlsx.import_file(INCOMING, exported, admin, dry_run=True, on_match="update", skip_bad=skip_bad)
        done = xlsx.import_file(INCOMING, exported, admin, on_match="update", skip_bad=skip_bad)
    assert locks == []
    assert _told(dry) == _told(done)
    assert done.bad_rows == set(range(2, ROWS + 2)) and not done.updated and done.skipped == ROWS
    assert {problem.column for problem in done.problems} == {"收文日期"}
    assert _versions() == before
