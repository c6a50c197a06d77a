"""Index entries that catch up after a big write (SQLite).

Filling the FTS table is a third of a 100,000-row import's write lock (about 1 s of 3 s in an
office already holding 100,000 records), and another workstation's save waits for all of it.
So a batch writes its records and their kept text (search_doc) under the lock, and only lists
their documents as pending here; once it has committed, the FTS rows are filled a chunk at a
time, each chunk a short transaction of its own, with a pause between them in which a waiting
save gets the lock. Until then the searches find a pending document by its kept text, as a
full scan would (store/search_index.py), so no hit is ever missed.

A document stays pending only while its chunk waits: the program that wrote it fills it, or, if
it stopped first (closed, crashed), the next program to open the database does, from search_doc.
A pending document written again (edited, removed) simply leaves the list: an FTS row it never
had must not be deleted from the contentless table (that would corrupt the index).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import peewee

from officedesk.store.bulk import Staged
from officedesk.store.db import database, is_sqlite, write_transaction
from officedesk.store.search_words import tokens

# "search_fts…": copied by no backup check or transfer, as the FTS table's own are not
PENDING = "search_fts_pending"
PENDING_SQL = f"create table if not exists {PENDING} (id integer primary key)"
# documents a transaction fills: 0.3-0.5 s of the lock on this 2-core machine (100,000 onto as many)
CHUNK = 20_000
# the lock let go this long between chunks: SQLite's busy handler retries a waiting save at
# least every 100 ms, so it gets in before the next chunk
PAUSE = 0.12
# a batch this small is indexed under its own lock, as before: no pause, nothing pending
DEFER_FROM = 5_000


def create_table(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        db.execute_sql(PENDING_SQL)


def defer(staged: Staged) -> None:
    """Under the write lock: the staged FTS rows' documents listed as pending, not indexed."""
    database.execute_sql(f'insert or ignore into {PENDING} (id) select "rowid" from {staged.source}')


def deferrable(staged: Sequence[Staged]) -> bool:
    """A batch's staged index rows (search_doc's, then the FTS table's) that may wait for the
    commit: on SQLite, a big one, written by the outermost transaction (one nested in a
    longer write would leave its documents pending past its end)."""
    return (is_sqlite() and len(staged) == 2 and staged[1].count >= DEFER_FROM
            and not database.obj.in_transaction())


def pending(doc_ids: Sequence[int]) -> set[int]:
    """Which of these documents wait for their FTS rows."""
    found: set[int] = set()
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start:start + 500]
        found.update(int(row[0]) for row in database.execute_sql(
            f"select id from {PENDING} where id in ({', '.join('?' for _ in chunk)})", chunk).fetchall())
    return found


def take_out(doc_ids: Sequence[int]) -> set[int]:
    """These documents' FTS rows are about to be written anew (or the documents removed):
    those pending leave the list. Returns them: they have no FTS row to delete."""
    waiting = pending(doc_ids) if _any() else set()
    for doc_id in waiting:
        database.execute_sql(f"delete from {PENDING} where id = ?", (doc_id,))
    return waiting


def _any() -> bool:
    try:
        return database.execute_sql(f"select exists (select 1 from {PENDING})").fetchone()[0] == 1
    except peewee.OperationalError:  # a migration before schema 39 indexing records again
        return False


def catch_up(staged: Staged | None = None) -> int:
    """Fill the pending documents' FTS rows, a chunk a transaction, from `staged` (the batch's
    FTS rows, made already) or else from their kept text. Returns how many were filled."""
    if not is_sqlite() or not _any():
        return 0
    filled = 0
    while True:
        # the lock let go first: a save that waited for the write before, or for the chunk
        # before, takes it now (SQLite's busy handler would miss a gap of no time at all)
        _pause()
        with write_transaction():
            ids = [int(row[0]) for row in database.execute_sql(
                f"select id from {PENDING} order by id limit ?", (CHUNK,)).fetchall()]
            if not ids:
                return filled
            _fill(ids[0], ids[-1], staged)
            database.execute_sql(f"delete from {PENDING} where id between ? and ?", (ids[0], ids[-1]))
        filled += len(ids)
        if len(ids) < CHUNK or not _any():
            return filled


def _pause() -> None:
    time.sleep(PAUSE)


def _fill(low: int, high: int, staged: Staged | None) -> None:
    """The FTS rows of the pending documents from low to high, in rowid order (see
    search_index.upsert_many: a rowid below the one before starts a new segment)."""
    connection = database.connection()
    waiting = f"(select id from {PENDING} where id between ? and ?)"
    if staged is not None:
        connection.execute(
            f'insert into search_fts (rowid, t) select "rowid", t from {staged.source} '
            f'where "rowid" between ? and ? and "rowid" in {waiting} order by "rowid"',
            (low, high, low, high))
        rest = connection.execute(
            f"select d.id, d.body from search_doc d where d.id in {waiting} and d.id not in "
            f'(select "rowid" from {staged.source} where "rowid" between ? and ?) order by d.id',
            (low, high, low, high)).fetchall()
    else:
        rest = connection.execute(f"select d.id, d.body from search_doc d where d.id in {waiting} order by d.id",
                                  (low, high)).fetchall()
    connection.executemany("insert into search_fts (rowid, t) values (?, ?)",
                           [(doc_id, tokens(body or "")) for doc_id, body in rest])


def clear(db: peewee.Database) -> None:
    """Every document indexed again from its kept text (search_index.rebuild_fts): none waits
    (a migration before the list was made has none)."""
    if PENDING in db.get_tables():
        db.execute_sql(f"delete from {PENDING}")

