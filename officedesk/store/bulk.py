"""Plain multi-row inserts for batch writes (imports): executemany on SQLite (~200k rows/s),
INSERT … VALUES chunks on PostgreSQL; no peewee model instance per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    # a column of ids, flags or NULLs is what the driver takes already (no pass per row)
    converters = [(i, f.db_value) for i, f in enumerate(fields)
                  if isinstance(f, peewee.ForeignKeyField | peewee.BooleanField)
                  and not all(type(row[i]) in _NATIVE for row in rows)]
    if converters:
        rows = [tuple(_convert(row, converters)) for row in rows]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    database.connection().executemany(
        f'insert into "{model._meta.table_name}" ({columns}) values ({marks})', rows)


def _convert(row: Sequence[Any], converters: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    values = list(row)
    for index, convert in converters:
        values[index] = convert(values[index])
    return values
