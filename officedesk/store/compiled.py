"""The statements every save runs, compiled once. peewee compiles a statement on each call:
0.2–0.6 ms for a select of a registry's 10–50 columns, read four times in one corrected record
of an `import --update`, and 0.4 ms for the audit entry's insert — more than the writes
themselves. Here they are compiled once per table and kind of database (the placeholder differs
between SQLite and PostgreSQL) and their values converted by the fields as peewee converts them.

- fetch / fetch_dict: one row by its id (a step or a window reads its record, a save reads it
  back, the audit entry digests it);
- insert_one: one row of fixed columns (an audit entry);
- update_one: a record's changed columns, if its version is the one read (every save);
- fetch_all: the rows of a fixed select (every active user's post, read by each save of a
  record that names people, to judge their clearance)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import peewee

from officedesk.store.proxy import database

# (model, database class, its fields) -> the statement and each column's field name and
# conversion, in the statement's order
_Compiled = tuple[str, list[tuple[str, Callable[[Any], Any]]]]
_STATEMENTS: dict[tuple[type[peewee.Model], type, tuple[str, ...]], _Compiled] = {}


def _compiled(model: type[peewee.Model]) -> _Compiled:
    # by its fields too: a test reading a database of an older schema drops the newer ones
    key = (model, type(database.obj), tuple(model._meta.sorted_field_names))
    compiled = _STATEMENTS.get(key)
    if compiled is None:
        fields = model._meta.sorted_fields
        statement, params = model.select(*fields).where(model._meta.primary_key == 0).sql()
        if params != [0]:  # the id must be the statement's only parameter
            raise RuntimeError(f"unexpected parameters for {model.__name__}: {params!r}")
        compiled = _STATEMENTS[key] = (statement, [(f.name, f.python_value) for f in fields])
    return compiled


def fetch_dict(model: type[peewee.Model], record_id: Any) -> dict[str, Any] | None:
    """The row as a dict of its fields' values, converted as peewee converts them
    (model.select().where(id).dicts().first())."""
    statement, columns = _compiled(model)
    # as peewee's own where clause converts the id ("5" from a command line reads as 5)
    primary: Any = model._meta.primary_key
    cursor = database.execute_sql(statement, (primary.db_value(record_id),))
    row = cursor.fetchone()
    return None if row is None else _converted(columns, row)


def _converted(columns: list[tuple[str, Callable[[Any], Any]]], row: Sequence[Any]) -> dict[str, Any]:
    return {name: convert(value) for (name, convert), value in zip(columns, row, strict=True)}


def fetch(model: type[peewee.Model], record_id: Any) -> Any | None:
    """model.get_or_none(model.id == record_id), compiled once: the same object peewee makes
    (nothing marked changed)."""
    values = fetch_dict(model, record_id)
    return None if values is None else loaded(model, values)


def loaded(model: type[peewee.Model], values: dict[str, Any]) -> Any:
    """The model object of a row read or written (values by field name), as peewee makes it
    from a cursor: nothing marked changed, so a later save() writes only what is changed."""
    record: Any = model(__no_default__=1, **values)
    record._dirty.clear()
    return record


# (model, database class, column names) -> the insert and whether it returns the new id
_INSERTS: dict[tuple[type[peewee.Model], type, tuple[str, ...]], tuple[str, list[peewee.Field], bool]] = {}


def insert_one(model: type[peewee.Model], values: dict[str, Any]) -> int:
    """model.insert(**values).execute(): the new row's id."""
    key = (model, type(database.obj), tuple(values))
    compiled = _INSERTS.get(key)
    if compiled is None:
        fields = [model._meta.fields[name] for name in values]
        columns = ", ".join(f'"{field.column_name}"' for field in fields)
        marks = ", ".join(database.param for _ in fields)
        returning = not isinstance(database.obj, peewee.SqliteDatabase)
        primary: Any = model._meta.primary_key
        statement = (f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
                     + (f' RETURNING "{primary.column_name}"' if returning else ""))
        compiled = _INSERTS[key] = (statement, fields, returning)
    statement, fields, returning = compiled
    cursor = database.execute_sql(
        statement, tuple(field.db_value(value) for field, value in zip(fields, values.values(), strict=True)))
    return int(cursor.fetchone()[0] if returning else cursor.lastrowid)


