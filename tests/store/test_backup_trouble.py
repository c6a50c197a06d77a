"""Backup and restore when something is wrong: a damaged database, another program holding
the write lock, a full disk. Each is refused with a message that says what happened and what
to do, and leaves no half-made file behind."""

from __future__ import annotations

import functools
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from officedesk import paths
from officedesk.core import backups, records, restore_report
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import UNITS
from officedesk.core.errors import DatabaseError
from officedesk.store import backup as store_backup
from officedesk.store.models import AuditEntry


def _fill(db_path: str) -> None:
    """Enough rows for a file of many pages, all in the main file (no WAL left)."""
    with sqlite3.connect(db_path) as connection:
        connection.execute("create table filler (id integer primary key, body text)")
        connection.executemany("insert into filler (body) values (?)", [("填充" * 100,)] * 4000)
    with sqlite3.connect(db_path) as connection:
        connection.execute("pragma wal_checkpoint(truncate)")


def _damage(path: Path, at: int | None = None) -> None:
    """16 KB of garbage, in the middle of the file unless said where."""
    with path.open("r+b") as stream:
        stream.seek(path.stat().st_size // 2 if at is None else at)
        stream.write(b"\xde\xad\xbe\xef" * 4096)


def _copies(db) -> list[Path]:
    return sorted(paths.backup_dir().glob(f"{Path(db.database).stem}-v0-*.db"))


def test_a_backup_of_a_damaged_database_is_refused_and_removed(db, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    _fill(str(db.database))
    _damage(Path(db.database))
    target = tmp_path / "bk_mid.db"
    with pytest.raises(DatabaseError) as refused:
        backups.backup(CLI_ACTOR, target)
    message = refused.value.message
    assert "已损坏" in message and "备份没有完成" in message
    assert "恢复" in message and "管理员" in message and "check" in message
    assert not target.exists() and not backups.companion(target).exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("bk_mid")] == []
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.summary == "备份到 bk_mid.db 未完成"  # the log does not claim a backup


def test_a_damaged_backup_is_called_damaged_not_foreign(db, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    _fill(str(db.database))
    good = backups.backup(CLI_ACTOR, tmp_path / "good.db").path
    _damage(good, at=100)  # past the header: still an SQLite file, SQLite calls it malformed
    with pytest.raises(DatabaseError) as refused:
        backups.restore(CLI_ACTOR, good)
    message = refused.value.message
    assert "已损坏" in message and "不是 OfficeDesk 的备份文件" not in message
    assert records.count(UNITS, CLI_ACTOR) == 1


HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("begin immediate")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_restore_gives_up_while_another_program_holds_the_write_lock(db, tmp_path, monkeypatch):
    monkeypatch.setattr(store_backup, "LOCK_WAIT", 1.0)
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    records.create(UNITS, {"单位名称": "秘书科"}, CLI_ACTOR)
    before = _copies(db)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db.database), "20"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(DatabaseError) as refused:
            backups.restore(CLI_ACTOR, copy)
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
        holder.wait()
    message = refused.value.message
    assert "占用" in message and "没有恢复" in message and "稍候再试" in message
    assert _copies(db) == before  # a refused attempt leaves no safety copy
    assert records.count(UNITS, CLI_ACTOR) == 2


def _full_disk(monkeypatch) -> None:
    """sqlite3 as store.backup sees it: writing a `.part` copy fails as on a full disk, after
    SQLite made its rollback journal beside it."""

    class Full(sqlite3.Connection):
        def backup(self, target, *args, **kwargs):  # type: ignore[override]
            name = target.execute("pragma database_list").fetchone()[2]
            if name.endswith(".part"):
                Path(name + "-journal").write_bytes(b"journal")
                raise sqlite3.OperationalError("database or disk is full")
            return super().backup(target, *args, **kwargs)

    fake = types.ModuleType("sqlite3")
    fake.__dict__.update(sqlite3.__dict__)
    fake.connect = functools.partial(sqlite3.connect, factory=Full)  # type: ignore[attr-defined]
    monkeypatch.setattr(store_backup, "sqlite3", fake)


def test_a_backup_to_a_full_disk_leaves_no_journal(db, tmp_path, monkeypatch):
    _full_disk(monkeypatch)
    with pytest.raises(DatabaseError) as refused:
        store_backup.backup_to(db, tmp_path / "full.db")
    assert "磁盘空间不足" in refused.value.message
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("full")] == []


