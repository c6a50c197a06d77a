"""The rows of a batch (core.batch_write), made without the write lock: each checked record's
main row, sub-rows, audit text and index tokens (`stage`), then, a chunk at a time, given its id
and number as the tables read now (`fill`). Where the id or an issued number goes in a text made
before it is known, a placeholder stands (ID_MARK, PENDING)."""
from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
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


PENDING = "\ue000number\ue000"  # stands for a number issued under the lock, in prepared text
ID_MARK = "\ue000id\ue000"  # stands for the id taken under the lock, in the row's digested text


@dataclass
class Staged:
    """One record made ready: everything but its id and issued number."""

    number: Any  # the number it has (brought or typed), or PENDING: one is to be issued
    after: str  # the audit entry's JSON (PENDING where the number goes)
    summary: str
    title: str
    level: int
    parts: list[str]  # the searchable texts; the number's place (number_part) is PENDING
    tokens: str  # the index tokens of every part but the number
    row_text: str  # the digested text of the row (integrity.row_texts): ID_MARK, PENDING in it
    row: list[Any] = field(default_factory=list)  # id, then the columns but id, as inserted
    # the sub-rows as inserted: (model, where the new record's id goes, the columns but id)
    child_rows: list[tuple[Any, int, list[Any]]] = field(default_factory=list)
    issues: bool = False  # a number is issued under the lock (not a cell that reads PENDING)
    number_part: int | None = None  # where in `parts` the issued number goes (None: not searched)
    # the record's later steps (NewRecord.steps): action, before, after, summary, and the digested
    # text of the row as the step left it (None: as before it)
    steps: list[tuple[str, Any, Any, str, str | None]] = field(default_factory=list)


def child_columns(model: Any) -> list[str]:
    return [name for name in model._meta.fields if name != "id"]


def issues_number(spec: RegistrySpec, new: NewRecord) -> bool:
    """The record gets a number issued: it brings none and has none typed."""
    return bool(spec.number_field and spec.number_kind and not new.number
                and not new.values.get(spec.number_field))


def stage(spec: RegistrySpec, good: list[NewRecord], actor: Actor) -> list[Staged]:
    """The rows, audit texts and index tokens of some records (most of the Python work of a
    batch), made without the write lock."""
    model = spec.model
    now = clock.now()
    names = [name for name in model._meta.fields if name != "id"]
    stamps = {"created_at": now, "created_by": actor.username, "updated_at": now,
              "updated_by": actor.username, "version": 1}
    defaults = {name: column_default(model._meta.fields[name]) for name in names}
    fk_names = {name for name, f in model._meta.fields.items() if isinstance(f, peewee.ForeignKeyField)}
    searchable = [f.name for f in spec.fields if f.searchable and f.name not in fk_names]
    number_part = searchable.index(spec.number_field) if spec.number_field in searchable else None
    labelled = [(f.label, f.name) for f in spec.fields]
    # the columns but id, in order (a tuple, made in C; itemgetter of one name gives the value)
    row_of = _row_getter(names)
    # SQLite's driver turns each time into text in Python (twice a row): the batch's time is
    # made text once, as the driver would
    as_text = [(1 + names.index(name), now.isoformat(" ")) for name in ("created_at", "updated_at")
               if name in names and isinstance(model._meta.fields[name], peewee.DateTimeField)] if is_sqlite() else []
    known: dict[str, str] = {}  # the index tokens of the runs of text met so far (search_words)
    staged = []
    rows = []
    levels: dict[str, int] = {}  # a 密级's clearance, by its label
    # each sub-row model's (where the record's id goes, its columns in order, their defaults)
    child_layout: dict[Any, tuple[int, Callable[[dict[str, Any]], Sequence[Any]], dict[str, Any]]] = {}
    for new in good:
        created = values = {**defaults, **new.values, **stamps}
        steps: list[tuple[str, Any, Any, str, str | None]] = []
        number = None
        issues = bool(spec.number_field) and issues_number(spec, new)
        if spec.number_field:
            if issues:
                values[spec.number_field] = PENDING
            elif new.number and not values.get(spec.number_field):
                values[spec.number_field] = new.number
            number = values.get(spec.number_field)
        if new.steps:
            values, steps = _stepped(spec, created, new.steps, now)
        title = str(values.get(spec.title_field) or "")
        parts = [str(values.get(name) or "") for name in searchable]
        if new.extra_text:
            parts.append(new.extra_text)
        # the number's place only: a cell that reads PENDING is text like any other
        tokens = tokens_remembered("\n".join(filter(None, parts)) if not issues or number_part is None else
                                   "\n".join(p for at, p in enumerate(parts) if p and at != number_part), known)
        level = 0
        if spec.level_field:
            label = values.get(spec.level_field) or ""
            level = levels[label] if label in levels else levels.setdefault(label, clearance_of(label))
        child_rows = []
        for child_model, key, child in new.children:
            if (child_model, key) not in child_layout:
                child_names = child_columns(child_model)
                child_layout[child_model, key] = (child_names.index(key), _row_getter(child_names),
                                                  {n: column_default(child_model._meta.fields[n]) for n in child_names})
            key_at, child_row, child_defaults = child_layout[child_model, key]
            child_rows.append((child_model, key_at, list(child_row({**child_defaults, **child, key: None}))))
        row = [None, *row_of(values)]
        for at, typed in as_text:
            row[at] = typed
        staged.append(Staged(number, "", new.summary or f"新建{spec.label}：{title}",
                              title, level, parts, tokens, "", row, child_rows, issues,
                              number_part if issues else None, steps))
        rows.append(created)
    # the row digests' texts first: the audit texts take most of their columns made and encoded
    shared = keyed_json.Shared()
    texts = integrity.row_texts(spec.name, rows, ID_MARK, shared)
    if texts is not None:
        for ready, text in zip(staged, texts, strict=True):
            ready.row_text = text
    for ready, after in zip(staged, after_texts(labelled, rows, shared), strict=True):
        ready.after = after
    return staged


