"""Backup and restore. SQLite: the online backup API (safe while others use the file).
PostgreSQL: pg_dump / pg_restore are the tools (docs/DATABASE.md); we do not wrap them."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee

from officedesk import paths
from officedesk.core import i18n
from officedesk.core.errors import DatabaseError, ValidationError
from officedesk.file_modes import own_file


def _sqlite_path(db: peewee.Database) -> str:
    if not isinstance(db, peewee.SqliteDatabase):
        raise DatabaseError(
            "PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 docs/DATABASE.md）。")
    return str(db.database)


# How long a restore waits for another program's write to end (the busy timeout of every
# connection, store.db.SQLITE_PRAGMAS) before it gives up and says so.
LOCK_WAIT = 10.0

_SQLITE_HEADER = b"SQLite format 3\x00"


def _damage_of(connection: sqlite3.Connection) -> str | None:
    """What quick_check finds wrong (None: nothing): every page and record well formed, the
    damage a disk or a bad copy does. A badly damaged file makes SQLite raise instead of
    answering; that is damage too. quick_check, not integrity_check (which also matches every
    index to its table): 0.5 s against 3.2 s for 100,000 信访 (238 MB), minutes on a database
    of millions of records."""
    try:
        rows = connection.execute("pragma quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    found = [str(row[0]) for row in rows if row[0] != "ok"]
    return "；".join(found) or None


def _remove_partial(partial: Path) -> None:
    """The unfinished copy and what SQLite left beside it (a failed write keeps its journal)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)


def backup_to(db: peewee.Database, target: Path, verify: bool = True) -> Path:
    """Copy the database to `target`. With `verify` the copy is checked and a damaged one is
    refused (a copy of a damaged database cannot be restored); without, the file is copied as
    it is (the copy a restore keeps aside of the database it replaces, damaged or not)."""
    source_path = _sqlite_path(db)
    target = Path(target)
    from officedesk.store.db_errors import file_error_reason
    from officedesk.store.file_guard import refuse_database_target

    _refuse_no_name(target)
    refuse_database_target(target, db)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    damage = None
    try:
        source = sqlite3.connect(source_path)
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
                # one self-contained file: the copy leaves WAL mode (its header said WAL, so
                # every reader left an empty -wal and -shm beside it); the database put back
                # from it returns to WAL when it is opened (store.db's pragmas)
                destination.execute("pragma journal_mode=delete")
                if verify:
                    damage = _damage_of(destination)
            finally:
                destination.close()
        finally:
            source.close()
        if damage is None:
            own_file(partial)  # every record of every 密级, personal data unmasked: the owner's alone
            partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        _remove_partial(partial)
        from officedesk.store.db_errors import disk_trouble

        if disk_trouble(exc):
            raise DatabaseError(i18n.text("磁盘空间不足，备份未完成：%1。请清理磁盘或换一个"
                                          "位置。",
                                          target)) from exc
        if isinstance(exc, sqlite3.DatabaseError) and _is_damage(exc):
            damage = str(exc)
        else:
            reason = file_error_reason(exc) if isinstance(exc, OSError) else "数据库复制出错"
            raise DatabaseError(i18n.text("备份失败（%1）：%2。请检查目标位置是否可写。",
                                          target, reason)) from exc
    if damage is not None:
        _remove_partial(partial)
        raise DamagedDatabase(
            i18n.text("数据库文件已损坏，备份没有完成（损坏的副本不能用来恢复，已删除）：%1"
                      "。请用“恢复”从最近的完好备份恢复，或联系管理员；运行 officed"
                      "esk check 可查看损坏之处。",
                      target)
        )
    return target


class DamagedDatabase(DatabaseError):
    """The database file is damaged: a copy of it would not restore, so none was kept."""


def _refuse_no_name(target: Path) -> None:
    if not str(target).strip() or target.name in ("", ".", ".."):
        raise ValidationError("请给出备份文件的名字，如 备份/办公室-2026-12-01.db。")
    if target.is_dir():
        raise ValidationError(i18n.text("“%1”是文件夹。请给出备份文件的名字，如 %2。",
                                        target, target / '办公室备份.db'))


