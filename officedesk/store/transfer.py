"""Move an office from its SQLite file to PostgreSQL (`officedesk migrate-to postgresql://…`).

The SQLite file is opened read-only and never changed. The PostgreSQL database is created
and migrated as at any first start, must hold no records yet, and receives every table in one
transaction: the rows with their ids, the audit chain, the numbering state (sequences and
issued numbers), settings and users; the sequences behind the ids continue after the copied
ones. The search index's source rows are copied (PostgreSQL searches them directly; the FTS
table is SQLite's own). Then the counts of every table are compared.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from officedesk.core import i18n
from officedesk.core.errors import ConflictError, DatabaseError, ValidationError

CHUNK = 2000
# tables whose rows are files (up to core.documents.attachments.MAX_BYTES each): copied a row at a time,
# so that the copy's memory is one file's, not CHUNK files'
ONE_AT_A_TIME = ("attachment_content",)
# SQLite-only tables (the FTS table and its shadow tables) and the schema's own bookkeeping
SKIPPED_PREFIXES = ("sqlite_", "search_fts")
# ids that are SQLite's own: search_doc's (registry code << 32 | record id) keys the FTS rows
NEW_IDS = {"search_doc"}


@dataclass
class TransferReport:
    tables: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    problems: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def open_source(path: str | Path) -> sqlite3.Connection:
    """The SQLite file, read-only: nothing this module does can change it."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(i18n.text("找不到数据库文件“%1”。", path))
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        connection.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(i18n.text("无法读取数据库文件“%1”：%2", path, exc)) from exc
    return connection


def source_tables(source: sqlite3.Connection) -> list[str]:
    """The tables to copy, each after the tables its foreign keys refer to."""
    rows = source.execute("select name from sqlite_master where type = 'table' order by name").fetchall()
    names = [name for (name,) in rows if not name.startswith(SKIPPED_PREFIXES)]
    needs = {name: {row[2] for row in source.execute(f'pragma foreign_key_list("{name}")')} - {name}
             for name in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and needs[n] <= set(ordered)]
        if not ready:  # a cycle between tables (none today): keep the rest as they are
            ready = [n for n in names if n not in ordered]
        ordered.extend(ready)
    return ordered


def _self_references(source: sqlite3.Connection, table: str) -> list[str]:
    return [row[3] for row in source.execute(f'pragma foreign_key_list("{table}")') if row[2] == table]


