"""A full disk met at COMMIT: SQLite in WAL mode writes a transaction's pages when it commits,
after the statements (each said by guarded()) have run. Core work whose transaction is no
guarded()'s (a 信访's 转督查 called directly, an import's rows) let the driver's error out —
"cannot rollback - no transaction is active" or "database or disk is full" — which the window
showed as a defect (程序出错, with a traceback). Now every write transaction says it: the
clerk's DatabaseError, nothing half-saved."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from officedesk.core import petitions, records
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import DatabaseError
from officedesk.store.db import database, write_transaction


def disk_full() -> peewee.OperationalError:
    """The driver's error as peewee raises it (SQLITE_FULL, its code on the wrapped error)."""
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13
    error.sqlite_errorname = "SQLITE_FULL"
    wrapped = peewee.OperationalError(error, *error.args)
    wrapped.__context__ = error
    return wrapped


def full_at_commit(monkeypatch) -> None:
    """The next COMMIT fails as on a full disk (the transaction is rolled back)."""
    real = database.obj.commit

    def commit() -> None:
        monkeypatch.setattr(database.obj, "commit", real)
        raise disk_full()

    monkeypatch.setattr(database.obj, "commit", commit)


def test_a_transfer_to_supervision_on_a_full_disk_is_said(db, monkeypatch):
    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, CLI_ACTOR)
    full_at_commit(monkeypatch)
    with pytest.raises(DatabaseError, match="磁盘空间不足.*清理磁盘空间后重试.*已输入的内容没有丢失"):
        petitions.to_supervision(petition.id, CLI_ACTOR)
    assert records.get(petitions.SPEC, petition.id, CLI_ACTOR).supervision_id is None
    assert records.count(sv.SPEC, CLI_ACTOR) == 0  # nothing half-saved


def test_any_write_transaction_says_it(db, monkeypatch):
    full_at_commit(monkeypatch)
    with pytest.raises(DatabaseError, match="磁盘空间不足"), write_transaction():
        database.execute_sql("create table scratch (n integer)")
    assert "scratch" not in database.get_tables()
    with write_transaction():  # the next one commits as ever
        database.execute_sql("create table scratch (n integer)")
    assert "scratch" in database.get_tables()
