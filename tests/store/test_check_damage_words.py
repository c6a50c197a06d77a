"""`check` on a damaged file says it in Chinese first, with what to do, and SQLite's English
after as a detail — never the English first, never 数据库文件已损坏 twice."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from officedesk.core import check
from officedesk.store.db_errors import translate_error
from tests.store.test_backup_trouble import _damage, _fill

LEAD = "数据库文件已损坏。请从最近的备份恢复（restore），并联系管理员。"


def _said(problems: list[check.Problem]) -> list[str]:
    return [p.message for p in problems if p.kind == check.INTEGRITY]


def test_damaged_pages_are_said_in_chinese_first(db):
    _fill(str(db.database))
    db.close()
    _damage(Path(db.database))
    db.connect()
    said = _said(check.check_integrity())
    assert said
    for message in said:
        assert message.startswith(LEAD), message
        assert message.count("已损坏") == 1, message
        assert "（SQLite 的原话：" in message and message.endswith("）"), message


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_check_sqlite_refuses_says_the_damage_once(db, monkeypatch, wrapped):
    """integrity_check itself refused: with the driver's error, or with the DamagedFileError
    (Chinese already) that store.db raises from it."""
    raw = peewee.DatabaseError("database disk image is malformed")
    error: peewee.DatabaseError = raw
    if wrapped:
        try:
            raise translate_error(raw) from raw
        except peewee.DatabaseError as exc:
            error = exc

    def refuse(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(db, "execute_sql", refuse)
    assert _said(check.check_integrity()) == [
        LEAD + "（SQLite 的原话：database disk image is malformed）"]
