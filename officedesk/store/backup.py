"""Backup and restore. SQLite: the online backup API (safe while others use the file).
PostgreSQL: pg_dump / pg_restore are the tools (docs/DATABASE.md); we do not wrap them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import peewee

from officedesk import paths
from officedesk.core.errors import DatabaseError


def _sqlite_path(db: peewee.Database) -> str:
    if not isinstance(db, peewee.SqliteDatabase):
        raise DatabaseError(
            "PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 docs/DATABASE.md）。")
    return str(db.database)


def backup_to(db: peewee.Database, target: Path) -> Path:
    source_path = _sqlite_path(db)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        source = sqlite3.connect(source_path)
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
            raise DatabaseError(f"磁盘空间不足，备份未完成：{target}。请清理磁盘或换一个位置。") from exc
        raise DatabaseError(f"备份失败：{exc}。请检查目标位置是否可写。") from exc
    return target


def backup_before_migration(db: peewee.Database, version: int) -> Path | None:
    if not isinstance(db, peewee.SqliteDatabase) or db.database == ":memory:":
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{Path(db.database).stem}-v{version}-{stamp}.db"
    return backup_to(db, paths.backup_dir() / name)


def check_sqlite_file(path: Path) -> None:
    try:
        # as_uri() escapes characters such as # ? % that would end a hand-made file: URI early
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("pragma integrity_check").fetchone()[0]
            connection.execute("select version from schema_version limit 1").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"“{path}”不是 OfficeDesk 的备份文件或已损坏：{exc}") from exc
    if result != "ok":
        raise DatabaseError(f"备份文件“{path}”已损坏：{result}")


def restore_from(db: peewee.Database, source: Path) -> Path:
    """Replace the open database's content with a backup; the current one is kept aside first."""
    target = _sqlite_path(db)
    source = Path(source)
    if not source.exists():
        raise DatabaseError(f"找不到备份文件“{source}”。")
    check_sqlite_file(source)
    kept = backup_before_migration(db, 0)
    try:
        backup_source = sqlite3.connect(str(source))
        destination = sqlite3.connect(target)
        try:
            backup_source.backup(destination)
        finally:
            destination.close()
            backup_source.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"恢复失败：{exc}。原数据库已另存为 {kept}。") from exc
    # A backup made by an older version of the program gets the newer schema at once.
    from officedesk.store.migrations import migrate

    migrate(db)
    return kept or Path(target)
