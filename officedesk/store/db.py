"""The database proxy and how a database is opened: an SQLite file or a PostgreSQL URL."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import peewee

from officedesk.core.errors import DatabaseError
from officedesk.core.i18n import text
from officedesk.file_modes import own_file
from officedesk.store.addresses import (  # noqa: F401  (the names callers know from db)
    PERCENT_ENCODING,
    is_url,
    mask_url,
    postgresql_parameters,
    resolve_target,
)
from officedesk.store.db_errors import (
    LOST_MARKERS,
    UPGRADE,
    DamagedFileError,
    damage,
    disk_full_error,
    disk_trouble,
    lost_connection,
    translate_error,
)
from officedesk.store.file_guard import (
    NEW_ANY,
    NewDatabase,
    file_state,
    forget_file,
    opened_file,
    refuse_foreign_server,
    refuse_lost_file,
    refuse_new,
    refuse_tables,
    remember_file,
    unwritable_error,
)
from officedesk.store.proxy import database

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 10000,
    "cache_size": -32000,
}


def _reconnecting_postgresql(target: str) -> peewee.Database:
    """PostgreSQL that opens a new connection when the server went away (restart, network),
    for statements outside a transaction; inside one the error reaches guarded()."""
    from playhouse.shortcuts import ReconnectMixin

    class ReconnectingPostgresql(ReconnectMixin, peewee.PostgresqlDatabase):  # type: ignore[misc]
        reconnect_errors = tuple((kind, marker) for marker in LOST_MARKERS
                                 for kind in (peewee.OperationalError, peewee.InterfaceError))

    return ReconnectingPostgresql(**postgresql_parameters(target))


class SqliteFileDatabase(peewee.SqliteDatabase):
    """SQLite whose every statement that meets a damaged file (cut short or overwritten under
    the open program) raises DamagedFileError: Chinese, with what to do, on every path — a
    read outside guarded() too. Rows read later from a cursor are guarded()'s."""

    def _connect(self) -> Any:
        # once the office's file is open, a connection made again (a new thread's, one dropped)
        # never makes it: SQLite would put an empty database where the file was deleted or moved
        if not Path(self.database).exists() and opened_file() == str(self.database):
            refuse_lost_file()
        return super()._connect()  # type: ignore[misc]  # peewee.SqliteDatabase._connect, untyped

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except peewee.DatabaseError as exc:
            if damage(exc) and not isinstance(exc, DamagedFileError):
                raise translate_error(exc) from exc
            raise


def make_database(target: str) -> peewee.Database:
    if is_url(target):
        unknown = DatabaseError(text(  # PERCENT_ENCODING put in whole: its %40, %3A are no places
            "无法识别数据库地址“%1”。请给出 SQLite 数据库文件的路径，或 postgresql://用户:密码@主机:5432/数据库名 形式的地址；%2。",
            mask_url(target), PERCENT_ENCODING))
        if not target.lower().startswith(("postgresql://", "postgres://")):
            raise unknown  # only a file (sqlite:/// is one: resolve_target) or PostgreSQL is supported
        try:
            return _reconnecting_postgresql(target)
        except DatabaseError:
            raise
        except Exception as exc:  # a port that is no number, a missing driver
            if "port" in str(exc).lower():
                raise translate_error(exc, mask_url(target)) from exc
            raise unknown from exc
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteFileDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=10, check_same_thread=False)


