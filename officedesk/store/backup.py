"""Backup and restore. SQLite: the online backup API (safe while others use the file).
PostgreSQL: pg_dump / pg_restore are the tools (docs/DATABASE.md); we do not wrap them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from officedesk import paths
from officedesk.core.errors import DatabaseError, ValidationError


def _sqlite_path(db: peewee.Database) -> str:
    if not isinstance(db, peewee.SqliteDatabase):
        raise DatabaseError(
            "PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 docs/DATABASE.md）。")
    return str(db.database)


def backup_to(db: peewee.Database, target: Path) -> Path:
    source_path = _sqlite_path(db)
    target = Path(target)
    from officedesk.store.db import file_error_reason, refuse_database_target

    if not str(target).strip() or target.name in ("", ".", ".."):
        raise ValidationError("请给出备份文件的名字，如 备份/办公室-2026-12-01.db。")
    if target.is_dir():
        raise ValidationError(f"“{target}”是文件夹。请给出备份文件的名字，如 {target / '办公室备份.db'}。")
    refuse_database_target(target, db)
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
        from officedesk.store.db import disk_trouble

        if disk_trouble(exc):
            raise DatabaseError(f"磁盘空间不足，备份未完成：{target}。请清理磁盘或换一个位置。") from exc
        reason = file_error_reason(exc) if isinstance(exc, OSError) else "数据库复制出错"
        raise DatabaseError(f"备份失败（{target}）：{reason}。请检查目标位置是否可写。") from exc
    return target


def backup_before_migration(db: peewee.Database, version: int) -> Path | None:
    if not isinstance(db, peewee.SqliteDatabase) or db.database == ":memory:":
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"{Path(db.database).stem}-v{version}-{stamp}.db"
    return backup_to(db, paths.backup_dir() / name)


def _not_a_backup(path: Path) -> DatabaseError:
    return DatabaseError(f"“{path}”不是 OfficeDesk 的备份文件，或已损坏。请选用“备份”命令生成的 .db 文件。")


def check_sqlite_file(path: Path) -> None:
    if Path(path).is_dir():
        raise DatabaseError(f"“{path}”是文件夹，不是 OfficeDesk 的备份文件。请给出备份文件本身（.db）。")
    try:
        # as_uri() escapes characters such as # ? % that would end a hand-made file: URI early
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("pragma integrity_check").fetchone()[0]
            connection.execute("select version from schema_version limit 1").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise _not_a_backup(path) from exc
    if result != "ok":
        raise DatabaseError(f"备份文件“{path}”已损坏：{result}")


def restore_from(db: peewee.Database, source: Path) -> Path:
    """Replace the open database's content with a backup; the current one is kept aside first.
    The low-level swap: core.backups.restore checks the backup, who else is using the
    database and the numbering first."""
    target = _sqlite_path(db)
    source = Path(source)
    inspect_backup(source)
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


# ---------------------------------------------------------------- what a backup holds

REQUIRED_TABLES = ("schema_version", "audit_entry", "audit_head", "number_sequence",
                   "issued_number", "user")


@dataclass
class BackupFacts:
    path: Path
    version: int
    taken_at: dt.datetime | None  # the last audit entry's time: what the backup knows
    audit_count: int
    audit_head: str
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows
    marks: dict[str, int] = field(default_factory=dict)  # 'kind|prefix|year' -> highest number


def inspect_backup(path: Path) -> BackupFacts:
    """Open a backup read-only and check it before anything is replaced: a sound SQLite file,
    an OfficeDesk schema no newer than this program's, every foundation table, an unbroken audit
    chain. Raises DatabaseError saying what is wrong."""
    from officedesk.core import audit
    from officedesk.store.migrations import LATEST

    path = Path(path)
    if not path.exists():
        raise DatabaseError(f"找不到备份文件“{path}”。")
    check_sqlite_file(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("select name from sqlite_master where type = 'table'")}
        version = int(connection.execute("select max(version) from schema_version").fetchone()[0] or 0)
        if version > LATEST:
            raise DatabaseError(f"备份“{path.name}”来自更新版本的程序（结构版本 {version}，本程序只支持到 {LATEST}），"
                                "不能恢复。请先升级本程序。")
        missing = [name for name in REQUIRED_TABLES if name not in tables]
        if missing or version < 1:
            raise DatabaseError(f"“{path.name}”不是完整的 OfficeDesk 备份（缺少：{'、'.join(missing) or '结构版本'}），"
                                "不能恢复。")
        columns = {row[1] for row in connection.execute("pragma table_info(audit_entry)")}
        digest = "row_digest" if "row_digest" in columns else "''"
        expected, count, last_at = audit.GENESIS, 0, None
        for row in connection.execute(
                "select id, at, actor, action, registry, record_id, summary, before, after, prev_hash, "
                f"hash, {digest} from audit_entry order by id"):
            count += 1
            at = dt.datetime.fromisoformat(str(row[1]))
            computed = audit.entry_hash(row[9], at, row[2], row[3], row[4], row[5], row[6], row[7],
                                        row[8], row[11] or "")
            if row[9] != expected or computed != row[10]:
                raise DatabaseError(f"备份“{path.name}”的审计链在第 {row[0]} 条处断开或被改动，不能恢复。"
                                    "请换一个备份，并报告管理员。")
            expected, last_at = row[10], at
        head = connection.execute("select last_hash, count from audit_head where id = 1").fetchone()
        if count and (head is None or head[0] != expected or head[1] != count):
            raise DatabaseError(f"备份“{path.name}”的审计链末尾被删除或改动，不能恢复。请换一个备份。")
        counts = {name: int(connection.execute(f'select count(*) from "{name}"').fetchone()[0])
                  for name in sorted(tables) if not name.startswith(("sqlite_", "search_fts"))}
        marks: dict[str, int] = {}
        for kind, prefix, year, value in connection.execute(
                "select kind, prefix, year, last_value from number_sequence union all "
                "select kind, prefix, year, max(seq) from issued_number where seq > 0 group by kind, prefix, year"):
            key = f"{kind}|{prefix}|{year}"
            marks[key] = max(marks.get(key, 0), int(value or 0))
    except sqlite3.Error as exc:
        raise _not_a_backup(path) from exc
    finally:
        connection.close()
    return BackupFacts(path, version, last_at, count, expected if count else "", counts, marks)


def keep_only(stem: str, keep: int) -> list[Path]:
    """Rotate the copies a restore kept aside (`<stem>-v0-<time>.db`): the newest `keep` stay."""
    kept = sorted(paths.backup_dir().glob(f"{stem}-v0-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = []
    for old in kept[max(keep, 1):]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def backup_rows(path: Path, table: str, columns: tuple[str, ...]) -> set[tuple]:
    """The given columns of every row of a table in a backup file (empty if it has no such table)."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        listed = ", ".join(f'"{c}"' for c in columns)
        return {tuple(row) for row in connection.execute(f'select {listed} from "{table}"')}
    except sqlite3.OperationalError:  # no such table in an older backup
        return set()
    finally:
        connection.close()
