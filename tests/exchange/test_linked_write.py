"""The import of a good 信息 file whose 续报 name 首报 of the same file is written as its check in
memory made it (core.batch_in_order, then core.batch_write with its InOrder): the records staged
before the write lock, copied in under it, a 续报's 首报 the id its row is given. Before, such a
file was written one by one under the lock (2,000 rows held it 8.5 s). What it writes is what
one by one wrote — records, the audit entries' content, numbers, the index — on SQLite and
PostgreSQL; another workstation saving meanwhile (a record, a number) is written around."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from officedesk.core import audit, batch_in_order, check, clock, info, records, settings
from officedesk.exchange import import_rows, xlsx
from officedesk.store import db as store_db
from officedesk.store.info import InfoItem
from tests.pg import reset_pg_schema

from .dry_runs import said, the_old_way
from .sheets import write_sheet
from .test_dry_run_no_lock import GOOD, TODAY, _first, _item, _later, _office
from .written import database_said

# 首报 of the file above their 续报, every number brought next in its sequence but one issued
LINKED = [_first("信息〔2026〕1号"), _item(1, 信息编号="信息〔2026〕2号"),
          _later("信息〔2026〕1号", 信息编号="信息〔2026〕3号"),
          _first("信息〔2026〕4号", 标题="城关镇山体滑坡", 报送单位="城关镇", 密级="非密"),
          _item(2, 信息编号="信息〔2026〕5号", 状态="已采用", 编发期号="每日要情 2026年第3期",
                采用情况="县级：每日要情 2026年第3期（2026-03-09）"),
          _later("信息〔2026〕4号", 报送时间="2026-03-01 16:00"),
          _later("信息〔2026〕1号", 信息编号="信息〔2026〕7号", 报送时间="2026-03-01 15:00", 正文="已处置完毕。"),
          _item(3, 信息编号="信息〔2026〕8号", 状态="已作废")]
# a past 台账 (--history): a 续报 above its 首报, numbers in no order, one issued
PAST_GOOD = [_later("信息〔2026〕1号", 信息编号="信息〔2026〕4号", 报送时间="2026-03-01 12:00"), _first("信息〔2026〕1号"),
             _item(1, 信息编号="信息〔2026〕2号"), _item(2), _later("信息〔2026〕1号", 信息编号="信息〔2026〕5号")]


def _sheet(tmp_path: Path, rows: list[dict[str, Any]]) -> Path:
    return write_sheet(info.SPEC, tmp_path / "信息.xlsx", rows)


def _stopped_clock(monkeypatch: Any) -> None:
    """The rows' stamps are in their digests: the clock stopped, so two ways compare."""
    still = time.time()
    monkeypatch.setattr(clock, "time", SimpleNamespace(time=lambda: still))


def _office_again(admin: Any, request: Any) -> None:
    """The office as the test began, on either database (SQLite: a new file; PostgreSQL: a new schema)."""
    if store_db.is_sqlite():
        target = store_db.database.obj.database
        store_db.close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)
        store_db.open_database(target)
    else:
        url = request.getfixturevalue("pg_url")
        store_db.close_database()
        reset_pg_schema(url)
        store_db.open_database(url)
    settings.forget_cache()
    _office(admin)


def _one_by_one_refused(monkeypatch: Any) -> None:
    def refused(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("written one by one")

    monkeypatch.setattr(import_rows, "write_rows", refused)


@pytest.mark.parametrize(("rows", "history"), [(GOOD, False), (GOOD, True), (LINKED, False), (LINKED, True),
                                                (PAST_GOOD, True)], ids=["good", "good-history", "linked",
                                                                    "linked-history", "past-history"])
def test_a_good_file_is_written_as_checked_and_as_one_by_one_wrote_it(
        any_db, admin, fixed_today, tmp_path, monkeypatch, request, rows, history):
    fixed_today(TODAY)
    _stopped_clock(monkeypatch)
    _office(admin)
    path = _sheet(tmp_path, rows)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin, history=history))
    assert before.ok and before.imported == len(rows), [str(p) for p in before.problems]
    written = database_said()
    _office_again(admin, request)
    with monkeypatch.context() as patched:
        _one_by_one_refused(patched)
        done = xlsx.import_file(info.SPEC, path, admin, history=history)
    assert said(done) == said(before)
    assert database_said() == written
    assert check.run_checks() == [] and audit.verify_chain() == []