# (model, database class, column names) -> the update of those columns, the id and version last
_UPDATES: dict[tuple[type[peewee.Model], type, tuple[str, ...]], tuple[str, list[peewee.Field]]] = {}


def update_one(model: type[peewee.Model], record_id: Any, version: int, values: dict[str, Any]) -> int:
    """model.update(values).where(id == record_id & version == version).execute(): the rows
    changed (0 when another save changed the version meanwhile). An expression among the
    values (a column computed from itself) goes through peewee."""
    meta: Any = model._meta
    if any(isinstance(value, peewee.Node) for value in values.values()):
        changes = {meta.fields[name]: value for name, value in values.items()}
        return int(model.update(changes).where(
            (meta.primary_key == record_id) & (meta.fields["version"] == version)).execute())
    statement, fields = _update_statement(model, tuple(values))
    return int(database.execute_sql(statement, _update_bound(model, fields, values, record_id, version)).rowcount)


def update_many(model: type[peewee.Model], names: tuple[str, ...],
                rows: Sequence[tuple[dict[str, Any], Any, int]]) -> int:
    """update_one for many rows that change the same columns `names` (values, id, version),
    one statement executed for them all: the rows changed."""
    statement, fields = _update_statement(model, names)
    bound = [_update_bound(model, fields, values, record_id, version) for values, record_id, version in rows]
    if isinstance(database.obj, peewee.SqliteDatabase):
        return int(database.connection().executemany(statement, bound).rowcount)
    return sum(int(database.execute_sql(statement, values).rowcount) for values in bound)


def _update_statement(model: type[peewee.Model], names: tuple[str, ...]) -> tuple[str, list[peewee.Field]]:
    meta: Any = model._meta
    key = (model, type(database.obj), names)
    compiled = _UPDATES.get(key)
    if compiled is None:
        fields = [meta.fields[name] for name in names]
        mark = database.param
        assignments = ", ".join(f'"{field.column_name}" = {mark}' for field in fields)
        statement = (f'UPDATE "{meta.table_name}" SET {assignments} WHERE '
                     f'"{meta.primary_key.column_name}" = {mark} AND "{meta.fields["version"].column_name}" = {mark}')
        compiled = _UPDATES[key] = (statement, fields)
    return compiled


def _update_bound(model: type[peewee.Model], fields: list[peewee.Field], values: dict[str, Any],
                  record_id: Any, version: int) -> tuple[Any, ...]:
    primary: Any = model._meta.primary_key
    bound = [field.db_value(value) for field, value in zip(fields, values.values(), strict=True)]
    return (*bound, primary.db_value(record_id), version)


def versions(model: type[peewee.Model], record_ids: Sequence[Any]) -> dict[Any, int]:
    """Each row's version (id -> version), a chunk of ids at a time: only the two columns read."""
    meta: Any = model._meta
    primary, version = meta.primary_key, meta.fields["version"]
    found: dict[Any, int] = {}
    for start in range(0, len(record_ids), 500):
        chunk = [primary.db_value(i) for i in record_ids[start:start + 500]]
        marks = ", ".join(database.param for _ in chunk)
        cursor = database.execute_sql(
            f'SELECT "{primary.column_name}", "{version.column_name}" FROM "{meta.table_name}" '
            f'WHERE "{primary.column_name}" IN ({marks})', tuple(chunk))
        found.update((primary.python_value(i), int(v)) for i, v in cursor.fetchall())
    return found


def fetch_many(model: type[peewee.Model], record_ids: Sequence[Any]) -> dict[Any, dict[str, Any]]:
    """fetch_dict of many rows, read a chunk of ids at a time: id -> the row's values."""
    primary: Any = model._meta.primary_key
    statement, columns = _compiled(model)
    where = statement.rindex("WHERE")  # … WHERE ("t1"."id" = ?): the id column as aliased
    head, column = statement[:where], statement[where + len("WHERE ("):statement.rindex(" = ")]
    found: dict[Any, dict[str, Any]] = {}
    for start in range(0, len(record_ids), 500):
        chunk = [primary.db_value(i) for i in record_ids[start:start + 500]]
        marks = ", ".join(database.param for _ in chunk)
        cursor = database.execute_sql(f"{head}WHERE {column} IN ({marks})", tuple(chunk))
        for row in cursor.fetchall():
            values = _converted(columns, row)
            found[values[primary.name]] = values
    return found