def _target_columns(db: peewee.Database, table: str) -> dict[str, str]:
    """column -> data type in PostgreSQL."""
    rows = db.execute_sql(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = current_schema() and table_name = %s", (table,)).fetchall()
    return {name: kind for name, kind in rows}


def _converter(kind: str) -> Callable[[Any], Any] | None:
    if kind == "boolean":
        return lambda v: None if v is None else bool(v)
    return None


# Tables a new database fills by itself (settings a first start wrote, the 职级 table and the
# periodicals that migrations seed): replaced by the SQLite file's own rows.
SEEDED_TABLES = ("app_setting", "job_rank", "periodical")


def foreign_tables(source: sqlite3.Connection, target: peewee.Database) -> list[str]:
    """The tables of the target's schema that OfficeDesk does not make: every table it makes is
    in the SQLite file of the same version (the FTS tables are SQLite's own, never made here)."""
    ours = set(source_tables(source)) | {"schema_version"}
    rows = target.execute_sql(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = current_schema() and c.relkind in ('r', 'p') order by c.relname").fetchall()
    return [name for (name,) in rows if name not in ours]


def refuse_foreign_tables(source: sqlite3.Connection, target: peewee.Database) -> None:
    """Refuse a target that holds another program's tables: the office would be copied in
    beside them, into a database that is not its own."""
    found = foreign_tables(source, target)
    if found:
        shown = "、".join(found[:5]) + ("等" if len(found) > 5 else "")
        raise ConflictError(
            i18n.text("目标数据库中有不属于本程序的数据表（%1），它可能是别的程序的数据库，"
                      "没有迁移。请在服务器上新建一个空数据库（如 sudo -u postg"
                      "res createdb -O 账号 officedesk，见 REA"
                      "DME 的 PostgreSQL 一节），再迁移到它。",
                      shown))


def copy_all(source: sqlite3.Connection, target: peewee.Database,
             progress: Callable[[str, int], Any] | None = None) -> TransferReport:
    """Copy every table of `source` into the migrated, empty `target`, in one transaction."""
    from psycopg2.extras import execute_values

    from officedesk.store.migrations import current_version

    version = source.execute("select max(version) from schema_version").fetchone()[0]
    if version != current_version(target):
        raise ConflictError(
            i18n.text("SQLite 数据库的结构版本（%1）与本程序（%2）不同。请先用本程"
                      "序打开一次 SQLite 数据库完成升级，再迁移。",
                      version, current_version(target)))
    report = TransferReport()
    refuse_foreign_tables(source, target)
    tables = [t for t in source_tables(source) if t != "schema_version"]
    target_tables = set(target.get_tables())
    missing = [t for t in tables if t not in target_tables]
    if missing:
        raise ConflictError(i18n.text("PostgreSQL 数据库中缺少这些表：%1。请确认"
                                      "两边是同一版本的程序。",
                                      '、'.join(missing)))
    with target.atomic():
        busy = [t for t in tables if target.execute_sql(f'select 1 from "{t}" limit 1').fetchone()]
        if [t for t in busy if t not in SEEDED_TABLES]:
            raise ConflictError(
                i18n.text("PostgreSQL 数据库中已有数据（%1…），没有迁移。请指定"
                          "一个新建的空数据库。",
                          '、'.join(busy[:5])))
        for table in busy:  # what a first start wrote by itself: the SQLite file's rows replace it
            target.execute_sql(f'delete from "{table}"')
        for table in tables:
            report.tables[table] = _copy_table(source, target, table, execute_values, progress)
            if progress is not None:
                progress(table, report.tables[table])
        _continue_sequences(target, tables)
    report.problems = verify_counts(source, target, tables)
    return report


def _copy_table(source: sqlite3.Connection, target: peewee.Database, table: str,
                execute_values: Any, progress: Callable[[str, int], Any] | None) -> int:
    kinds = _target_columns(target, table)
    columns = [row[1] for row in source.execute(f'pragma table_info("{table}")').fetchall()
               if row[1] in kinds and not (table in NEW_IDS and row[1] == "id")]
    converters = [(i, c) for i, name in enumerate(columns) if (c := _converter(kinds[name]))]
    # a row may refer to a later row of its own table (a unit's 上级单位): those columns are
    # filled in a second pass, once every row is there
    later = [(columns.index(name), name) for name in _self_references(source, table) if name in columns]
    converters += [(index, lambda _v: None) for index, _ in later]
    quoted = ", ".join(f'"{c}"' for c in columns)
    copied = 0
    with target.cursor() as out:
        cursor = source.execute(f'select {quoted} from "{table}" order by rowid')
        size = 1 if table in ONE_AT_A_TIME else CHUNK
        while rows := cursor.fetchmany(size):
            if converters:
                rows = [tuple(_apply(row, converters)) for row in rows]
            execute_values(out, f'insert into "{table}" ({quoted}) values %s', rows, page_size=size)
            copied += len(rows)
        for _, name in later:
            cursor = source.execute(f'select id, "{name}" from "{table}" where "{name}" is not null')
            while rows := cursor.fetchmany(CHUNK):
                execute_values(out, f'update "{table}" set "{name}" = v.ref from (values %s) as v(id, ref) '
                               f'where "{table}".id = v.id', rows, page_size=CHUNK)
    return copied


def _apply(row: tuple[Any, ...], converters: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    values = list(row)
    for index, convert in converters:
        values[index] = convert(values[index])
    return values


def _continue_sequences(target: peewee.Database, tables: list[str]) -> None:
    """Serial ids continue after the copied ones (PostgreSQL does not move them on insert)."""
    for table in tables:
        if "id" not in _target_columns(target, table):
            continue
        row = target.execute_sql("select pg_get_serial_sequence(%s, 'id')", (f'"{table}"',)).fetchone()
        if row and row[0]:
            target.execute_sql(f"select setval(%s, coalesce((select max(id) from \"{table}\"), 0) + 1, false)",
                               (row[0],))


def verify_counts(source: sqlite3.Connection, target: peewee.Database, tables: list[str]) -> list[str]:
    problems = []
    for table in tables:
        have = source.execute(f'select count(*) from "{table}"').fetchone()[0]
        copied = target.execute_sql(f'select count(*) from "{table}"').fetchone()[0]
        if have != copied:
            problems.append(f"表 {table}：SQLite 有 {have} 行，PostgreSQL 有 {copied} 行")
    return problems
