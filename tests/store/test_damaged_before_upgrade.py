"""A damaged database file of an older version (the program was just upgraded): opening it
takes a backup before the schema changes, which a damaged file refuses. Every command then
said “备份没有完成 … 运行 officedesk check 可查看损坏之处” — of a backup nobody asked for —
and `check` itself said the same, so the clerk was sent round in a circle. Now the upgrade
says why it stopped and what to do, and `check` reports the damage without upgrading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from officedesk.store.migrations import LATEST
from tests.cli_office import office  # noqa: F401  (the fixture)


def _older_and_damaged(path: Path) -> None:
    """The office's file as the program before this one left it (its last upgrade not yet
    applied: the migration adds what is missing), with 16 KB of garbage in the middle."""
    with sqlite3.connect(path) as connection:
        connection.execute("create table filler (id integer primary key, body text)")
        connection.executemany("insert into filler (body) values (?)", [("填充" * 100,)] * 4000)
        connection.execute("delete from schema_version where version = ?", (LATEST,))
    with sqlite3.connect(path) as connection:
        connection.execute("pragma wal_checkpoint(truncate)")
    with path.open("r+b") as stream:
        stream.seek(path.stat().st_size // 2)
        stream.write(b"\xde\xad\xbe\xef" * 4096)


def test_a_damaged_file_to_be_upgraded_is_told_as_such_and_check_reports_it(office) -> None:  # noqa: F811
    office("list", "信访")  # the office's file made, then left
    _older_and_damaged(office.db)
    _, said = office("list", "信访", code=1)
    assert "已损坏" in said and "升级" in said and "没有改动" in said, said
    assert "备份没有完成" not in said and "restore" in said, said
    out, said = office("check", code=1)
    assert "[数据库文件]" in said and "已损坏" in said, said
    assert "备份没有完成" not in said + out