# key -> the statement, its fixed parameters and each column's field name and conversion
_SELECTS: dict[tuple[str, type, tuple[str, ...]], tuple[str, tuple[Any, ...], list[tuple[str, Callable[[Any], Any]]]]] = {}


def fetch_all(model: type[peewee.Model], key: str,
              narrowed: Callable[[peewee.ModelSelect], peewee.ModelSelect]) -> list[Any]:
    """The rows of `narrowed(model.select(every field))` — a where and an order with fixed
    values, nothing joined — as model objects; compiled once under `key`."""
    statement, params, columns = _select(model, key, narrowed)
    return [loaded(model, _converted(columns, row)) for row in database.execute_sql(statement, params).fetchall()]


def _select(model: type[peewee.Model], key: str, narrowed: Callable[[peewee.ModelSelect], peewee.ModelSelect],
            named: Any = None) -> tuple[str, tuple[Any, ...], list[tuple[str, Callable[[Any], Any]]]]:
    """fetch_all's statement, compiled once under `key` (`named`: a parameter it must hold once)."""
    cache_key = (key, type(database.obj), tuple(model._meta.sorted_field_names))
    compiled = _SELECTS.get(cache_key)
    if compiled is None:
        fields = model._meta.sorted_fields
        statement, given = narrowed(model.select(*fields)).sql()
        if named is not None and list(given).count(named) != 1:  # the id named once, by its own parameter
            raise RuntimeError(f"unexpected parameters for {key}: {given!r}")
        compiled = _SELECTS[cache_key] = (statement, tuple(given),
                                          [(f.name, f.python_value) for f in fields])
    return compiled


_ANY_ID = -7_654_321  # the record named when a per-record select is compiled, replaced by each call's


def fetch_all_of(model: type[peewee.Model], key: str, record_id: Any,
                 narrowed: Callable[[peewee.ModelSelect, Any], peewee.ModelSelect]) -> list[Any]:
    """fetch_all for one record's rows: `narrowed(model.select(every field), id)` — a where on
    that id and others with fixed values, an order, nothing joined — compiled once under `key`
    (the rows of an item's history, read by every step on it)."""
    statement, params, columns = _select(model, key, lambda select: narrowed(select, _ANY_ID), _ANY_ID)
    bound = tuple(record_id if value == _ANY_ID else value for value in params)
    return [loaded(model, _converted(columns, row)) for row in database.execute_sql(statement, bound).fetchall()]


# key -> the statement, its parameters (the record named by _ANY_ID) and each column's conversion
_TUPLES: dict[tuple[Any, type], tuple[str, tuple[Any, ...], list[Callable[[Any], Any]]]] = {}


def tuples_of(key: Any, record_id: Any, made: Callable[[Any], peewee.ModelSelect]) -> list[tuple[Any, ...]]:
    """`made(record_id).tuples()` — a select of fields, joined or not, whose one varying value is
    the record's id — compiled once under `key` (a record's sub-rows, read by each audit entry of
    it: peewee compiled the join of a 会议's people again for each save), its values converted as
    peewee converts them."""
    cache_key = (key, type(database.obj))
    compiled = _TUPLES.get(cache_key)
    if compiled is None:
        query: Any = made(_ANY_ID)
        statement, given = query.sql()
        nodes = [node.unwrap() for node in query._returning]
        if list(given).count(_ANY_ID) != 1 or not all(isinstance(node, peewee.Field) for node in nodes):
            raise RuntimeError(f"unexpected select for {key}: {given!r}")
        compiled = _TUPLES[cache_key] = (statement, tuple(given), [node.python_value for node in nodes])
    statement, params, converters = compiled
    bound = tuple(record_id if value == _ANY_ID else value for value in params)
    return [tuple(convert(value) for convert, value in zip(converters, row, strict=True))
            for row in database.execute_sql(statement, bound).fetchall()]
