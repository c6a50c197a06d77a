"""`--db` naming a folder, a named pipe or a device: refused before SQLite opens it, saying what
it is and what to give instead. Before, a pipe was “磁盘空间不足（或磁盘出错）” (the disk was
fine), /dev/zero a truncated database to restore over or init anew, a folder “无法打开或写入数据库”."""

from __future__ import annotations

import os

import pytest

from officedesk import cli
from officedesk.store import db as store_db


def _refused(capsys, target: str, *command: str) -> str:
    capsys.readouterr()
    code = cli.main([*command, "--db", target])
    store_db.close_database()
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err, (code, err)
    return err.strip()


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Geheim2026x")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", [("list", "收文"), ("init", "--org", "中共某某县委办公室", "--code", "某委办")])
def test_a_named_pipe_is_no_database(tmp_path, home, capsys, command):
    pipe = tmp_path / "office.db"
    os.mkfifo(pipe)
    assert _refused(capsys, str(pipe), *command) == (
        f"“{pipe}”不是普通文件（是设备或管道），不能作数据库。请用 --db 给出本机关的数据库文件（.db）。")
    assert pipe.is_fifo()


def test_a_device_is_no_database(home, capsys):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    assert _refused(capsys, "/dev/zero", "list", "收文") == (
        "“/dev/zero”不是普通文件（是设备或管道），不能作数据库。请用 --db 给出本机关的数据库文件（.db）。")


def test_a_folder_is_no_database(tmp_path, home, capsys):
    folder = tmp_path / "办公"
    folder.mkdir()
    assert _refused(capsys, str(folder), "list", "收文") == (
        f"“{folder}”是文件夹，不是数据库文件。请用 --db 给出数据库文件本身（如 {folder / 'officedesk.db'}）。")
    assert list(folder.iterdir()) == []