def test_a_restore_on_a_full_disk_says_nothing_was_restored(db, tmp_path, monkeypatch):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    records.create(UNITS, {"单位名称": "秘书科"}, CLI_ACTOR)
    _full_disk(monkeypatch)
    with pytest.raises(DatabaseError) as refused:
        backups.restore(CLI_ACTOR, copy)
    message = refused.value.message
    assert "磁盘空间不足" in message and "没有恢复" in message and "未改动" in message
    assert "另存" in message  # why a copy was being made at all
    assert records.count(UNITS, CLI_ACTOR) == 2
    assert not list(paths.backup_dir().glob("*.part*"))


def _shm_cannot_grow(monkeypatch) -> None:
    """sqlite3 as store.backup sees it on a full disk: reading the healthy WAL database fails
    with "disk I/O error" (SQLITE_IOERR_SHMSIZE: its -shm cannot grow)."""

    class Full(sqlite3.Connection):
        def execute(self, sql, *args, **kwargs):  # type: ignore[override]
            if "quick_check" in sql:
                raise sqlite3.OperationalError("disk I/O error")
            return super().execute(sql, *args, **kwargs)

    fake = types.ModuleType("sqlite3")
    fake.__dict__.update(sqlite3.__dict__)
    fake.connect = functools.partial(sqlite3.connect, factory=Full)  # type: ignore[attr-defined]
    monkeypatch.setattr(store_backup, "sqlite3", fake)


def test_a_full_disk_is_not_called_damage(db, tmp_path, monkeypatch):
    """A healthy database SQLite cannot read for want of disk space is no damaged file: restore
    does not keep it aside as damaged nor say so."""
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    _shm_cannot_grow(monkeypatch)
    assert store_backup.file_damage(db.database) is None
    report = backups.restore(CLI_ACTOR, copy)
    assert report.damaged == "" and "已损坏" not in report.summary()


def test_a_full_disk_before_the_copy_says_nothing_was_restored(db, tmp_path, monkeypatch):
    from officedesk.store.db_errors import disk_full_error

    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path

    def full(*_args, **_kwargs):
        try:
            raise sqlite3.OperationalError("disk I/O error")
        except sqlite3.OperationalError as exc:
            raise disk_full_error(db.database) from exc

    monkeypatch.setattr(backups.anchor, "high_water", full)
    with pytest.raises(DatabaseError) as refused:
        backups.restore(CLI_ACTOR, copy)
    message = refused.value.message
    assert message.startswith("磁盘空间不足，没有恢复，数据库未改动")
    assert "已损坏" not in message and "另存为" not in message
    assert not Path(str(db.database) + ".restoring.json").exists()
    assert records.count(UNITS, CLI_ACTOR) == 1


def test_a_note_the_full_disk_cut_short_is_not_left(tmp_path, monkeypatch):
    """The note of a restore under way, written on a full disk: no empty .restoring.json."""
    import errno

    path = str(tmp_path / "f.db")

    def cut_short(self, *_args, **_kwargs):
        self.write_bytes(b"")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", cut_short)
    restore_report.noting(path, [], tmp_path / "copy.db", {})(tmp_path / "kept.db")
    assert not Path(path + ".restoring.json").exists()


def test_the_command_line_restore_on_a_full_disk_says_nothing_was_restored(tmp_path, monkeypatch):
    """`restore` where opening the healthy database fails for want of disk space (SQLite's
    -shm cannot grow): said as a restore not done, not as the opening's unwritten record."""
    import argparse

    from officedesk import cli_commands
    from officedesk.store.db_errors import disk_full_error

    target = tmp_path / "f.db"
    with sqlite3.connect(target) as connection:
        connection.execute("create table t (x)")

    def full(_args):
        try:
            raise sqlite3.OperationalError("disk I/O error")
        except sqlite3.OperationalError as exc:
            raise disk_full_error(target) from exc

    monkeypatch.setattr(cli_commands, "open_db", full)
    args = argparse.Namespace(db=str(target), file=str(tmp_path / "copy.db"), replace_office=False)
    with pytest.raises(DatabaseError) as refused:
        cli_commands.cmd_restore(args)
    assert refused.value.message.startswith("磁盘空间不足，没有恢复，数据库未改动")
