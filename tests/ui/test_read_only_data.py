"""An intact database in a folder the program cannot write (a read-only disk, no permission):
SQLite cannot open it (in WAL mode it must make -wal and -shm beside it). The window's start
and the command line say that the folder cannot be written and what to do; never that the file
is damaged, never the restore that would lose everything entered since the last backup."""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from pathlib import Path

import pytest

from officedesk import cli
from officedesk.core.backups import damaged_hint
from officedesk.store import db as store_db


class _RefusingConnection:
    """What sqlite3 gives for a file it cannot open: the connection, then an error at the first
    statement (SQLite opens the file lazily)."""

    def execute(self, *args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    def close(self) -> None:
        pass


@pytest.fixture
def read_only_data(tmp_path, monkeypatch) -> Path:
    """The data folder of an intact office database, made read-only. As root a chmod stops
    nothing: then SQLite's answer for such a folder (seen on a read-only mount: "unable to open
    database file" on opening, read-only too) and os.access's are given instead."""
    home = tmp_path / "home"
    monkeypatch.setenv("OFFICEDESK_HOME", str(home))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    data = home / "data"
    data.mkdir(parents=True)
    file = data / "officedesk.db"
    assert cli.main(["init", "--org", "云州市委办公室", "--code", "云委办", "--db", str(file)]) == 0
    store_db.close_database()
    if os.geteuid() != 0:
        data.chmod(0o555)
        yield file
        data.chmod(0o755)
        return
    real_connect, real_access = sqlite3.connect, os.access

    def inside(name: object) -> bool:
        return str(data) in urllib.parse.unquote(str(name))

    def connect(database, *args, **kwargs):
        if inside(database):
            if kwargs.get("uri"):
                return _RefusingConnection()
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and inside(path):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(os, "access", access)
    yield file


def _says_the_folder(text: str, file: Path) -> None:
    assert f"“{file.parent}”" in text, text
    assert "写入" in text and "权限" in text, text
    assert "OFFICEDESK_HOME" in text and "--db" in text, text  # where else the data may live
    assert "restore" not in text and "已损坏" not in text, text


def test_the_file_is_not_called_damaged(read_only_data):
    assert damaged_hint(str(read_only_data)) is None


def test_the_window_says_the_folder_cannot_be_written(read_only_data, boxes, qtbot, capsys):
    assert cli.main([]) != 0
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "无法打开数据库"
    _says_the_folder(text, read_only_data)
    assert "Traceback" not in capsys.readouterr().err


def test_the_box_title_follows_the_interface_language(read_only_data, boxes, qtbot):
    assert cli.main(["--lang", "en"]) != 0
    assert boxes[0][0] == "Cannot open the database"


def test_the_command_line_says_the_same(read_only_data, boxes, qtbot, capsys):
    assert cli.main(["--smoke"]) != 0
    smoke = capsys.readouterr().err
    assert cli.main(["users", "list"]) != 0
    err = capsys.readouterr().err
    assert boxes == []
    _says_the_folder(err, read_only_data)
    assert err.strip() == smoke.strip()
