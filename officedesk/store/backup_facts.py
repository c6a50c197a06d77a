"""A backup file read before a restore replaces anything (inspect_backup: sound, an OfficeDesk
schema no newer than this program's, every foundation table, no planted trigger, an unbroken
audit chain) and the rows a restore compares with the database it replaces."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from officedesk.core import i18n
from officedesk.core.errors import DatabaseError
from officedesk.store.backup import check_sqlite_file, identity_of, not_a_backup

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
    issued: dict[str, int] = field(default_factory=dict)  # 'kind|prefix|year' -> highest issued
    first: str = ""  # the first audit entry's hash: which office's database it is
    org: tuple[str, str] = ("", "")  # 机关名称, 机关代字


def inspect_backup(path: Path) -> BackupFacts:
    """Open a backup read-only and check it before anything is replaced: a sound SQLite file,
    an OfficeDesk schema no newer than this program's, every foundation table, an unbroken audit
    chain. Raises DatabaseError saying what is wrong."""
    from officedesk.core import audit
    from officedesk.store import audit_guard
    from officedesk.store.migrations import LATEST

    path = Path(path)
    if not path.exists():
        raise DatabaseError(i18n.text("找不到备份文件“%1”。", path))
    check_sqlite_file(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("select name from sqlite_master where type = 'table'")}
        version = int(connection.execute("select max(version) from schema_version").fetchone()[0] or 0)
        if version > LATEST:
            raise DatabaseError(i18n.text("备份“%1”来自更新版本的程序（结构版本 %2，本"
                                          "程序只支持到 %3），不能恢复。请先升级本程序。",
                                          path.name, version, LATEST))
        missing = [name for name in REQUIRED_TABLES if name not in tables]
        if missing or version < 1:
            raise DatabaseError(i18n.text("“%1”不是完整的 OfficeDesk 备份（缺"
                                          "少：%2），不能恢复。",
                                          path.name, '、'.join(missing) or '结构版本'))
        planted = audit_guard.foreign_in_sqlite(connection.execute(audit_guard.SQLITE_OBJECTS).fetchall())
        if planted:
            raise DatabaseError(i18n.text("备份“%1”中有不是本程序建立的%2，它能在保存时暗中改动数据，"
                                          "备份可能被改动过，不能恢复。请换一个备份，并报告管理员。",
                                          path.name, "、".join(audit_guard.described(found) for found in planted)))
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
                raise DatabaseError(i18n.text("备份“%1”的审计链在第 %2 条处断开或被改"
                                              "动，不能恢复。请换一个备份，并报告管理员。",
                                              path.name, row[0]))
            expected, last_at = row[10], at
        head = connection.execute("select last_hash, count from audit_head where id = 1").fetchone()
        if count and (head is None or head[0] != expected or head[1] != count):
            raise DatabaseError(i18n.text("备份“%1”的审计链末尾被删除或改动，不能恢复。请"
                                          "换一个备份。",
                                          path.name))
        counts = {name: int(connection.execute(f'select count(*) from "{name}"').fetchone()[0])
                  for name in sorted(tables) if not name.startswith(("sqlite_", "search_fts"))}
        marks: dict[str, int] = {}
        issued: dict[str, int] = {}
        for source, kind, prefix, year, value in connection.execute(
                "select 's', kind, prefix, year, last_value from number_sequence union all "
                "select 'i', kind, prefix, year, max(seq) from issued_number where seq > 0 "
                "group by kind, prefix, year"):
            key = f"{kind}|{prefix}|{year}"
            marks[key] = max(marks.get(key, 0), int(value or 0))
            if source == "i":
                issued[key] = int(value or 0)
    except sqlite3.Error as exc:
        raise not_a_backup(path) from exc
    finally:
        connection.close()
    first, name, code = identity_of(path)
    return BackupFacts(path, version, last_at, count, expected if count else "", counts, marks,
                       issued, first, (name, code))


def chain_of(path: Path) -> tuple[int, str, str, dict[str, int]]:
    """(audit entries, the last one's hash, the first one's hash, the number marks) a copy just
    made holds — what its anchor says, read from the file, not from the database copied."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        count = int(connection.execute("select count(*) from audit_entry").fetchone()[0])
        last = connection.execute("select hash from audit_entry order by id desc limit 1").fetchone()
        first = connection.execute("select hash from audit_entry order by id limit 1").fetchone()
        marks: dict[str, int] = {}
        for kind, prefix, year, value in connection.execute(
                "select kind, prefix, year, last_value from number_sequence union all "
                "select kind, prefix, year, max(seq) from issued_number where seq > 0 "
                "group by kind, prefix, year"):
            key = f"{kind}|{prefix}|{year}"
            marks[key] = max(marks.get(key, 0), int(value or 0))
    finally:
        connection.close()
    return count, last[0] if last else "", first[0] if first else "", marks


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
