"""Base models: every table binds to the proxy; user-edited tables carry stamps and a version."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import peewee

from officedesk.store.db import database


def utcnow() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(peewee.Model):
    if TYPE_CHECKING:  # peewee adds the `id` AutoField at run time; tell the type checker
        id: Any

    class Meta:
        database = database
        legacy_table_names = False


class EditableModel(BaseModel):
    """A row users edit: who made and changed it, when, and a version for optimistic locking."""

    created_at = peewee.DateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=64, default="")
    updated_at = peewee.DateTimeField(default=utcnow)
    updated_by = peewee.CharField(max_length=64, default="")
    version = peewee.IntegerField(default=1)


def shared_values(db: peewee.Database | peewee.DatabaseProxy, table: str, column: str) -> dict[str, list[int]]:
    """A unique column's values that two or more rows have (saved before its rule, or changed
    outside the program), with their rows' ids: what keeps its unique index off."""
    rows = db.execute_sql(
        f"select {column}, id from {table} where {column} in (select {column} from {table}"
        f" where {column} <> '' group by {column} having count(*) > 1) order by {column}, id").fetchall()
    shared: dict[str, list[int]] = {}
    for value, row_id in rows:
        shared.setdefault(str(value), []).append(int(row_id))
    return shared
