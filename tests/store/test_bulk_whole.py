"""A registry's table staged whole (bulk.stage(..., whole=True)): the temporary table is the
target's own, indexed as it is before the write lock, so that under the lock SQLite transfers
records and index entries as they are (INSERT … SELECT * between alike tables) instead of
building every row again — the rows written are the same as a direct insert's."""

from __future__ import annotations

import pytest

from officedesk.core import registry
from officedesk.store import bulk
from officedesk.store.db import database, is_sqlite, write_transaction

TABLE = ('create table "probe" ("id" integer not null primary key, "name" varchar(20) not null, '
         '"kind" varchar(8) not null default \'来信\', "due" date, "count" integer not null default 0, '
         '"note" text not null default \'\')')
INDEXES = ['create index "probe_name" on "probe" ("name")',
           'CREATE INDEX probe_kind_due ON probe(kind, "due" DESC)',  # unquoted, a descending column
           'create index "probe_due" on "probe" ("due") where due is not null']  # a partial index
ROWS = [(1, "张三", "来访", "2026-03-02"), (2, "李四", "来信", None), (3, "王'五", "网上", "2025-12-31")]


def _copy_ops(staged: bulk.Staged) -> set[str]:
    """The opcodes of the copy statement: the transfer reads each record whole (RowData) and
    makes none (MakeRecord)."""
    sql = f"explain insert into {bulk.target(staged.table)} select * from {staged.source}"
    return {row[1] for row in database.execute_sql(sql).fetchall()}


def _made(rows: list[tuple], whole: bool, before: int = 0) -> list[tuple]:
    """The table made with its indexes and `before` rows in it, then the rows staged (only their
    id, name, kind and due named: the others take their defaults) and copied in; every column
    read back."""
    database.execute_sql(TABLE)
    for sql in INDEXES:
        database.execute_sql(sql)
    for n in range(before):
        database.execute_sql(f"insert into probe (id, name) values ({100 + n}, '先{n}')")
    staged = bulk.stage("probe", ["id", "name", "kind", "due"], rows[:1], whole=whole)
    try:
        bulk.stage("probe", ["id", "name", "kind", "due"], rows[1:], staged, whole=whole)
        bulk.index_staged([staged])
        if whole and is_sqlite():
            assert staged.whole and {"RowData"} <= _copy_ops(staged) and "MakeRecord" not in _copy_ops(staged)
        with write_transaction():
            bulk.copy_staged(staged)
    finally:
        bulk.drop_staged([staged])
    read = database.execute_sql("select * from probe order by id").fetchall()
    database.execute_sql("drop table probe")
    # PostgreSQL reads a date back as one
    return [tuple(value.isoformat() if hasattr(value, "isoformat") else value for value in row) for row in read]


@pytest.mark.parametrize("before", [0, 3])
def test_rows_staged_whole_are_written_as_staged_any_other_way(any_db, before):
    assert _made(ROWS, whole=True, before=before) == _made(ROWS, whole=False, before=before)
    written = _made(ROWS, whole=True, before=before)
    assert [row[:4] for row in written[:3]] == [(i, name, kind, due) for i, name, kind, due in ROWS]
    assert {row[4:] for row in written} == {(0, "")}  # the table's own defaults
    if is_sqlite():  # the indexes hold the rows: a lookup by each finds them
        assert database.execute_sql("pragma integrity_check").fetchone()[0] == "ok"


def test_indexes_missed_before_the_lock_are_made_at_the_copy(db):
    database.execute_sql(TABLE)
    database.execute_sql(INDEXES[0])
    staged = bulk.stage("probe", ["id", "name"], [(1, "甲"), (2, "乙")], whole=True)
    try:
        with write_transaction():
            bulk.copy_staged(staged)  # no index_staged before
    finally:
        bulk.drop_staged([staged])
    assert database.execute_sql("select id from probe indexed by probe_name where name = '乙'").fetchall() == [(2,)]


@pytest.mark.parametrize("kind", ["unique", "foreign key", "trigger"])
def test_a_table_sqlite_would_not_transfer_into_is_staged_as_before(db, kind):
    database.execute_sql('create table "probe" ("id" integer not null primary key, "name" text not null'
                         + (', "parent" integer references "room" ("id")' if kind == "foreign key" else "") + ")")
    if kind == "unique":
        database.execute_sql('create unique index "probe_name" on "probe" ("name")')
    if kind == "trigger":
        database.execute_sql('create trigger probe_kept before delete on probe begin select raise(abort, \'no\'); end')
    staged = bulk.stage("probe", ["id", "name"], [(1, "甲")], whole=True)
    try:
        assert not staged.whole
        with write_transaction():
            bulk.copy_staged(staged)
    finally:
        bulk.drop_staged([staged])
    assert database.execute_sql("select id, name from probe").fetchall() == [(1, "甲")]


# the registries of the office's work (the 通讯录's units and people have foreign keys, ranks and
# rooms unique names: small tables, copied as before). Not 会议 since schema 41: its 发文字号's
# unique index (one number, one notice) is worth the copy row by row — a few thousand meetings
# a year; 1,000 rows into 5,000 took 25 ms under the lock instead of 16 ms, 50,000 into 50,000
# 345 ms instead of 258 ms
WORK = ["incoming", "outgoing", "supervision", "petitions", "complaints", "info"]


def test_every_work_registrys_table_is_transferred_whole(db):
    """A migration giving a registry's table a unique index, a foreign key or a trigger would
    silently put its import back on building every row under the lock."""
    for spec in map(registry.get, WORK):
        model = spec.model
        names = [name for name in model._meta.fields if name != "id"]
        staged = bulk.stage(model, ["id", *names], [], whole=True)
        try:
            bulk.index_staged([staged])
            assert staged.whole, spec.name
            ops = _copy_ops(staged)
            assert "RowData" in ops and "MakeRecord" not in ops, spec.name
        finally:
            bulk.drop_staged([staged])
