"""An older office's database on a disk with no room for the backup an upgrade takes first (the
program was just upgraded). Every command said “磁盘空间不足，备份未完成：…backups/…db。请清理
磁盘或换一个位置” — a backup nobody asked for, and a place the clerk cannot choose. Now the
upgrade says it stopped, that nothing changed, and how much room it needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from officedesk.store.migrations import LATEST
from tests.cli_office import office  # noqa: F401  (the fixture)


def _older(path: Path) -> None:
    """The office's file as the program before this one left it (its last upgrade not yet
    applied: the migration adds what is missing)."""
    with sqlite3.connect(path) as connection:
        connection.execute("delete from schema_version where version = ?", (LATEST,))


def _no_room_for_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy being written (…db.part) may not grow past two pages: SQLite's own “database or
    disk is full” (SQLITE_FULL), as on a disk with no room left."""
    real = sqlite3.connect

    def connect(target, *args, **kwargs):
        connection = real(target, *args, **kwargs)
        if str(target).endswith(".part"):
            connection.execute("pragma max_page_count = 2")
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_no_room_for_the_upgrade_s_backup_is_said_as_the_upgrade_that_stopped(office, monkeypatch) -> None:  # noqa: F811
    office("list", "信访")  # the office's file made, then left
    _older(office.db)
    with monkeypatch.context() as patched:
        _no_room_for_copies(patched)
        _, said = office("list", "信访", code=1)
    assert "磁盘空间不足" in said and "升级" in said and "没有改动" in said, said
    assert "MB" in said, said  # the room it needs
    assert "换一个位置" not in said and "备份未完成" not in said, said
    with sqlite3.connect(office.db) as connection:  # not upgraded, nothing half done
        assert not connection.execute("select 1 from schema_version where version = ?", (LATEST,)).fetchone()
    office("list", "信访")  # room made: the upgrade runs
    office("check")
