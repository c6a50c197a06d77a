"""Tamper evidence for the rows the audit trail describes.

Each audit entry about a registry's record (or a user) carries the digest of that row as it
stood after the change, inside the entry's hash. `check` digests every row again and compares
it with the row's last entry: a title edited, a petitioner's ID number changed, a user's
clearance raised or a record deleted outside the program shows, because whoever did it could
not write a matching entry without breaking the chain (or the anchor kept outside the file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import operator
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import i18n, keyed_json, sub_rows
from officedesk.store import compiled
from officedesk.store.db import database
from officedesk.store.models import AuditEntry, User

# Reference tables a migration fills with the office's defaults (the 职级 table): their seeded
# rows have no entry of their own; changes made afterwards are audited and checked as usual.
SEEDED = {"ranks"}


def _seeded_rows(name: str) -> dict[int, dict[str, Any]]:
    """id -> the columns a seeded row was made with (migration 10's 职级, ids 1 … 10 in order): a
    row without an entry must still hold them."""
    if name != "ranks":
        return {}
    from officedesk.store.migrations.m0010_ranks import STANDARD_RANKS

    return {order: {"name": rank, "sort_order": order, "version": 1}
            for order, rank in enumerate(STANDARD_RANKS, 1)}

# Columns that change without an audit entry on purpose (the log-in counter): not digested.
VOLATILE = {"user": {"failed_attempts", "locked_until"}}

# Columns a later migration added to an audited table, with the value every row got then: left
# out of a row's digest while they hold it, so the rows audited before the column existed still
# match their last entry; once a step fills one, its entry digests it like any other column.
ADDED_LATER: dict[str, dict[str, Any]] = {
    "outgoing_doc": {"rechecker": "", "joint_organs": ""},  # schema 18, 21
    "meeting": {"observers_text": "", "notice_sent": "", "doc_no": ""},  # schema 19, 40
    "petition": {"first_review_requested_on": None, "first_review_answered_on": None,
                 "first_review_opinion": "", "served_on": None},  # schema 24, 35
    # 停用 (schema 43): a 通讯录 entry out of use
    "unit": {"out_of_use": False}, "person": {"out_of_use": False}, "room": {"out_of_use": False},
    "efficiency_complaint": {"remedy_days": None},  # schema 44
}


_MODELS: dict[str, type[peewee.Model]] = {}


def _trails() -> dict[str, type[peewee.Model]]:
    """The audited tables that are no registry's: users, and 代理 (delegation: its substitute does
    the principal's steps on its days), each entry naming a row by its id."""
    from officedesk.store.chain import Delegation

    return {"users": User, "delegations": Delegation}


_TRAIL_LABELS = {"users": "用户", "delegations": "代理"}


def _models() -> dict[str, type[peewee.Model]]:
    """registry name -> model (every write asks: rebuilt only when a registry was added)."""
    from officedesk.core import registry

    specs = registry.all_registries()
    if len(_MODELS) != len(specs) + len(_TRAIL_LABELS):
        _MODELS.clear()
        _MODELS.update(_trails())
        _MODELS.update({spec.name: spec.model for spec in specs})
    return _MODELS


def model_for(registry_name: str) -> type[peewee.Model] | None:
    if ":" in registry_name or registry_name in ("system", "settings"):
        return None
    return _models().get(registry_name)


# (a row is flat: no cycle to look for)
_ROW_TEXT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str, check_circular=False).encode


def _row_text(data: dict[str, Any]) -> str:
    return _ROW_TEXT(data)  # json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def _digest_row(model: type[peewee.Model], row: dict[str, Any]) -> str:
    skip = VOLATILE.get(model._meta.table_name, set())
    added = ADDED_LATER.get(model._meta.table_name, {})
    return digest_text(_row_text({key: value for key, value in row.items() if key not in skip
                                  and not (key in added and value == added[key])}))


