"""Plain multi-row inserts for batch writes (imports): executemany on SQLite (~200k rows/s),
INSERT … VALUES chunks on PostgreSQL; no peewee model instance per row.

On SQLite a batch can be staged first: its rows go into temporary tables of this connection
(no lock on the database file: other workstations save meanwhile), and under the write lock
one INSERT … SELECT per table copies them in (C speed, no Python per row)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.store.db import database, is_sqlite

CHUNK = 500  # rows per INSERT on PostgreSQL; batch progress is reported per chunk too
_NATIVE = (int, bool, type(None))  # what a foreign key or flag column binds as it is


def bulk_insert(model: Any, names: list[str], rows: Sequence[Sequence[Any]]) -> None:
    """Plain multi-row inserts: executemany on SQLite, INSERT … VALUES chunks on PostgreSQL."""
    if not rows:
        return
    fields = [model._meta.fields[name] for name in names]
    if not is_sqlite():  # peewee's insert_many converts the values itself
        for start in range(0, len(rows), CHUNK):
            model.insert_many(rows[start : start + CHUNK], fields=fields).execute()
        return
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
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


_staged_count = itertools.count(1)


def stage(model: Any, names: list[str], rows: Sequence[Sequence[Any]], into: Staged | None = None) -> Staged:
    """Put rows aside for `model`'s table, as bulk_insert would write them, in a temporary table
    (SQLite: takes no lock on the database file); `into` adds to one staged before. The temporary
    table's columns have no type, so the copy converts each value as a direct insert would."""
    fields = [model._meta.fields[name] for name in names] if hasattr(model, "_meta") else []
    table = model._meta.table_name if hasattr(model, "_meta") else str(model)
    columns = [f.column_name for f in fields] if fields else list(names)
    connection = database.connection()
    if into is None:
        into = Staged(table, columns, f"staged_{table}_{next(_staged_count)}")
        connection.execute(f'create temp table "{into.temp}" ({", ".join(_quoted(c) for c in columns)})')
    if rows:
        marks = ", ".join("?" for _ in columns)
        connection.executemany(f'insert into temp."{into.temp}" values ({marks})',
                               _as_bound(fields, rows) if fields else rows)
    return into


def copy_staged(staged: Staged) -> None:
    """Under the write lock: the staged rows into their table, in one statement."""
    columns = ", ".join(_quoted(c) for c in staged.columns)
    database.execute_sql(f'insert into main."{staged.table}" ({columns}) select {columns} from temp."{staged.temp}"')


def drop_staged(staged: list[Staged]) -> None:
    connection = database.connection()
    for one in staged:
        connection.execute(f'drop table if exists temp."{one.temp}"')


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _convert(row: Sequence[Any], converters: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    values = list(row)
    for index, convert in converters:
        values[index] = convert(values[index])
    return values
