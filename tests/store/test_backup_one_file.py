"""A backup is one file a clerk can copy to a USB stick: no empty -wal/-shm left beside it
(the copy came out in WAL mode, and reading it back made them), and it opens as it is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from officedesk.core import backups, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import UNITS
from officedesk.store import backup as store_backup
from tests.cli_office import new_office


def _beside(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


def test_a_backup_leaves_nothing_but_itself_and_its_anchor(db, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    usb = tmp_path / "usb"
    backups.backup(CLI_ACTOR, usb / "bk.db")
    # the anchor (.anchor.json) is the chain's head kept apart on purpose (README 防篡改)
    assert _beside(usb, "bk.db") == ["bk.db", "bk.db.anchor.json"]
    with sqlite3.connect(f"{(usb / 'bk.db').as_uri()}?mode=ro", uri=True) as copy:
        assert copy.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert _beside(usb, "bk.db") == ["bk.db", "bk.db.anchor.json"]  # read again: still one file


def test_a_copy_kept_aside_is_one_file_too(db, tmp_path):
    store_backup.backup_to(db, tmp_path / "aside.db", verify=False)
    store_backup.check_sqlite_file(tmp_path / "aside.db")
    assert _beside(tmp_path, "aside.db") == ["aside.db"]


def test_the_backup_command_leaves_one_file(tmp_path, monkeypatch, capsys):
    office = next(new_office(tmp_path, monkeypatch, capsys))
    usb = tmp_path / "usb"
    usb.mkdir()
    office("backup", str(usb / "备份.db"))
    assert _beside(usb, "备份.db") == ["备份.db", "备份.db.anchor.json"]
    office("restore", str(usb / "备份.db"))  # and it restores as it is
    assert _beside(usb, "备份.db") == ["备份.db", "备份.db.anchor.json"]