def _with_sub_rows(model: type[peewee.Model], digests: dict[int, str]) -> dict[int, str]:
    """The rows' digests made to cover their sub-rows as the table holds them now, where the
    registry digests them (core.sub_rows)."""
    table = model._meta.table_name
    if not digests or not sub_rows.covers(table):
        return digests
    found = sub_rows.texts(table, list(digests))
    return {record_id: sub_rows.digest_of(table, digest, found, record_id)
            for record_id, digest in digests.items()}


def row_digest(registry_name: str, record_id: int | None) -> str:
    """The digest of the row now, with its sub-rows where they are digested ('' when the
    registry has no rows to digest or it is gone)."""
    if record_id is None:
        return ""
    model = model_for(registry_name)
    if model is None:
        return ""
    row = compiled.fetch_dict(model, record_id)
    return "" if row is None else _with_sub_rows(model, {record_id: _digest_row(model, row)})[record_id]


def digests_of(registry_name: str, rows: list[dict[str, Any]]) -> dict[int, str]:
    """row_digest of rows read already (compiled.fetch_many's values): id -> digest."""
    model = model_for(registry_name)
    if model is None:
        return {}
    key: Any = model._meta.primary_key
    return _with_sub_rows(model, {row[key.name]: _digest_row(model, row) for row in rows})


def row_digests(registry_name: str, record_ids: list[int]) -> dict[int, str]:
    """row_digest of many rows of one registry, read in chunks (a batch import)."""
    model = model_for(registry_name)
    if model is None:
        return {}
    key: Any = model._meta.primary_key
    found: dict[int, str] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start:start + 500]
        row: Any
        for row in model.select().where(key.in_(chunk)).dicts():
            found[row[key.name]] = _digest_row(model, row)
    return _with_sub_rows(model, found)


def row_texts(registry_name: str, rows: list[dict[str, Any]], ids: list[int] | Any,
              shared: keyed_json.Shared | None = None) -> list[str] | None:
    """The digested text of rows about to be written, from the values in memory (a batch
    import: made before the write lock, no read back under it), with their `ids` (a list: each
    row's; else the one value every row's id reads as). Each value goes through its column's
    conversion to the database and back, so it reads as `check` will read it from the table.
    None when the registry's rows are not digested. `shared`: given, it keeps the columns made
    and encoded here for the rows' audit texts (core.batch_rows.after_texts)."""
    model = model_for(registry_name)
    if model is None:
        return None
    fields = model._meta.fields
    primary: Any = model._meta.primary_key
    key = primary.name
    skip = VOLATILE.get(model._meta.table_name, set())
    added = ADDED_LATER.get(model._meta.table_name, {})
    # text into a text column and whole numbers into an integer column read back as they went in
    # (dates into a date column, times into a datetime column: peewee passes them through)
    plain = {name: str if isinstance(f, peewee.CharField | peewee.TextField) and not isinstance(f, peewee.ForeignKeyField)
             else int if type(f) in (peewee.IntegerField, peewee.BigIntegerField)
             else dt.date if type(f) is peewee.DateField
             else dt.datetime if type(f) is peewee.DateTimeField else None
             for name, f in fields.items()}
    # dates and times as the encoder's default=str would write them, without its call per value
    timed = {name for name, kind in plain.items() if kind is dt.date or kind is dt.datetime}
    if rows:
        columns = _converted_columns(rows, fields, plain, timed, shared)
        if columns is not None and _leave_out(columns, rows, skip, added):
            columns[key] = list(ids) if isinstance(ids, list) else [ids] * len(rows)
            return keyed_json.dumps_columns(list(columns), list(columns.values()), len(rows),
                                            shared.encoded if shared is not None else None)
    texts = []
    for at, values in enumerate(rows):
        data: dict[str, Any] = {}
        for name, value in values.items():
            if name in skip or (name in added and value == added[name]):
                continue
            if value is None:
                data[name] = None
            elif type(value) is plain[name]:
                data[name] = str(value) if name in timed else value
            else:
                column = fields[name]
                data[name] = column.python_value(column.db_value(value))
        data[key] = ids[at] if isinstance(ids, list) else ids
        texts.append(_ROW_TEXT(data))
    return texts


def _leave_out(columns: dict[str, list[Any]], rows: list[dict[str, Any]], skip: set[str],
               added: dict[str, Any]) -> bool:
    """Take out of `columns` what the loop over the rows leaves out of each row: the volatile
    columns, and a column added later where every row holds the value it was added with (a
    new 信访's 复查 dates). False when only some rows hold it: the loop decides row by row."""
    for name in skip:
        columns.pop(name, None)
    for name, value in added.items():
        if name not in columns:
            continue
        holding = sum(1 for row in rows if row[name] == value)
        if holding == len(rows):
            del columns[name]
        elif holding:
            return False
    return True


def _converted_columns(rows: list[dict[str, Any]], fields: dict[str, Any], plain: dict[str, Any],
                       timed: set[str], shared: keyed_json.Shared | None = None) -> dict[str, list[Any]] | None:
    """row_texts' values a column at a time, each converted as the loop over the rows converts
    it; None when the rows do not all have the same columns of the model. `shared`: given, the
    columns that canonical() would write as they are made here (see row_texts)."""
    names = list(rows[0])
    if not names or any(name not in plain for name in names) or any(len(values) != len(names) for values in rows):
        return None
    pick = operator.itemgetter(*names) if len(names) > 1 else lambda values: (values[names[0]],)
    try:
        transposed = list(zip(*map(pick, rows), strict=True))
    except KeyError:
        return None
    columns: dict[str, list[Any]] = {}
    for name, values in zip(names, transposed, strict=True):
        kind = plain[name]
        kinds = set(map(type, values))
        if kinds <= {kind, type(None)}:
            # all of the column's own type (or None): as they are, dates and times as text
            if name not in timed:
                columns[name] = list(values)
            elif type(None) in kinds:
                columns[name] = [None if value is None else str(value) for value in values]
            else:
                columns[name] = list(map(str, values))
            # the values as they are, or dates as ISO text (str), are canonical()'s too; a
            # time's str has a space where its isoformat has a T
            if shared is not None and kind is not dt.datetime:
                shared.columns[name] = columns[name]
        else:
            column = fields[name]
            columns[name] = [None if value is None
                             else (str(value) if name in timed else value) if type(value) is kind
                             else column.python_value(column.db_value(value)) for value in values]
    return columns


def digest_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def same_as_table(registry_name: str, digests: dict[int, str]) -> bool:
    """Digests made in memory agree with the rows read back: the first and last are read."""
    if not digests:
        return True
    ids = sorted(digests)
    sample = [ids[0], ids[-1]]
    read = row_digests(registry_name, sample)
    return all(read.get(i) == digests[i] for i in sample)


@dataclass(frozen=True)
class RowProblem:
    registry: str
    record_id: int
    message: str


def _last_entries(registry_name: str) -> dict[int, tuple[str, str, int]]:
    """record id -> (action, row digest, entry id) of the record's last entry."""
    last: dict[int, tuple[str, str, int]] = {}
    rows = (AuditEntry.select(AuditEntry.record_id, AuditEntry.action, AuditEntry.row_digest,
                              AuditEntry.id)
            .where((AuditEntry.registry == registry_name) & AuditEntry.record_id.is_null(False))
            .order_by(AuditEntry.id).tuples().iterator())
    for record_id, action, digest, entry_id in rows:
        last[record_id] = (action, digest, entry_id)
    return last


