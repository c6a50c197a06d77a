"""保密 of the people an imported batch names (core.batch): the rows are checked without the write
lock, so a user lowered between the check and the write (another workstation's change) must not
let a row naming him in: the write compares the users it checked against (rules_read.names_read)
and the batch is checked again under the users as they are now."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from officedesk.core import batch_write
from tests.cli_office import Office, office, with_users  # noqa: F401 (the fixture)


@pytest.fixture
def low(office, monkeypatch):  # noqa: F811
    return with_users(office, monkeypatch, ("mid", "徐明", "领导", "机密"))


def _petitions(run: Office) -> int:
    with sqlite3.connect(run.db) as conn:
        return conn.execute("select count(*) from petition").fetchone()[0]


def _sheet(path, receiver: str):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["登记日期", "信访形式", "信访人", "问题类别", "反映内容", "接待人", "密级"])
    for n in range(3):
        sheet.append(["2026-11-16", "来信", f"张某{n}", "劳动社保", "反映拖欠工资", receiver, "机密"])
    book.save(path)
    return path


def _lowered_before_the_write(monkeypatch, run: Office, username: str, *changes: str) -> list[int]:
    """batch_write.write, with the user changed first — as by another workstation, after the
    batch's check and before its write. The calls counted."""
    write = batch_write.write
    calls: list[int] = []

    def changed_meanwhile(*args, **kwargs):
        if not calls:
            run("users", "set", username, *changes)
        calls.append(1)
        return write(*args, **kwargs)

    monkeypatch.setattr(batch_write, "write", changed_meanwhile)
    return calls


def test_a_user_lowered_between_the_check_and_the_write_is_not_named(low: Office, tmp_path, monkeypatch):
    calls = _lowered_before_the_write(monkeypatch, low, "mid", "密级=公开")
    _out, err = low("import", "petitions", str(_sheet(tmp_path / "p.xlsx", "徐明")), code=1)
    assert "接待人徐明（公开）的密级权限低于它" in err
    assert len(calls) == 1  # checked again: refused before a second write
    assert _petitions(low) == 0


def test_a_user_change_that_does_not_matter_lets_the_batch_in(low: Office, tmp_path, monkeypatch):
    low("users", "add", "other", "姓名=王其", "角色=科员", "密级=公开")
    _lowered_before_the_write(monkeypatch, low, "other", "姓名=王其他")
    out, _err = low("import", "petitions", str(_sheet(tmp_path / "p.xlsx", "徐明")))
    assert "3" in out
    assert _petitions(low) == 3