def open_database(target: str | None = None, migrate: bool = True,
                  new: NewDatabase = NEW_ANY,
                  upgrading: Callable[[], object] | None = None) -> peewee.Database:
    """Open, bind the proxy, and bring the schema up to date (after a backup of the old file).
    `new` says whether a missing or blank SQLite file may become a new database; `upgrading` is
    called first when an office's database is to be upgraded (the window tells the clerk to
    wait: the backup and the migrations may take minutes)."""
    resolved = resolve_target(target)
    before = file_state(resolved)
    refuse_new(resolved, before, new)
    db = make_database(resolved)
    try:
        db.connect(reuse_if_open=True)
        if before == "missing" and isinstance(db, peewee.SqliteDatabase):
            # made just now: its owner's alone, and so are the -wal and -shm SQLite makes after
            # it (they take the database file's permissions)
            own_file(resolved, companions=True)
        if isinstance(db, peewee.SqliteDatabase):
            tables, ours = db.execute_sql(
                "select count(*), coalesce(sum(name = 'schema_version'), 0) from sqlite_master"
                " where type = 'table'").fetchone()
            refuse_tables(resolved, before, tables, ours, new)
        elif isinstance(db, peewee.PostgresqlDatabase):
            # pg_class, not information_schema: that lists only the tables this account may use
            tables, ours = db.execute_sql(
                "select count(*), count(*) filter (where c.relname = 'schema_version') from pg_class c"
                " join pg_namespace n on n.oid = c.relnamespace"
                " where n.nspname = current_schema() and c.relkind in ('r', 'p')").fetchone()
            refuse_foreign_server(mask_url(resolved), tables, ours)
        if migrate:
            from officedesk.store.migrations import newer_than_this_program

            newer = newer_than_this_program(db)
            if newer:
                raise DatabaseError(newer)
    except (peewee.OperationalError, sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        with contextlib.suppress(Exception):
            db.close()
        # an intact file in a folder (or a file) that cannot be written: said as such, before
        # the disk (a read-only disk may say I/O error) and never as damage
        unwritable = unwritable_error(resolved) if isinstance(db, peewee.SqliteDatabase) else None
        if unwritable is not None and not damage(exc):
            raise unwritable from exc
        if disk_trouble(exc):  # often here: the write-ahead log's shared memory cannot grow
            raise disk_full_error(resolved) from exc
        sqlite_file = resolved if isinstance(db, peewee.SqliteDatabase) else ""
        raise translate_error(exc, mask_url(resolved), file=sqlite_file) from exc
    except DatabaseError:
        with contextlib.suppress(Exception):
            db.close()
        raise
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        from officedesk.store import presence

        presence.register(str(db.database))  # a restore is refused while others have it open
    database.initialize(db)
    if migrate:
        from officedesk.store.migrations import migrate as run_migrations
        from officedesk.store.migrations import upgrade_pending

        try:
            if upgrading is not None and upgrade_pending(db):
                upgrading()
            run_migrations(db)
        except peewee.DatabaseError as exc:
            raise translate_error(exc, UPGRADE) from exc
        _index_caught_up()
        _doc_no_index_caught_up(db)
    remember_file(db)
    return db


def _index_caught_up() -> None:
    """A batch's FTS rows its program did not live to fill (store.search_catch_up): filled
    now. Searches find them by their text meanwhile, so a file that cannot be written now
    (another workstation's long write, a read-only copy) simply leaves them waiting."""
    from officedesk.store import search_catch_up

    with contextlib.suppress(peewee.DatabaseError, DatabaseError, sqlite3.Error):
        search_catch_up.catch_up()


def _doc_no_index_caught_up(db: peewee.Database) -> None:
    """The meetings' 发文字号 index an upgrade left off (meetings shared a number): made once
    they are corrected. A file that cannot be written now leaves it for the next start."""
    from officedesk.store import meetings

    with contextlib.suppress(peewee.DatabaseError, DatabaseError, sqlite3.Error):
        meetings.make_doc_no_index(db)


def close_database() -> None:
    forget_file()
    if database.obj is not None and not database.is_closed():
        database.close()
    if isinstance(database.obj, peewee.SqliteDatabase):
        from officedesk.store import presence

        presence.release(str(database.obj.database))


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


def drop_connection() -> None:
    """Forget a dead connection so the next query opens a new one (peewee reconnects on use)."""
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase):
        return
    state = db._state
    with contextlib.suppress(Exception):
        if state.conn is not None:
            state.conn.close()
    # inside a transaction its blocks still unwind (their rollbacks fail on the closed
    # connection and come back here); the outermost forgets the connection
    if not state.transactions:
        state.reset()


@contextlib.contextmanager
def guarded(where: str = "") -> Iterator[None]:
    """Wrap database work so driver errors surface as DatabaseError with a clear message; a
    lost server connection is dropped so that the next try reconnects."""
    try:
        yield
    except (peewee.OperationalError, peewee.InterfaceError, sqlite3.OperationalError) as exc:
        if lost_connection(exc) or "connection to server" in str(exc).lower():
            drop_connection()
        raise translate_error(exc, where, working=True) from exc
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        # a file damaged under the open program (cut short by a full disk, a bad copy): SQLite
        # raises its DatabaseError, not an OperationalError, on the first page it cannot read
        if damage(exc) and (where or not isinstance(exc, DamagedFileError)):
            raise translate_error(exc, where) from exc
        raise


@contextlib.contextmanager
def checkpoint_after() -> Iterator[None]:
    """Around a big write transaction (SQLite): the WAL it grows is copied back into the file
    after the transaction, not by the commit. SQLite's automatic checkpoint runs inside COMMIT
    once the write lock is let go, so the commit's caller (and a bench timing the lock) waited
    for it; other writers never did. Elsewhere: nothing."""
    db = database.obj
    if not isinstance(db, peewee.SqliteDatabase) or db.in_transaction():
        yield
        return
    every = db.execute_sql("pragma wal_autocheckpoint").fetchone()[0]
    db.execute_sql("pragma wal_autocheckpoint = 0")
    try:
        yield
    finally:
        db.execute_sql(f"pragma wal_autocheckpoint = {int(every)}")
    wal_checkpoint()


def wal_checkpoint() -> None:
    """Copy the WAL back into the database file as far as readers allow; takes no write lock."""
    database.execute_sql("pragma wal_checkpoint(passive)")