@pytest.mark.parametrize("rows", [GOOD, LINKED], ids=["good", "linked"])
def test_another_workstation_saves_while_the_records_are_made(db, admin, fixed_today, tmp_path, rows):
    """The import's writing, as far as it is told (its progress), holds no lock until the records
    are made: another workstation's save goes through then (one by one, it waited for the whole
    file and failed after its busy timeout)."""
    fixed_today(TODAY)
    _office(admin)
    saves: list[str] = []

    def progress(done: int, total: int) -> bool:
        if done and not saves:  # the writing's first word (the check's say 0)
            other = sqlite3.connect(store_db.database.obj.database, timeout=0.2, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                saves.append("saved")
            except sqlite3.OperationalError as exc:
                saves.append(str(exc))
            finally:
                other.close()
        return True

    done = xlsx.import_file(info.SPEC, _sheet(tmp_path, rows), admin, progress=progress)
    assert done.ok and done.imported == len(rows), [str(p) for p in done.problems]
    assert saves == ["saved"]


def _meanwhile(monkeypatch: Any, admin: Any, **cells: Any) -> None:
    """Another workstation registers an item between the file's check and its writing."""
    real = batch_in_order.check_after_batch

    def checked_then_saved(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        records.create(info.SPEC, {"标题": "另一工作站登记的信息", "报送单位": "城关镇", "类别": "工作动态",
                                   "正文": "另一工作站。", **cells}, admin)
        return found

    monkeypatch.setattr(batch_in_order, "check_after_batch", checked_then_saved)


def test_a_record_saved_meanwhile_moves_the_ids_and_the_followups_follow(db, admin, fixed_today, tmp_path,
                                                                          monkeypatch):
    """Another workstation's item (numbered in an earlier year's sequence, which the file leaves alone)
    takes the id the check gave a 首报: the file's records take others, and each 续报 names its
    首报 by the id that 首报 was given."""
    fixed_today(TODAY)
    _office(admin)
    _meanwhile(monkeypatch, admin, 报送时间="2024-12-02 09:00")
    _one_by_one_refused(monkeypatch)
    done = xlsx.import_file(info.SPEC, _sheet(tmp_path, LINKED), admin)
    assert done.ok and done.imported == len(LINKED), [str(p) for p in done.problems]
    other = InfoItem.get(InfoItem.title == "另一工作站登记的信息")
    assert other.id == 2 and other.number == "信息〔2024〕1号"
    assert min(done.ids) > other.id
    for first, count in (("信息〔2026〕1号", 2), ("信息〔2026〕4号", 1)):
        item = InfoItem.get(InfoItem.number == first)
        followups = list(InfoItem.select().where(InfoItem.followup_of == item.id))
        assert len(followups) == count and item.id in done.ids
        assert all(f.id in done.ids and f.title.startswith(item.title) for f in followups)


def test_a_number_given_meanwhile_in_the_files_sequence_sends_it_one_by_one(
        db, admin, fixed_today, tmp_path, monkeypatch):
    """Another workstation's item is issued 信息〔2026〕1号 — a number the file brings — after the
    check: the numbers checked are not written; the file goes one by one, which refuses the row
    bringing it, as it would have, had the item been there first. Nothing is written."""
    fixed_today(TODAY)
    _office(admin)
    _meanwhile(monkeypatch, admin, 报送时间="2026-03-02 09:00")
    done = xlsx.import_file(info.SPEC, _sheet(tmp_path, LINKED), admin)
    assert not done.ok and done.imported == 0
    assert "信息〔2026〕1号" in " ".join(str(p) for p in done.problems)
    assert InfoItem.select().count() == 2