def _row_getter(names: list[str]) -> Callable[[dict[str, Any]], Sequence[Any]]:
    """The values of these names, in order, as a tuple (itemgetter of one name gives the value)."""
    return operator.itemgetter(*names) if len(names) > 1 else lambda values: (values[names[0]],)


def _stepped(spec: RegistrySpec, created: dict[str, Any], steps: list[Step],
             now: dt.datetime) -> tuple[dict[str, Any], list[tuple[str, Any, Any, str, str | None]]]:
    """The row after a new record's later steps, and each step's entry with the digested text of
    the row as it left it (None: unchanged; ID_MARK and PENDING in it as in the created row's)."""
    values = created
    made = []
    for step in steps:
        row_text = None
        if step.changes:
            values = {**values, **step.changes, "updated_at": now}
            texts = integrity.row_texts(spec.name, [values], ID_MARK)
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


@dataclass
class Filled:
    """A chunk with its ids and numbers in place: every row as it will be inserted."""

    rows: list[list[Any]]  # the main rows: id, then the columns but id
    children: dict[Any, list[list[Any]]]  # sub-rows by model: the columns but id
    entries: list[audit.Entry]  # audit entries
    digests: dict[int, str]  # the rows' digests, by id
    docs: list[tuple[str, int, int, str, str, str]]  # search index entries, tokens made


def fill(spec: RegistrySpec, staged: list[Staged], ids: list[int], issued: Iterator[str]) -> Filled:
    """Put the ids and the issued numbers (taken from `issued` in order) into the staged rows,
    their audit texts, digests and index entries."""
    names = [name for name in spec.model._meta.fields if name != "id"]
    number_at = 1 + names.index(spec.number_field) if spec.number_field else 0
    # each mark is replaced where its key holds it: a cell may read the same (private-use
    # characters stand for rare characters), but inside a JSON string a quote is escaped, so
    # `"key": ` can only be the key itself
    pending = json.dumps(PENDING, ensure_ascii=False)
    label = next((f.label for f in reversed(spec.fields) if f.name == spec.number_field), "")
    after_key = f"{keyed_json.key_text(label)}: "
    row_key = f"{keyed_json.key_text(spec.number_field or '')}: "
    id_key = f"{keyed_json.key_text(spec.model._meta.primary_key.name)}: "
    id_mark = id_key + json.dumps(ID_MARK, ensure_ascii=False)
    filled = Filled([], {}, [], {}, [])
    for record_id, ready in zip(ids, staged, strict=True):
        after, parts, tokens = ready.after, ready.parts, ready.tokens
        row_text = ready.row_text.replace(id_mark, f"{id_key}{record_id}", 1)
        row = ready.row  # the staged list itself: no copy
        row[0] = record_id
        number = ready.number
        if ready.issues:
            number = row[number_at] = next(issued)
            # (a text, as the encoder writes one, without its call)
            number_json = keyed_json.key_text(number) if type(number) is str else json.dumps(number, ensure_ascii=False)
            after = after.replace(after_key + pending, after_key + number_json, 1)
            row_text = row_text.replace(row_key + pending, row_key + number_json, 1)
            if ready.number_part is not None:
                parts = list(parts)
                parts[ready.number_part] = number
                tokens = f"{tokens} {search_words.tokens(number)}"
        if row_text:
            filled.digests[record_id] = integrity.digest_text(row_text)
        filled.rows.append(row)
        for child_model, key_at, child in ready.child_rows:
            child[key_at] = record_id
            filled.children.setdefault(child_model, []).append(child)
        if not ready.steps:
            filled.entries.append((record_id, None, after, ready.summary))
        else:  # the row as created, before its steps
            filled.entries.append((record_id, None, after, ready.summary, "create", filled.digests.get(record_id)))
            _fill_steps(filled, record_id, ready, id_mark, f"{id_key}{record_id}",
                        (row_key + pending, row_key + json.dumps(number, ensure_ascii=False)))
        filled.docs.append((spec.name, record_id, ready.level, f"{number} {ready.title}" if number else ready.title,
                            "\n".join(filter(None, parts)), tokens))
    return filled


def _fill_steps(filled: Filled, record_id: int, ready: Staged, id_mark: str, id_text: str,
                numbered: tuple[str, str]) -> None:
    """A record's later steps' entries, each with the digest of the row as it left it; the
    record's digest (checked against the table) that of the row as it ends."""
    digest = filled.digests.get(record_id)
    for action, before, after, summary, row_text in ready.steps:
        if row_text:
            row_text = row_text.replace(id_mark, id_text, 1)
            if ready.issues:
                row_text = row_text.replace(*numbered, 1)
            digest = filled.digests[record_id] = integrity.digest_text(row_text)
        filled.entries.append((record_id, before, after, summary, action, digest))


def column_default(column: peewee.Field) -> Any:
    default = column.default() if callable(column.default) else column.default
    if default is None and not column.null and isinstance(column, peewee.CharField | peewee.TextField):
        return ""
    return default
