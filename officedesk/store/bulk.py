"""Plain multi-row inserts for batch writes (imports): executemany on SQLite (~200k rows/s),
COPY on PostgreSQL; no peewee model instance per row.

A batch can be staged first (SQLite and PostgreSQL): its rows go into temporary tables of this
connection, which lock nothing other workstations write, and under the write lock one
INSERT … SELECT per table copies them in (no Python per row).

On SQLite a registry's own table can be staged whole (`whole=True`): the temporary table is made
from the target's own definition and, before the lock, given the target's indexes, so that the
copy is SQLite's transfer (`INSERT INTO t SELECT * FROM s` between alike tables): records and
index entries are moved as they are, each index's in its order, instead of every row being
built again and its entries sought one by one in a dozen indexes — for 100,000 信访 rows
0.3 s under the lock rather than 1.3 s. It applies to a table without foreign keys, triggers
or unique indexes (into one with a unique index SQLite transfers only while it is empty)."""

from __future__ import annotations

import datetime as dt
import decimal
import io
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.store.db import database, is_sqlite

CHUNK = 500  # rows a batch checks between two progress reports, and values an IN (…) list holds
_NATIVE = (int, bool, type(None))  # what a foreign key or flag column binds as it is


def bulk_insert(model: Any, names: list[str], rows: Sequence[Sequence[Any]]) -> None:
    """Plain multi-row inserts: executemany on SQLite, COPY on PostgreSQL."""
    if not rows:
        return
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    if not is_sqlite():
        _copy_in(f'"{model._meta.table_name}" ({columns})', _as_db_values(fields, rows))
        return
    marks = ", ".join("?" for _ in fields)
    database.connection().executemany(
        f'insert into "{model._meta.table_name}" ({columns}) values ({marks})', _as_bound(fields, rows))


def _as_bound(fields: list[peewee.Field], rows: Sequence[Sequence[Any]]) -> Sequence[Sequence[Any]]:
    """The rows as SQLite's driver takes them: a column of ids, flags or NULLs is so already
    (no pass per row); model instances in a foreign key column become their ids."""
    converters = [(i, f.db_value) for i, f in enumerate(fields)
                  if isinstance(f, peewee.ForeignKeyField | peewee.BooleanField)
                  and not all(type(row[i]) in _NATIVE for row in rows)]
    if converters:
        return [tuple(_convert(row, converters)) for row in rows]
    return rows


@dataclass
class Staged:
    """Rows waiting in a temporary table of this connection for their copy into `table`."""

    table: str
    columns: list[str]  # the target's column names, in the temporary table's order
    temp: str
    numbered: bool = False  # a first column `seq` numbers the rows 0, 1, 2 … in staging order
    count: int = 0  # rows staged so far
    whole: bool = False  # made from the target's definition: copied by SQLite's transfer
    indexed: bool = False  # the target's indexes made on it (index_staged)

    @property
    def source(self) -> str:
        """The temporary table, as a query names it."""
        return f'temp."{self.temp}"' if is_sqlite() else f'pg_temp."{self.temp}"'


_staged_count = itertools.count(1)


def stage(model: Any, names: list[str], rows: Sequence[Sequence[Any]], into: Staged | None = None,
          numbered: bool = False, whole: bool = False) -> Staged:
    """Put rows aside for `model`'s table (a model, or a table's name with its column names),
    as bulk_insert would write them, in a temporary table: it takes no lock on the shared
    tables; `into` adds to one staged before. On SQLite the temporary table's columns have no
    type, so the copy converts each value as a direct insert would — or, `whole` (see the
    module's docstring), the table is the target's own, the columns not named taking their
    defaults; on PostgreSQL they are typed as the target's."""
    fields = [model._meta.fields[name] for name in names] if hasattr(model, "_meta") else []
    table = model._meta.table_name if hasattr(model, "_meta") else str(model)
    columns = [f.column_name for f in fields] if fields else list(names)
    if into is None:
        into = Staged(table, columns, f"staged_{table}_{next(_staged_count)}", numbered)
        if is_sqlite():
            if whole and not numbered and _transferable(table):
                into.whole = True
                database.execute_sql(_definition_for(table, into.temp))
            else:
                listed = ", ".join((["seq integer primary key"] if numbered else []) + [_quoted(c) for c in columns])
                database.execute_sql(f'create temp table "{into.temp}" ({listed})')
            # Debian's SQLite zeroes every freed page (secure_delete); the staged rows are copies
            # of what goes into the main file, and zeroing them when dropped took 0.4 s a
            # 100,000-row import
            database.execute_sql("pragma temp.secure_delete = 0")
        else:
            chosen = ", ".join(_quoted(c) for c in columns)
            seq = "0::bigint as seq, " if numbered else ""
            database.execute_sql(f'create temp table "{into.temp}" as select {seq}{chosen} from "{table}" limit 0')
    if not rows:
        return into
    bound = _as_bound(fields, rows) if is_sqlite() else _as_db_values(fields, rows)
    if into.numbered:
        bound = [(into.count + n, *row) for n, row in enumerate(bound)]
    into.count += len(rows)
    if is_sqlite():
        values, bound = _shared_as_literals(bound)
        listed = f' ({", ".join(_quoted(c) for c in columns)})' if into.whole else ""
        database.connection().executemany(f'insert into {into.source}{listed} values ({values})', bound)
    else:
        _copy_in(into.source, bound)
    return into


