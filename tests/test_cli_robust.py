"""The command line on bad ground: a database file cut to nothing, a full disk, a record id or a
year out of range, and any argument of the wrong kind. Each gets a Chinese message that says
what to do (exit 1, or 2 for wrong usage), never a Python traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from officedesk import cli

PASSWORD = "Geheim2026x"
BIG = "99999999999999999999999"  # more than a 64-bit integer holds
PETITION = ["add", "petitions", "信访形式=来信", "信访人=张某某", "问题类别=劳动社保",
            "反映内容=反映某企业拖欠工资三个月"]
DISK_FULL = "磁盘空间不足（或磁盘出错）"


class Office:
    """`officedesk … --db FILE` in this process (cli.main)."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, code: int = 0) -> tuple[str, str]:
        self.capsys.readouterr()
        result = cli.main([*args, "--db", str(self.db)])
        out, err = self.capsys.readouterr()
        assert result == code, (args, result, out, err)
        assert "Traceback" not in err and "程序内部出错" not in err, err
        return out, err


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", PASSWORD)
    return Office(tmp_path / "office.db", capsys)


@pytest.fixture
def office(run):
    run("init", "--org", "中共某某县委办公室", "--code", "某委办")
    return run


# ---------------------------------------------------------------- a blank database file


def test_an_empty_file_is_refused_not_used_as_a_new_database(run):
    run.db.write_bytes(b"")  # the office's database, truncated
    for args in (["steps", "petitions", "1"], PETITION, ["search", "张"], ["check"]):
        _, err = run(*args, code=1)
        assert "是空的（0 字节）" in err and "officedesk restore" in err and "officedesk init" in err
    assert run.db.stat().st_size == 0  # nothing was written into it
    run("init", "--org", "中共某某县委办公室", "--code", "某委办")  # asked for: a new database
    assert "已添加信访" in run(*PETITION)[0]


def test_a_file_without_tables_or_with_another_programs_tables_is_refused(run, tmp_path):
    with sqlite3.connect(run.db) as header_only:
        header_only.execute("pragma journal_mode = wal")  # writes the header, no table
    assert "中没有任何数据表" in run("steps", "petitions", "1", code=1)[1]
    assert run.db.stat().st_size > 0
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as foreign:
        foreign.execute("create table notes (text)")
    run.db = other
    for args in (["search", "张"], ["init", "--org", "中共某某县委办公室", "--code", "某委办"]):
        assert "不是本程序的数据库" in run(*args, code=1)[1]
    with sqlite3.connect(other) as foreign:  # untouched: no table of ours was made in it
        assert foreign.execute("select name from sqlite_master").fetchall() == [("notes",)]


def test_the_window_refuses_an_empty_file_but_makes_a_missing_one(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICEDESK_")}
    env.update(OFFICEDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8")
    root = Path(__file__).resolve().parent.parent

    def smoke(db: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "officedesk", "--smoke", "--db", str(db)],
                              cwd=root, env=env, capture_output=True, text=True, encoding="utf-8",
                              timeout=120, stdin=subprocess.DEVNULL)

    empty = tmp_path / "office.db"
    empty.write_bytes(b"")
    result = smoke(empty)
    assert result.returncode == 1 and "smoke ok" not in result.stdout
    assert "是空的（0 字节）" in result.stderr and "officedesk restore" in result.stderr
    assert empty.stat().st_size == 0
    result = smoke(tmp_path / "first.db")  # the first start on a new computer
    assert result.returncode == 0 and "smoke ok" in result.stdout, result.stderr
