"""A dry run watched for the write lock: another workstation holds SQLite's (BEGIN IMMEDIATE on a
second connection) and this one waits for it only a moment, so a dry run that takes it fails
(数据库正被其他程序占用) instead of waiting; and what the old way — the rows written one by one
under the lock, then undone — reports of the same file, to compare."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import Any

from officedesk.exchange import importing
from officedesk.store import db as store_db


@contextlib.contextmanager
def write_lock_held_elsewhere() -> Iterator[None]:
    """Within: the database's write lock held by another connection; this one gives up after
    0.2 s (its busy timeout is 10 s otherwise)."""
    other = sqlite3.connect(store_db.database.obj.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store_db.database.execute_sql("PRAGMA busy_timeout = 200")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()
        store_db.database.execute_sql("PRAGMA busy_timeout = 10000")


def said(report: Any) -> dict[str, Any]:
    """What a report tells the clerk: its summary, rows, counts and every problem."""
    return {**report.as_dict(), "summary": str(report.summary()), "bad_rows": sorted(report.bad_rows)}


def the_old_way(monkeypatch: Any, fn: Any) -> Any:
    """`fn()` with the linked rows' check in memory left out: the rows written one by one under
    the write lock and undone, as before."""
    with monkeypatch.context() as patched:
        patched.setattr(importing, "check_in_order", lambda *args, **kwargs: None, raising=False)
        return fn()