# COPY's text format: a value's tab, line breaks and backslash escaped, NULL as \N
_COPY_SPECIAL = re.compile(r"[\\\t\n\r]")
_COPY_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _copy_text(value: str) -> str:
    return _COPY_SPECIAL.sub(lambda match: _COPY_ESCAPES[match.group()], value) if _COPY_SPECIAL.search(value) else value


_COPY_FORMATS: dict[type, Callable[[Any], str]] = {
    str: _copy_text, int: str, float: repr, bool: lambda flag: "t" if flag else "f",
    dt.date: dt.date.isoformat, dt.datetime: lambda at: at.isoformat(" "), decimal.Decimal: str,
}


def _copy_in(source: str, rows: Sequence[Sequence[Any]]) -> None:
    """PostgreSQL: rows into a temporary table with COPY, a third of the time INSERT … VALUES
    took to have each value quoted in Python. A value of another type (none of the staged
    columns has one) sends the rows as INSERT … VALUES instead."""
    formats = _COPY_FORMATS
    lines = []
    try:
        for row in rows:
            lines.append("\t".join("\\N" if value is None else formats[type(value)](value) for value in row))
    except KeyError:
        from psycopg2.extras import execute_values

        with database.cursor() as cursor, _driver_errors:
            execute_values(cursor, f'insert into {source} values %s', rows, page_size=1000)
        return
    lines.append("")
    with database.cursor() as cursor, _driver_errors:
        cursor.copy_expert(f"copy {source} from stdin", io.StringIO("\n".join(lines)))


# the driver's errors as peewee's (IntegrityError, OperationalError …), as a query through
# peewee raises them: callers catch those (a number taken meanwhile; a lost connection)
_driver_errors = peewee.__exception_wrapper__  # type: ignore[attr-defined]


def _shared_as_literals(rows: Sequence[Sequence[Any]]) -> tuple[str, Sequence[Sequence[Any]]]:
    """An executemany's VALUES list and its rows, with each column that holds the same short
    text, date or time (or NULL) in every row written once as a literal and left out of the
    rows: a batch's defaults, user and time are half of a 信访 row, and binding them row by row
    was a third of the staging's time (its sub-rows' stamps too: times, each made text by a
    call of the driver's adapter a row). The other columns of dates or times (and NULLs) are
    made the text the driver's adapter makes of each, a column at a time (`_dates_as_text`)."""
    width = len(rows[0])
    literals: dict[int, str] = {}
    columns = list(zip(*rows, strict=True)) if len(rows) > 1 else []
    for index, column in enumerate(columns):
        first = column[0]
        kind = type(first)
        literal = (first is None or (kind is str and len(first) <= 100 and "\x00" not in first)
                   or kind is dt.datetime or kind is dt.date)
        # == holds only for text (or None) alike, and for times (a date is never a time's equal)
        if literal and column.count(first) == len(column):
            literals[index] = "NULL" if first is None else "'" + _as_text(first).replace("'", "''") + "'"
    varying = [index for index in range(width) if index not in literals]
    values = ", ".join(literals.get(index, "?") for index in range(width))
    dated = {index: made for index in varying if (made := _dates_as_text(columns[index])) is not None} \
        if columns else {}
    if not literals and not dated:
        return values, rows
    if dated:
        return values, list(zip(*[dated.get(index, columns[index]) for index in varying], strict=True))
    if len(varying) == 1:
        only = varying[0]
        return values, [(row[only],) for row in rows]
    return values, list(map(operator.itemgetter(*varying), rows)) if varying else [() for _ in rows]


_DATED = (dt.date, dt.datetime, type(None))