BACKUP_SUFFIX = ".db"
# the endings of other kinds of file (a document, a workbook, a picture, an archive, another
# database's): a name ending otherwise (备份2026.12.02, 办公室.v2) is a bare name, its dots part
# of it
FILE_TYPES = frozenset((
    "doc", "docx", "docm", "dot", "dotx", "wps", "wpt", "rtf", "txt", "md", "pdf", "ofd",
    "xps", "xls", "xlsx", "xlsm", "xlt", "xltx", "et", "ett", "csv", "ppt", "pptx", "pps",
    "ppsx", "dps", "odt", "ods", "odp", "htm", "html", "xml", "json", "yaml", "zip", "rar",
    "7z", "gz", "tgz", "tar", "bz2", "xz", "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff",
    "svg", "webp", "mp3", "mp4", "wav", "avi", "mov", "wmv", "exe", "msi", "dll", "bat", "cmd",
    "ps1", "sh", "py", "lnk", "ini", "cfg", "log", "bak", "tmp", "sqlite", "sqlite3", "db3",
    "mdb", "accdb", "dbf", "sql", "eml", "msg",
))


def backup_name(target: Path) -> Path:
    """The backup file a name means: a bare one (no ending, or one that is no kind of file:
    备份2026.12.02) with .db added; a .db name, or another kind of file's, as it is (the
    latter refused by refuse_target)."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix == BACKUP_SUFFIX or suffix[1:] in FILE_TYPES or target.name in ("", ".", ".."):
        return target
    return target.with_name(target.name + BACKUP_SUFFIX)


def refuse_target(db: peewee.Database, target: Path, overwrite: bool = False) -> None:
    """Refuse a backup's file before anything is written or audited: no name, a folder, the open
    database or its companions, a name not ending .db (a Word file, a workbook: the name of
    something else), and an existing file unless `overwrite` (another office's database, an
    earlier backup: replacing it destroys it)."""
    from officedesk.store.file_guard import refuse_database_target

    target = Path(target)
    _refuse_no_name(target)
    refuse_database_target(target, db)
    if target.suffix.lower() != BACKUP_SUFFIX:
        named = backup_name(target)  # a bare name with .db; another kind of file's: its stem
        right = named.name if named != target else f"{target.stem}{BACKUP_SUFFIX}"
        raise ValidationError(
            i18n.text("备份文件的名字要以 %1 结尾，“%2”不是备份文件的名字，没有备份。"
                      "请把文件名改为“%3”。",
                      BACKUP_SUFFIX, target.name, right), "file")
    if not overwrite and (target.exists() or target.is_symlink()):
        raise ValidationError(
            i18n.text("“%1”已存在，没有备份：备份会替换这个文件，它原有的内容将丢失。请换"
                      "一个文件名；确要用这次备份替换它，请加 --force。",
                      target), "file")


def _is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def backup_before_migration(db: peewee.Database, version: int, verify: bool = True) -> Path | None:
    if not isinstance(db, peewee.SqliteDatabase) or db.database == ":memory:":
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"{Path(db.database).stem}-v{version}-{stamp}.db"
    return backup_to(db, paths.backup_dir() / name, verify)


def not_a_backup(path: Path) -> DatabaseError:
    return DatabaseError(i18n.text("“%1”不是 OfficeDesk 的备份文件，或已损坏"
                                   "。请选用“备份”命令生成的 .db 文件。",
                                   path))


def check_sqlite_file(path: Path) -> None:
    if Path(path).is_dir():
        raise DatabaseError(i18n.text("“%1”是文件夹，不是 OfficeDesk 的备份文"
                                      "件。请给出备份文件本身（.db）。",
                                      path))
    if Path(path).exists() and not Path(path).is_file():  # a pipe would be waited on for ever
        raise DatabaseError(i18n.text("“%1”不是普通文件（是设备或管道），不是 OfficeDesk 的备份文件。"
                                      "请给出备份文件本身（.db）。", path))
    try:
        # as_uri() escapes characters such as # ? % that would end a hand-made file: URI early
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("pragma integrity_check").fetchone()[0]
            connection.execute("select version from schema_version limit 1").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if _is_damage(exc) and _has_sqlite_header(path):
            raise _damaged_backup(path) from exc
        raise not_a_backup(path) from exc
    if result != "ok":
        raise _damaged_backup(path)


def _has_sqlite_header(path: Path) -> bool:
    with contextlib.suppress(OSError), Path(path).open("rb") as stream:
        return stream.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    return False


def _damaged_backup(path: Path) -> DatabaseError:
    return DatabaseError(
        i18n.text("备份文件“%1”已损坏（文件内容不完整或被改动），不能恢复；当前数据库没有"
                  "改动。请换一个完好的备份（如更早的一份）再恢复，或联系管理员。",
                  path)
    )


def _take_write_lock(target: str) -> None:
    """Wait for another program's write like every other command (LOCK_WAIT), then give up
    saying so: the backup API would otherwise retry for as long as the other write lasts."""
    probe = sqlite3.connect(target, timeout=LOCK_WAIT, isolation_level=None)
    try:
        probe.execute("begin immediate")
        probe.execute("rollback")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise _busy() from exc
        raise
    finally:
        probe.close()


def _busy() -> DatabaseError:
    return DatabaseError("数据库正被其他程序占用（正在写入），没有恢复，数据库未改动。"
                         "请稍候再试；若一直如此，请关闭其他打开本数据库的窗口或命令。")


def _give_up_when_busy(started: float):  # noqa: ANN202 - sqlite3's progress callback
    import time

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() - started > LOCK_WAIT:
            raise TimeoutError  # ends the backup; nothing was written to the destination

    return progress


def restore_from(db: peewee.Database, source: Path,
                 before_copy: Callable[[Path], None] | None = None,
                 unchanged: Callable[[], None] | None = None) -> Path:
    """Replace the open database's content with a backup; the current one is kept aside first
    (`before_copy` is told where, before anything is replaced; `unchanged`, when the copy gave up
    with nothing replaced and the kept copy removed — what `before_copy` noted is void). The
    low-level swap:
    core.backups.restore checks the backup, who else is using the database and the numbering
    first."""
    import time

    from officedesk.store.backup_facts import inspect_backup  # it reads files as this module does
    from officedesk.store.db_errors import disk_trouble

    target = _sqlite_path(db)
    source = Path(source)
    inspect_backup(source)
    _take_write_lock(target)  # before the copy kept aside: a refused attempt leaves none
    try:
        kept = backup_before_migration(db, 0, verify=False)  # a damaged database is kept as it is
    except DatabaseError as exc:
        raise DatabaseError(
            i18n.text("没有恢复，数据库未改动：恢复前要先把当前数据库另存一份（以便找回备份之"
                      "后新建或修改的内容），但另存没有完成。%1",
                      exc.message)) from exc
    if before_copy is not None and kept is not None:
        before_copy(kept)
    try:
        backup_source = sqlite3.connect(str(source))
        destination = sqlite3.connect(target, timeout=1.0)
        try:
            backup_source.backup(destination, progress=_give_up_when_busy(time.monotonic()))
        finally:
            destination.close()
            backup_source.close()
    except TimeoutError as exc:
        _forget(kept, unchanged)
        raise _busy() from exc
    except sqlite3.Error as exc:
        # the backup writes the destination in one transaction: a failure leaves it as it was
        if disk_trouble(exc):
            _forget(kept, unchanged)
            raise DatabaseError(i18n.text("磁盘空间不足，没有恢复，数据库未改动。请清理磁盘后"
                                          "再试（%1）。",
                                          target)) from exc
        raise DatabaseError(i18n.text("恢复失败（%1）。原数据库已另存为 %2。", exc, kept)) from exc
    # A backup made by an older version of the program gets the newer schema at once.
    from officedesk.store.migrations import migrate

    migrate(db)
    return kept or Path(target)


def file_damage(path: str | Path) -> str | None:
    """What is wrong with an SQLite file that cannot be used as it is (None: it opens and reads
    well, or there is no file or only an empty one): damage found by quick_check, or SQLite
    refusing it as no database (a header overwritten, a file cut short)."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None  # unreadable: opening says why
    from officedesk.store.db_errors import cannot_write, damage, disk_trouble

    try:
        found = _damage_of(connection)
    finally:
        connection.close()
    # SQLite opens the file at the first statement: one it may not open (in WAL mode also a
    # folder where it cannot make -wal/-shm, or a full disk where it cannot grow -shm: "disk
    # I/O error") is no damage, and a restore would lose data. Opening it says why.
    if found is not None and (cannot_write(found) or disk_trouble(OSError(found))) \
            and not damage(found):
        return None
    return found


