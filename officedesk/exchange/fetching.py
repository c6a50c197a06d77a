"""Records by id, many at a time, for an export: the same model objects `record_lists.fetch` gives,
at a fraction of the cost.

peewee spends most of a big export's reading time in three places: composing the SQL of an
`IN (…500 ids…)` query each batch, calling every column's converter for every row (a 信访 row
has 51 columns; most are text or integers the driver already gives as such) and building each
object through its attribute setters. Here the SQL is composed once per batch size, only the
columns that need it are converted (dates with a fast path for peewee's own stored form), and
each object gets its stored values at once. Which records the actor may see is decided as
everywhere, by `record_lists.query`, here in the same statement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import peewee

from officedesk.core import record_lists
from officedesk.core.actor import Actor
from officedesk.core.registry import RegistrySpec
from officedesk.store.db import guarded

# Field classes whose converter does nothing to what SQLite and PostgreSQL drivers return
# (text as str, integers as int): their values are taken as they come.
_AS_GIVEN = (
    peewee.CharField,
    peewee.FixedCharField,
    peewee.TextField,
    peewee.IntegerField,
    peewee.BigIntegerField,
    peewee.SmallIntegerField,
    peewee.AutoField,
    peewee.BigAutoField,
)


def _date_converter(field: peewee.Field) -> Callable[[Any], Any]:
    slow = field.python_value

    def convert(value: Any) -> Any:
        # peewee stores a date as YYYY-MM-DD; anything else takes peewee's own path
        if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        return slow(value)

    return convert


def _datetime_converter(field: peewee.Field) -> Callable[[Any], Any]:
    slow = field.python_value

    def convert(value: Any) -> Any:
        # YYYY-MM-DD HH:MM:SS (peewee's stored form without microseconds)
        if type(value) is str and len(value) == 19 and value[10] == " ":
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                pass
        return slow(value)

    return convert


def converter(field: peewee.Field) -> Callable[[Any], Any] | None:
    """What turns a driver's value into the field's Python value; None: nothing to do."""
    kind = type(field)
    if kind is peewee.ForeignKeyField:
        return converter(field.rel_field)  # type: ignore[attr-defined]
    if kind in _AS_GIVEN:
        return None
    if kind is peewee.DateField:
        return _date_converter(field)
    if kind is peewee.DateTimeField:
        return _datetime_converter(field)
    return field.python_value  # type: ignore[no-any-return]


class RecordFetcher:
    """`fetch(ids)` -> {id: record} of the records among `ids` that `actor` may see, as
    `record_lists.fetch` gives them but cheaper; the visibility condition is `record_lists.query`'s,
    in the same statement."""

    def __init__(self, spec: RegistrySpec, actor: Actor) -> None:
        model = self.model = spec.model
        self.fields = list(model._meta.sorted_fields)
        self.names = [field.name for field in self.fields]
        self.converters = [
            (index, field.name, convert)
            for index, field in enumerate(self.fields)
            if (convert := converter(field)) is not None
        ]
        self.key = self.names.index(model._meta.primary_key.name)
        self.visible = record_lists.query(spec, actor).select(*self.fields)
        self._sql: dict[int, tuple[str, list[Any]]] = {}

    def _query(self, ids: list[int]) -> tuple[str, list[Any]]:
        """The statement for this many ids, composed by peewee once (quoting, placeholders,
        the visibility condition's own parameters); only the ids change."""
        size = len(ids)
        known = self._sql.get(size)
        if known is None:
            placeholder = list(range(size))
            sql, params = self.visible.where(self.model._meta.primary_key.in_(placeholder)).sql()
            if params[len(params) - size :] != placeholder:  # not last: compose each time
                return self.visible.where(self.model._meta.primary_key.in_(ids)).sql()
            known = self._sql[size] = (sql, params[: len(params) - size])
        return known[0], known[1] + ids

    def fetch(self, ids: Sequence[int]) -> dict[int, Any]:
        if not ids:
            return {}
        model, names, converters, key = self.model, self.names, self.converters, self.key
        new = model.__new__
        found: dict[int, Any] = {}
        with guarded("读取"):
            cursor = model._meta.database.execute_sql(*self._query(list(ids)))
            for row in cursor:
                data = dict(zip(names, row, strict=True))
                for index, name, convert in converters:
                    value = row[index]
                    if value is not None:
                        data[name] = convert(value)
                record = new(model)
                # what Model.__init__(__no_default__=1, **data) leaves, less a setter per column
                record.__data__ = data
                record._dirty = set()
                record.__rel__ = {}
                found[row[key]] = record
        return found