def _dates_as_text(column: Sequence[Any]) -> list[Any] | None:
    """A column of dates (or of times) and NULLs as the text sqlite3's adapters bind for them (a
    date's isoformat, a time's with a space), made here a column at a time: the adapter, called
    for each value, was a third of staging a 信访 row (its ~8 dates). None: not such a column."""
    if type(column[0]) not in _DATED or type(column[-1]) not in _DATED:
        return None
    kinds = set(map(type, column))
    kinds.discard(type(None))
    if kinds == {dt.date}:
        return [None if value is None else value.isoformat() for value in column]
    if kinds == {dt.datetime}:
        return [None if value is None else value.isoformat(" ") for value in column]
    return None


def _as_text(value: Any) -> str:
    """A literal's text: a batch's stamps (created_at …, one time for every row) as the text the
    driver binds for them (sqlite3's adapters: a date's isoformat, a time's with a space)."""
    if type(value) is dt.datetime:
        return value.isoformat(" ")
    if type(value) is dt.date:
        return value.isoformat()
    return str(value)


def _as_db_values(fields: list[peewee.Field], rows: Sequence[Sequence[Any]]) -> Sequence[Sequence[Any]]:
    """The rows as peewee's insert_many would send them to PostgreSQL (each field's db_value)."""
    if not fields:
        return rows
    converters = [f.db_value for f in fields]
    return [tuple(convert(value) for convert, value in zip(converters, row, strict=True)) for row in rows]


_TABLE_HEAD = re.compile(r'\s*create\s+table\s+(?:if\s+not\s+exists\s+)?(?:"(?:[^"]|"")+"|[^\s(]+)', re.IGNORECASE)
_INDEX_HEAD = re.compile(r'\s*create\s+index\s+(?:if\s+not\s+exists\s+)?(?:"(?:[^"]|"")+"|[^\s(]+)'
                         r'\s+on\s+(?:"(?:[^"]|"")+"|[^\s(]+)\s*\(', re.IGNORECASE)


def _transferable(table: str) -> bool:
    """SQLite transfers whole records into this table, rows in it already or not: it has no
    foreign keys (checked while they are on), no triggers and no unique index but its key."""
    if database.execute_sql(f"pragma foreign_key_list({_quoted(table)})").fetchall():
        return False
    if database.execute_sql("select 1 from sqlite_master where type = 'trigger' and tbl_name = ?", (table,)).fetchone():
        return False
    return not any(unique and origin != "pk"
                   for _, _, unique, origin, *_ in database.execute_sql(f"pragma index_list({_quoted(table)})"))


def _definition_for(table: str, temp: str) -> str:
    """The target's own CREATE TABLE (types, defaults, NOT NULL as it has them), made a
    temporary table's."""
    sql = database.execute_sql("select sql from main.sqlite_master where type = 'table' and name = ?",
                               (table,)).fetchone()[0]
    return _TABLE_HEAD.sub(f"create temp table {_quoted(temp)}", sql, count=1)


def index_staged(staged: Sequence[Staged]) -> None:
    """Before the write lock: the targets' indexes made on the tables staged whole, each as the
    target has it (columns, order, collation, WHERE), so that SQLite's transfer copies their
    entries in order."""
    for one in staged:
        if not one.whole or one.indexed:
            continue
        made = database.execute_sql("select sql from main.sqlite_master where type = 'index' and tbl_name = ? "
                                    "and sql is not null", (one.table,)).fetchall()
        for at, (sql,) in enumerate(made):
            head = f"create index temp.{_quoted(f'{one.temp}_index_{at}')} on {_quoted(one.temp)} ("
            made_here, found = _INDEX_HEAD.subn(head.replace("\\", "\\\\"), sql, count=1)
            if found:  # one written otherwise stays the target's alone: the copy then builds rows
                database.execute_sql(made_here)
        one.indexed = True


def copy_staged(staged: Staged) -> None:
    """Under the write lock: the staged rows into their table, in one statement."""
    if staged.whole:
        index_staged([staged])  # a no-op when made before the lock, as they should be
        database.execute_sql(f"insert into {target(staged.table)} select * from {staged.source}")
        return
    columns = ", ".join(_quoted(c) for c in staged.columns)
    order = " order by seq" if staged.numbered else ""
    database.execute_sql(f'insert into {target(staged.table)} ({columns}) select {columns} from {staged.source}{order}')


def target(table: str) -> str:
    """A shared table, as a query that also names temporary tables writes it."""
    return f'main."{table}"' if is_sqlite() else f'"{table}"'


def drop_staged(staged: list[Staged]) -> None:
    """Drop the temporary tables; a lost connection has taken them with it."""
    try:
        for one in staged:
            database.execute_sql(f'drop table if exists {one.source}')
    except (peewee.DatabaseError, peewee.InterfaceError):
        pass


def _convert(row: Sequence[Any], converters: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    values = list(row)
    for index, convert in converters:
        values[index] = convert(values[index])
    return values


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
