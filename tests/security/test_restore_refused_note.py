"""A restore that gave up before replacing anything (the disk full, the database busy) leaves no
note of an unfinished restore: the copy it had kept aside is removed, and the next restore must
not say that the previous one did not finish nor point to that (deleted) copy."""

from __future__ import annotations

import sqlite3

import pytest

from officedesk.core import backups, records, restore_report
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import UNITS
from officedesk.core.errors import DatabaseError
from officedesk.store import backup as store_backup
from officedesk.store.db import database


def _full_disk(started):
    def progress(status, remaining, total):
        raise sqlite3.OperationalError("database or disk is full")

    return progress


@pytest.mark.parametrize("trouble", ["busy", "full"])
def test_a_restore_that_changed_nothing_leaves_no_note(db, tmp_path, monkeypatch, trouble):
    records.create(UNITS, {"单位名称": "县委办公室"}, CLI_ACTOR)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    records.create(UNITS, {"单位名称": "县政府办公室"}, CLI_ACTOR)
    path = database.obj.database
    if trouble == "busy":
        def gave_up(started):
            def progress(status, remaining, total):
                raise TimeoutError
            return progress
        monkeypatch.setattr(store_backup, "_give_up_when_busy", gave_up)
    else:
        monkeypatch.setattr(store_backup, "_give_up_when_busy", _full_disk)
    with pytest.raises(DatabaseError, match="没有恢复，数据库未改动"):
        backups.restore(CLI_ACTOR, copy)
    assert restore_report.earlier_restores(path) == []
    monkeypatch.undo()
    report = backups.restore(CLI_ACTOR, copy)
    assert "没有完成" not in report.summary()
    assert report.earlier == []
