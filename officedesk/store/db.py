"""The database proxy and how a database is opened: an SQLite file or a PostgreSQL URL."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import peewee

from officedesk.core.errors import DatabaseError, ValidationError
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
    disk_full_error,
    disk_trouble,
    lost_connection,
    translate_error,
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


def make_database(target: str) -> peewee.Database:
    if is_url(target):
        from playhouse.db_url import connect as connect_url  # imports the drivers: only for URLs

        try:
            if target.startswith(("postgresql://", "postgres://")):
                return _reconnecting_postgresql(target)
            return connect_url(target)
        except DatabaseError:
            raise
        except Exception as exc:  # unknown scheme, missing driver, a port that is no number
            if "port" in str(exc).lower():
                raise translate_error(exc, mask_url(target)) from exc
            raise DatabaseError(
                f"无法识别数据库地址“{mask_url(target)}”。请给出 SQLite 数据库文件的路径，或 "
                f"postgresql://用户:密码@主机:5432/数据库名 形式的地址；{PERCENT_ENCODING}。") from exc
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=10, check_same_thread=False)


# What opening a missing or blank SQLite file may do (blank: 0 bytes, or an SQLite file
# without any table). Migrating either makes a new, empty office database of it, and a blank
# file may be the office's database cut short (a full disk, a bad copy): only a command that
# is meant to make a database may do that.
NewDatabase = Literal["any", "missing", "never"]
NEW_ANY: NewDatabase = "any"  # init, demo, restore (and tests): either becomes a database
NEW_IF_MISSING: NewDatabase = "missing"  # the window: a missing file is its first start
NEW_NEVER: NewDatabase = "never"  # the other commands: an existing office database only


def open_database(target: str | None = None, migrate: bool = True,
                  new: NewDatabase = NEW_ANY) -> peewee.Database:
    """Open, bind the proxy, and bring the schema up to date (after a backup of the old file).
    `new` says whether a missing or blank SQLite file may become a new database."""
    resolved = resolve_target(target)
    before = _file_state(resolved)
    _refuse_new(resolved, before, new)
    db = make_database(resolved)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, peewee.SqliteDatabase):
            tables, ours = db.execute_sql(
                "select count(*), coalesce(sum(name = 'schema_version'), 0) from sqlite_master"
                " where type = 'table'").fetchone()
            if tables and not ours:
                raise DatabaseError(_FOREIGN.format(path=resolved))
            if before == "file" and not tables:  # the SQLite header and nothing else
                _refuse_new(resolved, "blank", new)
        if migrate:
            from officedesk.store.migrations import newer_than_this_program

            newer = newer_than_this_program(db)
            if newer:
                raise DatabaseError(newer)
    except (peewee.OperationalError, sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        with contextlib.suppress(Exception):
            db.close()
        if disk_trouble(exc):  # often here: the write-ahead log's shared memory cannot grow
            raise disk_full_error(resolved) from exc
        raise translate_error(exc, mask_url(resolved)) from exc
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

        try:
            run_migrations(db)
        except peewee.DatabaseError as exc:
            raise translate_error(exc, UPGRADE) from exc
    _remember_file(db)
    return db


def _file_state(target: str) -> str:
    """"missing", "empty" (0 bytes and no write-ahead log beside it), "file", or "" (not a
    file: a PostgreSQL URL, an in-memory database)."""
    if target == ":memory:":
        return "memory"
    if is_url(target):
        return ""
    path = Path(target)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "file"  # unreadable: connecting says why
    if size == 0 and path.is_file():
        wal = Path(target + "-wal")
        if not (wal.exists() and wal.stat().st_size > 0):
            return "empty"
    return "file"


_MISSING = ("数据库文件“{path}”不存在。请先运行 officedesk init --org 机关名称 --code 机关代字 建立数据库，"
            "或用 --db 指定已有的数据库；原有的数据库丢失时，请从备份恢复：officedesk restore 备份文件 "
            "--db 原数据库文件。")
_BLANK = ("数据库文件“{path}”{what}，可能已被截断或损坏（如磁盘满时、复制不完整），因此没有打开它，也没有"
          "在其中新建数据库。若这原是本机关的数据库，请从最近的备份恢复：officedesk restore 备份文件 "
          "--db 该文件；若确要在这里新建数据库，请运行 officedesk init --org 机关名称 --code 机关代字 "
          "--db 该文件。")
_FOREIGN = ("文件“{path}”是一个 SQLite 数据库，但不是本程序的数据库（其中没有本程序的数据表），没有打开它。"
            "请用 --db 指定本机关的数据库文件。")


def check_file(target: str, new: NewDatabase = NEW_NEVER) -> None:
    """Refuse a missing or 0-byte SQLite file as open_database(new=...) would, without opening
    it (a file read by other means: the source of migrate-to)."""
    _refuse_new(target, _file_state(target), new)


_MEMORY = ("“:memory:”是关闭即消失的临时数据库，其中没有本机关的数据。请用 --db 给出数据库文件的路径"
           "（如 D:\\办公\\office.db），或 postgresql://用户:密码@主机:5432/数据库名。")


def _refuse_new(target: str, state: str, new: NewDatabase) -> None:
    if state == "memory" and new == NEW_NEVER:
        raise DatabaseError(_MEMORY)
    if state == "missing" and new == NEW_NEVER:
        raise DatabaseError(_MISSING.format(path=target))
    if state in ("empty", "blank") and new != NEW_ANY:
        what = "是空的（0 字节）" if state == "empty" else "中没有任何数据表"
        raise DatabaseError(_BLANK.format(path=target, what=what))


# The files SQLite keeps beside a database: writing over any of them destroys the office's data.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def refuse_database_target(path: str | os.PathLike[str], db: peewee.Database | None = None) -> None:
    """Refuse an output file (a PDF, a spreadsheet, a backup) that is the open SQLite database
    or one of its companion files, after symlinks: writing it would destroy the office's data.
    The one check every command and window that writes a file calls before writing."""
    _refuse_anchor_target(path)
    db = database.obj if db is None else db
    if not isinstance(db, peewee.SqliteDatabase) or db.database in ("", ":memory:"):
        return
    try:
        wanted = Path(path).resolve()
        base = str(Path(db.database).resolve())
    except (OSError, RuntimeError):  # a symlink loop: writing fails later with its own message
        return
    for suffix in _COMPANIONS:
        companion = Path(base + suffix)
        same = wanted == companion
        if not same and wanted.exists() and companion.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(wanted, companion)  # a hard link
        if same:
            raise ValidationError(
                f"“{path}”是正在使用的数据库文件{'（或其附属文件）' if suffix else ''}，"
                "写到这里会毁掉机关的数据，没有写出。请换一个文件名或位置。")


def _refuse_anchor_target(path: str | os.PathLike[str]) -> None:
    """An anchor file (core.anchor: the chain's head and the highest numbers issued, beside the
    database or where OFFICEDESK_ANCHOR says) is never an output: a PDF over it raised a false
    tampering alarm, a backup over it was overwritten by the anchor written after it."""
    name = Path(path).name
    override = os.environ.get("OFFICEDESK_ANCHOR", "").strip()
    same_as_override = False
    if override:
        with contextlib.suppress(OSError, RuntimeError):
            same_as_override = Path(path).resolve() == Path(override).resolve()
    if (".anchor." in name and name.endswith(".json")) or same_as_override:
        raise ValidationError(
            f"“{path}”是审计锚定文件（记录审计链和已发出的最大编号，用于发现篡改），写到这里会毁掉它，"
            "没有写出。请换一个文件名或位置。")


def close_database() -> None:
    global _opened_file
    _opened_file = None
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
        raise translate_error(exc, where) from exc


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
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase) or not db.in_transaction():
        return False
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    db.execute_sql(f"select {function}(%s)", (CALENDAR_LOCK,))
    return True


def outer_transaction() -> object | None:
    """The outermost transaction this thread's connection is in (None outside one): it tells
    one transaction from the next."""
    db = database.obj
    if db is None:
        return None
    transactions = db._state.transactions
    return transactions[0] if transactions else None


def write_transaction() -> peewee._atomic:
    """A transaction that takes the write lock at once.

    SQLite's default deferred BEGIN can fail with 'database is locked' when a reader upgrades
    to a writer, which the busy timeout does not cure; IMMEDIATE waits for the lock instead.
    Nested calls become savepoints. A file no longer where it was opened is refused first
    (refuse_lost_file).
    """
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and not db.in_transaction():
        refuse_lost_file()
        return db.atomic("IMMEDIATE")
    return database.atomic()


# The SQLite file this program opened: (path, device, inode). Deleted, moved away or replaced
# by another file while open, the connection still writes — into a file nobody will see again.
_opened_file: tuple[str, int, int] | None = None
_LOST_FILE = ("数据库文件“{path}”已不在原处（被删除、移走或换成了别的文件），这次没有写入。请先把刚才填写的"
              "内容记下，退出程序，把数据库文件放回原处（或用“恢复备份”从最近的备份恢复）后再打开。")


def _remember_file(db: peewee.Database) -> None:
    global _opened_file
    _opened_file = None
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        with contextlib.suppress(OSError):
            found = os.stat(db.database)
            _opened_file = (str(db.database), found.st_dev, found.st_ino)


def refuse_lost_file() -> None:
    """Refuse (DatabaseError) when the open SQLite file is no longer at its path: deleted, moved
    away, or another file put there (one stat, a few µs, per write)."""
    if _opened_file is None:
        return
    path, device, inode = _opened_file
    try:
        found = os.stat(path)
    except OSError:
        found = None
    if found is None or (found.st_dev, found.st_ino) != (device, inode):
        raise DatabaseError(_LOST_FILE.format(path=path))