def identity_of(path: str | Path) -> tuple[str, str, str]:
    """(first audit entry's hash, 机关名称, 机关代字) of an SQLite file, as far as it can be read
    ("" where not: a damaged file may still answer, or not at all)."""
    found = ["", "", ""]
    with contextlib.suppress(sqlite3.Error, OSError, ValueError, TypeError):
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            with contextlib.suppress(sqlite3.Error, TypeError):
                found[0] = str(connection.execute(
                    "select hash from audit_entry order by id limit 1").fetchone()[0])
            for place, key in ((1, "org.name"), (2, "org.code")):
                with contextlib.suppress(sqlite3.Error, TypeError, ValueError):
                    value = connection.execute("select value from app_setting where key = ?",
                                               (key,)).fetchone()[0]
                    found[place] = str(json.loads(value))
        finally:
            connection.close()
    return found[0], found[1], found[2]


def replace_damaged(target: Path, source: Path,
                    before_copy: Callable[[Path], None] | None = None) -> Path:
    """Put a backup in the place of a database file SQLite cannot use (file_damage): the file is
    first kept aside byte for byte, as it is (`before_copy` is told where), then the backup is
    copied beside it and moved into its place. Returns the copy kept aside."""
    import shutil

    from officedesk.store.backup_facts import inspect_backup  # it reads files as this module does
    from officedesk.store.db_errors import disk_trouble

    target, source = Path(target), Path(source)
    inspect_backup(source)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = paths.backup_dir() / f"{target.stem}-v0-{stamp}.db"
    partial = target.with_name(target.name + ".restoring")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            if Path(str(target) + suffix).exists():
                shutil.copyfile(str(target) + suffix, str(kept) + suffix)
                own_file(str(kept) + suffix)
        if before_copy is not None:
            before_copy(kept)
        shutil.copyfile(source, partial)
        if target.exists():  # the database keeps the permissions its administrator gave it
            shutil.copymode(target, partial)
        else:
            own_file(partial)
        for suffix in ("-wal", "-shm", "-journal"):  # the damaged file's: not the backup's
            Path(str(target) + suffix).unlink(missing_ok=True)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        from officedesk.store.db_errors import file_error_reason

        reason = "磁盘空间不足" if disk_trouble(exc) else file_error_reason(exc)
        raise DatabaseError(i18n.text("恢复没有完成（%1）：%2。损坏的数据库已另存为 %3"
                                      "（若已另存）；请处理后再运行同一条恢复命令。",
                                      reason, target, kept)) from exc
    return kept


def forget_copy(kept: Path) -> None:
    """A copy kept aside that holds nothing (the empty database a restore into a new path made),
    with what SQLite made beside it."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(kept) + suffix).unlink(missing_ok=True)


def _forget(kept: Path | None, unchanged: Callable[[], None] | None = None) -> None:
    """The copy kept aside by a restore that did not happen: the database is as it was (and
    `unchanged` takes back the note naming the copy)."""
    if kept is not None:
        kept.unlink(missing_ok=True)
    if unchanged is not None:
        unchanged()


# ---------------------------------------------------------------- what a backup holds

def keep_only(stem: str, keep: int) -> list[Path]:
    """Rotate the copies a restore kept aside (`<stem>-v0-<time>.db`): the newest `keep` stay."""
    kept = sorted(paths.backup_dir().glob(f"{stem}-v0-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = []
    for old in kept[max(keep, 1):]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed
