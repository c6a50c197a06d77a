"""The rows of a batch (core.batch_write), made without the write lock, a chunk at a time: each
checked record's main row and sub-rows, its audit entries, digests and index entry (`stage`),
with the id and the number (an issued one) core.batch_write gave it as the tables read then —
written in under the lock as they are, or all made again if another workstation moved them."""
from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import (
    audit,
    clock,
    integrity,
    keyed_json,
)
from officedesk.core.actor import Actor, clearance_of
from officedesk.core.batch_new import NewRecord, Step
from officedesk.core.registry import RegistrySpec
from officedesk.store import search_words
from officedesk.store.db import is_sqlite
from officedesk.store.search_words import tokens_remembered

AS_IS = (str, int, type(None), bool, float)  # what plain gives back unchanged
_AS_IS_TYPES = frozenset(AS_IS)
_ISO_TYPES = frozenset((dt.date, dt.datetime))  # plain writes them isoformat()


def plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, peewee.Model):
        return str(value.get_id())
    return value


def child_columns(model: Any) -> list[str]:
    return [name for name in model._meta.fields if name != "id"]


def issues_number(spec: RegistrySpec, new: NewRecord) -> bool:
    """The record gets a number issued: it brings none and has none typed."""
    return bool(spec.number_field and spec.number_kind and not new.number
                and not new.values.get(spec.number_field))


@dataclass
class Filled:
    """A chunk made: every row as it will be inserted, with its entries, digests and index."""

    rows: list[list[Any]]  # the main rows: id, then the columns but id
    children: dict[Any, list[list[Any]]]  # sub-rows by model: the columns but id
    entries: list[audit.Entry]  # audit entries
    digests: dict[int, str]  # the rows' digests, by id
    docs: list[tuple[str, int, int, str, str, str]]  # search index entries, tokens made


def stage(spec: RegistrySpec, good: list[NewRecord], actor: Actor, ids: list[int], issued: Iterator[str]) -> Filled:
    """The rows, audit entries, digests and index entries of some records (most of the Python
    work of a batch), made without the write lock, with their ids and the numbers issued to
    those that take one (from `issued`, in order)."""
    model = spec.model
    now = clock.now()
    names = [name for name in model._meta.fields if name != "id"]
    stamps = {"created_at": now, "created_by": actor.username, "updated_at": now,
              "updated_by": actor.username, "version": 1}
    defaults = {name: column_default(model._meta.fields[name]) for name in names}
    fk_names = {name for name, f in model._meta.fields.items() if isinstance(f, peewee.ForeignKeyField)}
    searchable = [f.name for f in spec.fields if f.searchable and f.name not in fk_names]
    number_part = searchable.index(spec.number_field) if spec.number_field in searchable else None
    number_at = 1 + names.index(spec.number_field) if spec.number_field else 0
    labelled = [(f.label, f.name) for f in spec.fields if f.name in model._meta.fields]  # as records.snapshot
    # the columns but id, in order (a tuple, made in C; itemgetter of one name gives the value)
    row_of = _row_getter(names)
    # SQLite's driver turns each time into text in Python (twice a row): the batch's time is
    # made text once, as the driver would
    as_text = [(1 + names.index(name), now.isoformat(" ")) for name in ("created_at", "updated_at")
               if name in names and isinstance(model._meta.fields[name], peewee.DateTimeField)] if is_sqlite() else []
    known: dict[str, str] = {}  # the index tokens of the runs of text met so far (search_words)
    rows = []  # each record's values as created: its entry's and digest's texts are made of them
    # each record's steps, summary, index title, level, text and tokens: its entries and index
    # entry once the texts made of all the rows at once are
    made: list[tuple[list[Any], str, str, int, str, str]] = []
    levels: dict[str, int] = {}  # a 密级's clearance, by its label
    filled = Filled([], {}, [], {}, [])
    # each sub-row model's (where the record's id goes, its columns in order, their defaults)
    child_layout: dict[Any, tuple[int, Callable[[dict[str, Any]], Sequence[Any]], dict[str, Any]]] = {}
    for new, record_id in zip(good, ids, strict=True):
        created = values = {**defaults, **new.values, **stamps}
        steps: list[tuple[str, Any, Any, str, str | None]] = []
        number = None
        issues = bool(spec.number_field) and issues_number(spec, new)
        given = next(issued) if issues else ""  # the number issued it
        if spec.number_field:
            if issues:
                values[spec.number_field] = given
            elif new.number and not values.get(spec.number_field):
                values[spec.number_field] = new.number
            number = values.get(spec.number_field)
        if new.steps:
            values, steps = _stepped(spec, created, new.steps, now, record_id)
        title = str(values.get(spec.title_field) or "")
        parts = [str(values.get(name) or "") for name in searchable]
        if new.extra_text:
            parts.append(new.extra_text)
        body = "\n".join(filter(None, parts))
        if issues and number_part is not None:
            # an issued number's tokens after the others' (as the rows written before were)
            tokens = tokens_remembered("\n".join(p for at, p in enumerate(parts) if p and at != number_part), known)
            tokens = f"{tokens} {search_words.tokens(given)}"
        else:
            tokens = tokens_remembered(body, known)
        level = 0
        if spec.level_field:
            label = values.get(spec.level_field) or ""
            level = levels[label] if label in levels else levels.setdefault(label, clearance_of(label))
        for child_model, key, child in new.children:
            if (child_model, key) not in child_layout:
                child_names = child_columns(child_model)
                child_layout[child_model, key] = (child_names.index(key), _row_getter(child_names),
                                                  {n: column_default(child_model._meta.fields[n]) for n in child_names})
            _, child_row, child_defaults = child_layout[child_model, key]
            filled.children.setdefault(child_model, []).append(
                list(child_row({**child_defaults, **child, key: record_id})))
        row = [record_id, *row_of(values)]
        for at, typed in as_text:
            row[at] = typed
        if issues:
            row[number_at] = given
        filled.rows.append(row)
        made.append((steps, new.summary or f"新建{spec.label}：{title}", f"{number} {title}" if number else title,
                     level, body, tokens))
        rows.append(created)
    # the row digests' texts first: the audit texts take most of their columns made and encoded
    shared = keyed_json.Shared()
    texts = integrity.row_texts(spec.name, rows, ids, shared)
    afters = after_texts(labelled, rows, shared)
    for at, (record_id, (steps, summary, doc_title, level, body, tokens)) in enumerate(zip(ids, made, strict=True)):
        if texts is not None and texts[at]:
            filled.digests[record_id] = integrity.digest_text(texts[at])
        if not steps:
            filled.entries.append((record_id, None, afters[at], summary))
        else:  # the row as created, before its steps
            filled.entries.append((record_id, None, afters[at], summary, "create", filled.digests.get(record_id)))
            _steps_entries(filled, record_id, steps)
        filled.docs.append((spec.name, record_id, level, doc_title, body, tokens))
    return filled


def _steps_entries(filled: Filled, record_id: int, steps: list[tuple[str, Any, Any, str, str | None]]) -> None:
    """A record's later steps' entries, each with the digest of the row as it left it; the
    record's digest (checked against the table) that of the row as it ends."""
    digest = filled.digests.get(record_id)
    for action, before, after, summary, row_text in steps:
        if row_text:
            digest = filled.digests[record_id] = integrity.digest_text(row_text)
        filled.entries.append((record_id, before, after, summary, action, digest))


def _row_getter(names: list[str]) -> Callable[[dict[str, Any]], Sequence[Any]]:
    """The values of these names, in order, as a tuple (itemgetter of one name gives the value)."""
    return operator.itemgetter(*names) if len(names) > 1 else lambda values: (values[names[0]],)


def _stepped(spec: RegistrySpec, created: dict[str, Any], steps: list[Step], now: dt.datetime,
             record_id: int) -> tuple[dict[str, Any], list[tuple[str, Any, Any, str, str | None]]]:
    """The row after a new record's later steps, and each step's entry with the digested text of
    the row as it left it (None: unchanged)."""
    values = created
    made = []
    for step in steps:
        row_text = None
        if step.changes:
            values = {**values, **step.changes, "updated_at": now}
            texts = integrity.row_texts(spec.name, [values], record_id)
            row_text = texts[0] if texts is not None else None
        made.append((step.action, step.before, step.after, step.summary, row_text))
    return values, made


def after_texts(labelled: list[tuple[str, str]], rows: list[dict[str, Any]],
                shared: keyed_json.Shared | None = None) -> list[str]:
    """The audit entries' texts: audit.canonical({label: value, dates as ISO text}) of each row,
    made a column at a time (keyed_json); `shared`: the columns the rows' digested texts made and
    encoded (integrity.row_texts), taken as they are."""
    chosen = dict(labelled)  # a label given twice names its last field, as a dict display does
    names = list(chosen.values())
    taken = shared.columns if shared is not None else {}
    rest = list(dict.fromkeys(name for name in names if name not in taken))
    made = dict(zip(rest, _columns(rest, rows), strict=True))
    for name, column in made.items():
        kinds = set(map(type, column))
        if kinds <= _AS_IS_TYPES:
            continue
        if len(kinds - {type(None)}) == 1 and kinds & _ISO_TYPES:  # dates (or times) and blanks
            made[name] = [value if value is None else value.isoformat() for value in column]
        else:
            made[name] = [value if type(value) in AS_IS else plain(value) for value in column]
    columns = [taken[name] if name in taken else made[name] for name in names]
    return keyed_json.dumps_columns(list(chosen), columns, len(rows), shared.encoded if shared is not None else None)


def _columns(names: list[str], rows: list[dict[str, Any]]) -> list[Sequence[Any]]:
    """The rows' values of these names, a column each (a name a row lacks: None)."""
    if rows and len(names) > 1 and all(name in row for row in (rows[0], rows[-1]) for name in names):
        # every row has every column (stage fills them all): taken in C, one tuple a row
        try:
            return list(zip(*map(operator.itemgetter(*names), rows), strict=True))
        except KeyError:
            pass
    return [[row.get(name) for row in rows] for name in names]


def column_default(column: peewee.Field) -> Any:
    default = column.default() if callable(column.default) else column.default
    if default is None and not column.null and isinstance(column, peewee.CharField | peewee.TextField):
        return ""
    return default