def check_rows() -> Iterator[RowProblem]:
    """Rows that differ from their last audit entry, rows gone without a 删除 entry, rows
    that no entry mentions."""
    tables = set(database.get_tables())
    for name, model in list(_models().items()):
        if model._meta.table_name not in tables:  # a registry this database does not have
            continue
        label = _label(name)
        entries = _last_entries(name)
        seeded = _seeded_rows(name)
        seen: set[int] = set()
        for row, subs in _rows_of(model, entries):
            record_id = row["id"]
            seen.add(record_id)
            entry = entries.get(record_id)
            if entry is None:
                made = seeded.get(record_id)
                if made is not None and all(row.get(key) == value for key, value in made.items()):
                    continue
                if made is not None:
                    yield RowProblem(name, record_id, i18n.text("%1第 %2 条记录与程序建库时写入的不同，"
                                                                "却没有任何审计记录（在程序之外被改动）",
                                                                label, record_id))
                    continue
                yield RowProblem(name, record_id, i18n.text("%1第 %2 条记录没有任何审计"
                                                            "记录（在程序之外写入，或其审计记"
                                                            "录被删除）",
                                                            label, record_id))
                continue
            action, digest, entry_id = entry
            if action == "delete":
                yield RowProblem(name, record_id, i18n.text("%1第 %2 条记录已在审计记录"
                                                            " %3 中删除，却仍在数据库中（"
                                                            "在程序之外恢复或写入）",
                                                            label, record_id, entry_id))
            elif digest and digest != _digest_as(model, row, digest, subs):
                yield RowProblem(name, record_id, i18n.text("%1第 %2 条记录的内容与审计"
                                                            "记录 %3 不符（在程序之外被改"
                                                            "动）",
                                                            label, record_id, entry_id))
        for record_id in sorted(set(seeded) - seen - set(entries)):
            yield RowProblem(name, record_id, i18n.text("%1第 %2 条记录（程序建库时写入）不见了，"
                                                        "审计记录中没有删除它（在程序之外被删除）",
                                                        label, record_id))
        for record_id, (action, digest, entry_id) in entries.items():
            if record_id not in seen and action != "delete" and digest:
                yield RowProblem(name, record_id, i18n.text("%1第 %2 条记录不见了，审计"
                                                            "记录中没有删除它（最后一条是 %"
                                                            "3，在程序之外被删除）",
                                                            label, record_id, entry_id))


def _rows_of(model: type[peewee.Model], entries: dict[int, tuple[str, str, int]]
             ) -> Iterator[tuple[dict[str, Any], sub_rows.Found]]:
    """Every row of the table, each with its sub-rows' texts where they are digested (read a
    range of ids at a time, as the rows come in order: no table held in memory) — only for a
    record whose last entry digests them (`entries`: _last_entries), the range's when most do:
    an office kept before they were digested reads none until its records change."""
    table = model._meta.table_name
    if not sub_rows.covers(table):
        for row in model.select().dicts().iterator():
            yield row, []
        return
    covering = {record_id for record_id, (_action, digest, _entry) in entries.items()
                if digest.startswith(sub_rows.MARK)}
    key: Any = model._meta.primary_key
    chunk: list[dict[str, Any]] = []
    rows: Any = model.select().order_by(key).dicts().iterator()
    for row in itertools.chain(rows, [None]):
        if row is not None:
            chunk.append(row)
        if chunk and (row is None or len(chunk) >= 2000):
            subs: sub_rows.Found = []
            covered = [kept[key.name] for kept in chunk if kept[key.name] in covering]
            if len(covered) > len(chunk) // 2:
                subs = sub_rows.texts_between(table, chunk[0][key.name], chunk[-1][key.name])
            elif covered:  # (few: those alone, not the range's every sub-row)
                subs = sub_rows.texts(table, covered)
            for kept in chunk:
                yield kept, subs
            chunk = []


def _digest_as(model: type[peewee.Model], row: dict[str, Any], digest: str,
               subs: sub_rows.Found) -> str:
    """The row's digest made as its entry's was: with its sub-rows (core.sub_rows.MARK), or,
    an entry from before they were digested, of the row alone."""
    made = _digest_row(model, row)
    if not digest.startswith(sub_rows.MARK) or not subs:
        # (no sub-rows read: a table this program does not digest them for, its entry written
        # by a later one — told as the record not matching its entry, never a traceback)
        return made
    return sub_rows.digest_as(model._meta.table_name, made, subs, row["id"], digest)


def _label(name: str) -> str:
    if name in _TRAIL_LABELS:
        return _TRAIL_LABELS[name]
    from officedesk.core import registry

    return registry.get(name).label