# The transaction-level advisory lock on the rules deadlines are counted by (the holiday table,
# the kind of day): a change that recomputes the stored deadlines holds it exclusively until it
# commits; a write that counts a deadline holds it shared (core.workdays.as_committed). An
# arbitrary constant (“OD” “CAL”), the same in every program that opens the database.
CALENDAR_LOCK = 0x4F44_43414C


def calendar_lock(exclusive: bool) -> bool:
    """Take the rules' lock for the rest of the open transaction (PostgreSQL; SQLite's write
    transactions are one at a time already). Whether it was taken."""
    return _transaction_lock(CALENDAR_LOCK, exclusive)


def _transaction_lock(key: int, exclusive: bool) -> bool:
    """A transaction-level advisory lock `key` (PostgreSQL, inside a transaction): whether taken."""
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase) or not db.in_transaction():
        return False
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    db.execute_sql(f"select {function}(%s)", (key,))
    return True


# The transaction-level advisory lock on who may be named (core.cleared_names): a save that
# names people holds it shared from its check until it commits; a user changed (lowered,
# renamed, re-enabled, added) holds it exclusively for his check and change, so no record
# naming him commits between the two. (SQLite's write transactions are one at a time already.)
NAMES_LOCK = 0x4F44_4E41_4D45  # “OD” “NAME”


def names_lock(exclusive: bool) -> bool:
    """Take the lock on who may be named for the rest of the open transaction (PostgreSQL).
    Whether it was taken."""
    return _transaction_lock(NAMES_LOCK, exclusive)


# The transaction-level advisory lock on the meetings' schedule (core.meetings.service.
# save_meeting): a save holds it from its conflict check until it commits, so two workstations
# saving at once, each under READ COMMITTED, no longer both find the room free and both book it.
SCHEDULE_LOCK = 0x4F44_4D45_4554  # “OD” “MEET”


def schedule_lock() -> bool:
    """Take the meetings' schedule lock for the rest of the open transaction (PostgreSQL;
    SQLite's write transactions are one at a time already). Whether it was taken."""
    return _transaction_lock(SCHEDULE_LOCK, True)


# The transaction-level advisory lock of a first setup (core.accounts.first_run_setup): two
# `init` at once on a new PostgreSQL database, each under READ COMMITTED, both saw no user and
# both set up an office. Held until the setup commits, the second then sees the first's user.
SETUP_LOCK = 0x4F44_5345_5455  # “OD” “SETU”


def setup_lock() -> bool:
    """Take the first setup's lock for the rest of the open transaction (PostgreSQL; SQLite's
    write transaction is one at a time already). Whether it was taken."""
    return _transaction_lock(SETUP_LOCK, True)


def hold_row(model: Any, row_id: Any) -> bool:
    """Lock one row (`model`, id `row_id`) for the rest of the open transaction, as a write of
    it would (PostgreSQL: SELECT … FOR UPDATE; SQLite's write transactions are one at a time
    already): what a write reads and decides from it — the next 期号, a task's progress — is then
    not read by another workstation until this one commits. Whether it was taken."""
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase) or not db.in_transaction():
        return False
    table = model._meta.table_name
    db.execute_sql(f'select 1 from "{table}" where id = %s for update', (row_id,))
    return True


def outer_transaction() -> object | None:
    """The outermost transaction this thread's connection is in (None outside one): it tells
    one transaction from the next."""
    db = database.obj
    if db is None:
        return None
    transactions = db._state.transactions
    return transactions[0] if transactions else None


class _SaidTransaction:
    """A transaction whose BEGIN and COMMIT are said as guarded() says the statements inside:
    SQLite in WAL mode writes a transaction's pages at COMMIT, so a full disk is met there —
    after the work's own guarded() has returned (its failed commit then failed to roll back:
    "cannot rollback - no transaction is active", a driver error that reached the window as a
    defect)."""

    def __init__(self, inner: peewee._atomic) -> None:
        self.inner = inner

    def __enter__(self) -> Any:
        with guarded():
            return self.inner.__enter__()

    def __exit__(self, *exc: Any) -> Any:
        with guarded():
            return self.inner.__exit__(*exc)


def write_transaction() -> _SaidTransaction:
    """A transaction that takes the write lock at once.

    SQLite's default deferred BEGIN can fail with 'database is locked' when a reader upgrades
    to a writer, which the busy timeout does not cure; IMMEDIATE waits for the lock instead.
    Nested calls become savepoints. A file no longer where it was opened is refused first
    (refuse_lost_file). A driver error at its BEGIN or COMMIT (a full disk) is a DatabaseError
    with the clerk's message, wherever the caller stands.
    """
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and not db.in_transaction():
        refuse_lost_file()
        return _SaidTransaction(db.atomic("IMMEDIATE"))
    return _SaidTransaction(database.atomic())
