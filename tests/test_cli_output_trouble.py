"""Trouble outside the database, told as it is: standard output that cannot be written after the
work was saved (`add … > /dev/full`: “没有写入数据库…请重试” had a script register the letter
twice); the anchor file given as an output (a PDF over it raised a false tampering alarm, and a
backup over it reported a backup that was not there); a damaged page read as text; a bad
OFFICEDESK_TODAY (a traceback)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from officedesk.store.models import IssuedNumber
from tests.test_cli_robust import PASSWORD, PETITION, Office

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    """A new office, its commands run in this process (tests.test_cli_robust.Office)."""
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", PASSWORD)
    run = Office(tmp_path / "office.db", capsys)
    run("init", "--org", "中共某某县委办公室", "--code", "某委办")
    return run


class _FullStream:
    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_output_lost_after_the_save_says_the_record_was_saved(office, monkeypatch):
    monkeypatch.setattr(sys, "stdout", _FullStream())
    _, err = office(*PETITION, "--json", code=1)
    assert IssuedNumber.select().where(IssuedNumber.kind == "petition").count() == 1
    assert "已经完成" in err and "不要重新执行" in err, err
    assert "没有写入" not in err and "重试" not in err, err


def test_no_output_over_the_anchor_file(office, tmp_path):
    from officedesk.core import anchor
    from officedesk.store import db as store_db

    office("check")
    store_db.open_database(str(office.db))
    path = anchor.anchor_path(store_db.database.obj)
    before = path.read_bytes()
    for args in (["print", "archive-list", "--year", "2026", "-o"], ["export", "units"],
                 ["template", "units"], ["backup"]):
        _, err = office(*args, str(path), code=1)
        assert "锚定文件" in err, (args, err)
    assert path.read_bytes() == before
    office("check")


def test_a_damaged_page_read_as_text_is_said_to_be_damage():
    import sqlite3

    from officedesk.store.db_errors import translate_error

    damaged = sqlite3.OperationalError("Could not decode to UTF-8 column 'updated_at' with text '2026-12--w\ufffdZ'")
    message = translate_error(damaged).message
    assert "损坏" in message and "恢复备份" in message, message


def test_a_bad_test_date_is_refused_without_a_traceback(tmp_path):
    env = dict(os.environ, OFFICEDESK_TODAY="2026-13-01", OFFICEDESK_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "officedesk", "check"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    assert "OFFICEDESK_TODAY" in done.stderr, done.stderr
