"""A record's rows of its own (its sub-rows) in its row digest (core.integrity): a record's audit
entry digests its row and, for the tables listed here, its sub-rows as they stood after the
change, so a sub-row edited, deleted or inserted in the file shows in `check` as its record
changed. So far a 信访's petitioners (信访人).

Sound because every path that writes such a sub-row writes an audit entry of its record after
it, in the same transaction: 登记 (records.create's after_insert, before the entry), the
petitioner list's correction (registration.update_petitioners: the rows, then the entry), the
batch import (its children inserted before its entries; their digests made here from the rows
in memory, `cover_batch`) and schema 34's tidying of padded names (the rows, then the entry). A
record deleted is deleted with them (its entry digests nothing).

An entry's digest says which way it was made: one made before sub-rows were digested (64 hex
digits) is compared with the row alone, as it was written; one covering them starts with
`MARK`. The digest is inside the entry's hash, so its kind cannot be changed without breaking
the chain. A record whose last entry is from before is covered from its next change on.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from typing import Any

import peewee

MARK = "s"  # never a hex digit: an old digest never starts with it

# the parent's table -> (the sub-rows' model name in store.petitions …, its key to the parent,
# the columns digested, in order). Stamps and the rows' own ids are left out: a correction
# writes the list again (new ids), and what the clerk sees is what is guarded.
_TABLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "petition": ("officedesk.store.petitions:Petitioner", "petition",
                 ("seq", "name", "gender", "id_number", "phone", "address", "employer")),
}

_TEXT = json.JSONEncoder(ensure_ascii=False, default=str, check_circular=False).encode


def covers(table: str) -> bool:
    return table in _TABLES


def _model(table: str) -> tuple[type[peewee.Model], str, tuple[str, ...]]:
    import importlib

    where, key, columns = _TABLES[table]
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name), key, columns


def combine(row_digest: str, sub_text: str) -> str:
    """The digest of a row (integrity's, 64 hex digits) with its sub-rows' text: 64 characters,
    MARK first (the column keeps 64)."""
    return MARK + hashlib.sha256(f"{row_digest}\x1e{sub_text}".encode()).hexdigest()[:63]


def _texts(found: dict[int, list[tuple[Any, ...]]]) -> dict[int, str]:
    return {parent: _TEXT([list(values) for values in rows]) for parent, rows in found.items()}


def texts(table: str, parent_ids: list[int]) -> dict[int, str]:
    """parent id -> its sub-rows' digested text, read from the table. A parent without sub-rows
    has none here: `text_of`."""
    model, key, columns = _model(table)
    fields = [model._meta.fields[name] for name in columns]
    parent = model._meta.fields[key]
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for start in range(0, len(parent_ids), 500):
        query: Any = (model.select(parent, *fields).where(parent.in_(parent_ids[start:start + 500]))
                      .order_by(parent, fields[0], model._meta.primary_key).tuples())
        for owner, *values in query.iterator():
            found[owner].append(tuple(values))
    return _texts(found)


def texts_between(table: str, first: int, last: int) -> dict[int, str]:
    """`texts` of the parents whose ids run from `first` to `last` (`check`, a range at a time)."""
    model, key, columns = _model(table)
    fields = [model._meta.fields[name] for name in columns]
    parent = model._meta.fields[key]
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    query: Any = (model.select(parent, *fields).where(parent.between(first, last))
                  .order_by(parent, fields[0], model._meta.primary_key).tuples())
    for owner, *values in query.iterator():
        found[owner].append(tuple(values))
    return _texts(found)


def text_of(found: dict[int, str], parent_id: int) -> str:
    return found.get(parent_id, "[]")


def cover_batch(table: str, filled: Any) -> None:
    """A batch's chunk (core.batch_rows.Filled): its rows' digests, and those its records'
    later steps' entries carry, made to cover the sub-rows it writes with them (from memory,
    as `texts` will read them back)."""
    if not covers(table):
        return
    model, key, columns = _model(table)
    rows = filled.children.get(model, [])
    names = [name for name in model._meta.fields if name != "id"]  # batch_rows.child_columns
    at_key, at = names.index(key), [names.index(name) for name in columns]
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        found[row[at_key]].append(tuple(row[i] for i in at))
    for values in found.values():
        values.sort(key=lambda one: one[0])  # by seq, in the order written (stable)
    made = _texts(found)
    for record_id, digest in list(filled.digests.items()):
        if digest:
            filled.digests[record_id] = combine(digest, text_of(made, record_id))
    for n, entry in enumerate(filled.entries):
        if len(entry) > 5 and entry[5]:
            filled.entries[n] = (*entry[:5], combine(entry[5], text_of(made, entry[0])))
