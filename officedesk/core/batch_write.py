"""The write half of a batch (core.batch): the checked records become rows, audit entries and
index entries, and are written in one transaction while other workstations keep saving.

A chunk at a time (memory stays that of a chunk, not of the batch), the records are made ready
(`_stage`: rows, audit texts, index tokens), given their ids and numbers as the tables read
now (`_fill`; number_plans.plan_many) and put into temporary tables of the connection, which lock
nothing others write. Only then the write lock (SQLite) or the shared rows (PostgreSQL: the
audit head, the number sequences) are taken: if the ids are still free and the sequences the
batch uses still read as filled, one INSERT … SELECT a table copies the batch in; if another
workstation added a record of the same registry meanwhile (or gave a number in a sequence the
batch uses), it is all made again, its ids a margin above the others'.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee

from officedesk.core import (
    audit,
    clock,
    integrity,
    keyed_json,
    number_plans,
    numbering,
    rules_read,
    state_facts,
)
from officedesk.core.actor import Actor, clearance_of
from officedesk.core.batch_new import NewRecord, Step
from officedesk.core.errors import ConflictError, OfficeDeskError
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.store import bulk, search_index
from officedesk.store.bulk import bulk_insert
from officedesk.store.db import checkpoint_after, database, guarded, is_sqlite, write_transaction
from officedesk.store.models import IssuedNumber

Progress = Callable[[int, int], Any]  # (done, total); returning False cancels
# records made ready at a time: the memory of a batch is that of a chunk; progress per chunk
WRITE_CHUNK = 5000
# tries to write a staged batch before it is made under the lock: another workstation adding a
# record of the same registry meanwhile moves the ids or the numbers, and the batch is remade
STAGED_TRIES = 3
# a batch made again (SQLite) takes its ids this far above the last one: records others add
# meanwhile take the ids below it, and only numbers in the sequences it uses make it remade
ID_MARGIN = 100


class Cancelled(OfficeDeskError):
    """The user stopped the batch: nothing was written."""


def _last_id(model: Any) -> int:
    """The table's last id: SQLite gives the next ones to the next rows."""
    table = model._meta.table_name
    return int(database.execute_sql(f'select coalesce(max(id), 0) from "{table}"').fetchone()[0])


def _reserve_ids(model: Any, count: int) -> list[int]:
    """Ids for new rows, taken under the write lock (SQLite) or from the sequence (PostgreSQL)."""
    table = model._meta.table_name
    if is_sqlite():
        first = _last_id(model) + 1
        return list(range(first, first + count))
    sql = f"select nextval(pg_get_serial_sequence('\"{table}\"', 'id')) from generate_series(1, %s)"
    return [row[0] for row in database.execute_sql(sql, (count,)).fetchall()]


_AS_IS = (str, int, type(None), bool, float)  # what _plain gives back unchanged
_AS_IS_TYPES = frozenset(_AS_IS)
_ISO_TYPES = frozenset((dt.date, dt.datetime))  # _plain writes them isoformat()


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, peewee.Model):
        return str(value.get_id())
    return value


PENDING = "\ue000number\ue000"  # stands for a number issued under the lock, in prepared text
ID_MARK = "\ue000id\ue000"  # stands for the id taken under the lock, in the row's digested text


@dataclass
class _Staged:
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


def _child_names(model: Any) -> list[str]:
    return [name for name in model._meta.fields if name != "id"]


def issues_number(spec: RegistrySpec, new: NewRecord) -> bool:
    """The record gets a number issued: it brings none and has none typed."""
    return bool(spec.number_field and spec.number_kind and not new.number
                and not new.values.get(spec.number_field))


def _stage(spec: RegistrySpec, good: list[NewRecord], actor: Actor) -> list[_Staged]:
    """The rows, audit texts and index tokens of some records (most of the Python work of a
    batch), made without the write lock."""
    model = spec.model
    now = clock.now()
    names = [name for name in model._meta.fields if name != "id"]
    stamps = {"created_at": now, "created_by": actor.username, "updated_at": now,
              "updated_by": actor.username, "version": 1}
    defaults = {name: _default(model._meta.fields[name]) for name in names}
    fk_names = {name for name, f in model._meta.fields.items() if isinstance(f, peewee.ForeignKeyField)}
    searchable = [f.name for f in spec.fields if f.searchable and f.name not in fk_names]
    number_part = searchable.index(spec.number_field) if spec.number_field in searchable else None
    labelled = [(f.label, f.name) for f in spec.fields]
    # the columns but id, in order (a tuple, made in C; itemgetter of one name gives the value)
    row_of = operator.itemgetter(*names) if len(names) > 1 else lambda values: (values[names[0]],)
    # SQLite's driver turns each time into text in Python (twice a row): the batch's time is
    # made text once, as the driver would
    as_text = [(1 + names.index(name), now.isoformat(" ")) for name in ("created_at", "updated_at")
               if name in names and isinstance(model._meta.fields[name], peewee.DateTimeField)] if is_sqlite() else []
    staged = []
    rows = []
    child_layout: dict[Any, tuple[list[str], dict[str, Any]]] = {}
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
        tokens = search_index.tokens("\n".join(p for at, p in enumerate(parts) if p and not (issues and at == number_part)))
        level = clearance_of(values.get(spec.level_field) or "") if spec.level_field else 0
        child_rows = []
        for child_model, key, child in new.children:
            if child_model not in child_layout:
                child_names = _child_names(child_model)
                child_layout[child_model] = (child_names, {n: _default(child_model._meta.fields[n])
                                                           for n in child_names})
            child_names, child_defaults = child_layout[child_model]
            merged = {**child_defaults, **child, key: None}
            child_rows.append((child_model, child_names.index(key), [merged[n] for n in child_names]))
        row = [None, *row_of(values)]
        for at, typed in as_text:
            row[at] = typed
        staged.append(_Staged(number, "", new.summary or f"新建{spec.label}：{title}",
                              title, level, parts, tokens, "", row, child_rows, issues,
                              number_part if issues else None, steps))
        rows.append(created)
    for ready, after in zip(staged, _after_texts(labelled, rows), strict=True):
        ready.after = after
    texts = integrity.row_texts(spec.name, rows, ID_MARK)
    if texts is not None:
        for ready, text in zip(staged, texts, strict=True):
            ready.row_text = text
    return staged


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


def _after_texts(labelled: list[tuple[str, str]], rows: list[dict[str, Any]]) -> list[str]:
    """The audit entries' texts: audit.canonical({label: value, dates as ISO text}) of each row,
    made a column at a time (keyed_json)."""
    chosen = dict(labelled)  # a label given twice names its last field, as a dict display does
    names = list(chosen.values())
    if rows and len(names) > 1 and all(name in row for row in (rows[0], rows[-1]) for name in names):
        # every row has every column (_stage fills them all): taken in C, one tuple a row
        try:
            columns: list[Sequence[Any]] = list(zip(*map(operator.itemgetter(*names), rows), strict=True))
        except KeyError:
            columns = [[row.get(name) for row in rows] for name in names]
    else:
        columns = [[row.get(name) for row in rows] for name in names]
    for at, column in enumerate(columns):
        kinds = set(map(type, column))
        if kinds <= _AS_IS_TYPES:
            continue
        if len(kinds - {type(None)}) == 1 and kinds & _ISO_TYPES:  # dates (or times) and blanks
            columns[at] = [value if value is None else value.isoformat() for value in column]
        else:
            columns[at] = [value if type(value) in _AS_IS else _plain(value) for value in column]
    return keyed_json.dumps_columns(list(chosen), columns, len(rows))


@dataclass
class _Filled:
    """A chunk with its ids and numbers in place: every row as it will be inserted."""

    rows: list[list[Any]]  # the main rows: id, then the columns but id
    children: dict[Any, list[list[Any]]]  # sub-rows by model: the columns but id
    entries: list[audit.Entry]  # audit entries
    digests: dict[int, str]  # the rows' digests, by id
    docs: list[tuple[str, int, int, str, str, str]]  # search index entries, tokens made


def _still_fits(spec: RegistrySpec, ids: list[int], plan: number_plans.NumberPlan | None) -> bool:
    """Under the lock: the batch's ids are still free (SQLite: above every row's; PostgreSQL's
    came from the sequence), and the number sequences it claims or issues in read as planned
    (locked on PostgreSQL until the commit)."""
    if is_sqlite() and _last_id(spec.model) >= ids[0]:
        return False
    return plan is None or number_plans.plan_holds(plan, number_plans.state_of(plan.kind))


def _plan(spec: RegistrySpec, good: list[NewRecord], actor: Actor, ids: list[int]) -> number_plans.NumberPlan | None:
    """The batch's numbers as the sequences read now: brought ones claimed, the others issued
    (none for a registry that issues no number on create: a 发文 draft)."""
    kind = spec.typed_number_kind
    if not (spec.number_field and kind):
        return None
    brought = [(new.number, record_id) for new, record_id in zip(good, ids, strict=True) if new.number]
    issuing = [(new, record_id) for new, record_id in zip(good, ids, strict=True) if issues_number(spec, new)]
    if not (brought or issuing):
        return None
    wanted = [record_id for _, record_id in issuing]
    year_of = year_reader(spec)  # each record's number in its own year, as records.create
    years = [year_of(new.values) for new, _ in issuing]
    return number_plans.plan_many(kind, actor, spec.name, brought, wanted, years)


def year_reader(spec: RegistrySpec) -> Callable[[dict[str, Any]], int]:
    """The year a new record's number is issued in, read from its values (spec.number_year;
    this year without one)."""
    if spec.number_year is None:
        this_year = clock.today().year
        return lambda values: this_year
    record, year = _Values(frozenset(spec.model._meta.fields)), spec.number_year
    return lambda values: year(record._read(values))


class _Values:
    """A new record's values read as its attributes (what spec.number_year reads), a field not
    given as None, as on a record made from them; no copy a row (100,000 rows an import)."""

    __slots__ = ("_fields", "_given")  # no field's name begins with _

    def __init__(self, fields: frozenset[str]) -> None:
        self._fields = fields
        self._given: dict[str, Any] = {}

    def _read(self, values: dict[str, Any]) -> _Values:
        self._given = values
        return self

    def __getattr__(self, name: str) -> Any:
        if name not in self._fields:
            raise AttributeError(name)
        return self._given.get(name)


def _fill(spec: RegistrySpec, staged: list[_Staged], ids: list[int], issued: Iterator[str]) -> _Filled:
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
    filled = _Filled([], {}, [], {}, [])
    for record_id, ready in zip(ids, staged, strict=True):
        after, parts, tokens = ready.after, ready.parts, ready.tokens
        row_text = ready.row_text.replace(id_mark, f"{id_key}{record_id}", 1)
        row = ready.row  # the staged list itself: no copy
        row[0] = record_id
        number = ready.number
        if ready.issues:
            number = row[number_at] = next(issued)
            number_json = json.dumps(number, ensure_ascii=False)
            after = after.replace(after_key + pending, after_key + number_json, 1)
            row_text = row_text.replace(row_key + pending, row_key + number_json, 1)
            if ready.number_part is not None:
                parts = list(parts)
                parts[ready.number_part] = number
                tokens = f"{tokens} {search_index.tokens(number)}"
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
                            "\n".join(p for p in parts if p), tokens))
    return filled


def _fill_steps(filled: _Filled, record_id: int, ready: _Staged, id_mark: str, id_text: str,
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


def _chunks(good: list[NewRecord], spec: RegistrySpec, actor: Actor, ids: list[int],
            issued: Iterator[str]) -> Iterator[tuple[int, _Filled]]:
    """(end, the chunk filled): made WRITE_CHUNK records at a time."""
    for start in range(0, len(good), WRITE_CHUNK):
        end = min(start + WRITE_CHUNK, len(good))
        yield end, _fill(spec, _stage(spec, good[start:end], actor), ids[start:end], issued)


def write(spec: RegistrySpec, good: list[NewRecord], actor: Actor, progress: Progress | None = None,
          offset: int = 0, total: int | None = None) -> list[int]:
    """Write checked records in one transaction (see the module's docstring); the lock is held
    only to copy them in. A batch inside another transaction writes them under its lock."""
    if not good:
        return []
    total = 2 * len(good) if total is None else total
    reads = {read for new in good for read in (new.rules, new.names) if read is not None}
    if not database.in_transaction():
        # PostgreSQL's ids come from the table's sequence, taken now (a gap in ids is harmless)
        reserved = None if is_sqlite() else _reserve_ids(spec.model, len(good))
        for attempt in range(STAGED_TRIES):
            margin = 0 if attempt == 0 else ID_MARGIN
            ids = _write_staged(spec, good, actor, progress, offset, total, reserved, margin, reads)
            if ids is not None:
                return ids
    with guarded("保存"), _taken_meanwhile(), checkpoint_after(), write_transaction():
        rules_read.require(reads)
        ids = _reserve_ids(spec.model, len(good))
        plan = _plan(spec, good, actor, ids)
        if plan is not None:
            number_plans.apply_plan(plan)
        model = spec.model
        names = [name for name in model._meta.fields if name != "id"]
        for end, filled in _chunks(good, spec, actor, ids, iter(plan.issued if plan else ())):
            bulk_insert(model, ["id", *names], filled.rows)
            for child_model, child_rows in filled.children.items():
                bulk_insert(child_model, _child_names(child_model), child_rows)
            audit.record_many(actor, "create", spec.name, filled.entries, filled.digests or None)
            search_index.insert_many(filled.docs)
            if progress is not None and progress(offset + end, total) is False:
                raise Cancelled(text("已取消，没有写入任何数据。"))
        if spec.batch_written is not None:
            spec.batch_written(ids, good)
        _void_brought(spec, good, ids, actor)
    return ids


def _void_brought(spec: RegistrySpec, good: list[NewRecord], ids: list[int], actor: Actor) -> None:
    """Under the write lock, the rows in: each voided row's record voided as one by one (its
    number voided, its 作废 entry and step; a past 台账's mark after it), record by record —
    a 台账's few 作废 rows no longer send the whole file one by one."""
    for new, record_id in zip(good, ids, strict=True):
        if new.voided:
            record = state_facts.void_brought(spec, spec.model.get_by_id(record_id), actor)
            if state_facts.is_history():
                state_facts.mark_imported(spec, record, actor)


def _write_staged(spec: RegistrySpec, good: list[NewRecord], actor: Actor, progress: Progress | None,
                  offset: int, total: int, reserved: list[int] | None, margin: int = 0,
                  reads: frozenset[Any] | set[Any] = frozenset()) -> list[int] | None:
    """Make the batch from the tables as they read now (ids: `reserved`, or SQLite's next ones)
    into temporary tables (no lock on the shared tables), then take the write lock and, if no
    other workstation has taken its ids or given numbers in the sequences it uses meanwhile, copy
    it in and chain the audit entries. None: they have (nothing written; try again, the ids
    `margin` above the last one)."""
    model = spec.model
    names = [name for name in model._meta.fields if name != "id"]
    tables: list[bulk.Staged] = []
    with guarded("保存"):
        try:
            if reserved is None:
                first = _last_id(spec.model) + 1 + margin
                reserved = list(range(first, first + len(good)))
            plan = _plan(spec, good, actor, reserved)
            # the temporary tables' own transaction: it takes no lock on the shared tables
            with database.atomic():
                numbers = bulk.stage(IssuedNumber, numbering.ISSUED_COLUMNS, plan.rows) if plan else None
                tables += [numbers] if numbers is not None else []
                main: bulk.Staged | None = None
                docs: list[bulk.Staged] | None = None
                entries: audit.StagedEntries | None = None
                children: dict[Any, bulk.Staged] = {}
                for end, filled in _chunks(good, spec, actor, reserved, iter(plan.issued if plan else ())):
                    main = bulk.stage(model, ["id", *names], filled.rows, main, whole=True)
                    for child_model, rows in filled.children.items():
                        children[child_model] = bulk.stage(child_model, _child_names(child_model), rows,
                                                           children.get(child_model))
                    docs = search_index.stage_many(filled.docs, docs)
                    entries = audit.stage_many(actor, "create", spec.name, filled.entries, filled.digests, entries)
                    tables[:] = [*([numbers] if numbers is not None else []), main, *children.values(), *docs,
                                 entries.rows]
                    # making the rows ready is most of the writing's time; the copy is the rest
                    if progress is not None and progress(offset + (end * 9) // 10, total) is False:
                        raise Cancelled(text("已取消，没有写入任何数据。"))
            assert main is not None and docs is not None and entries is not None
            with database.atomic():
                bulk.index_staged(tables)  # the target's indexes, built here and not under the lock
            with _taken_meanwhile(), checkpoint_after(), write_transaction():
                rules_read.require(reads)  # the deadlines counted in the check: rules unchanged
                if not _still_fits(spec, reserved, plan):
                    return None
                if plan is not None and numbers is not None:
                    number_plans.apply_plan(plan, rows_written=True)
                    bulk.copy_staged(numbers)
                bulk.copy_staged(main)
                for child in children.values():
                    bulk.copy_staged(child)
                if spec.batch_written is not None:  # rows of the sub-rows' ids (bulk SQL)
                    spec.batch_written(reserved, good)
                search_index.insert_staged(spec.name, reserved, docs)
                audit.insert_staged(entries, actor, "create")
                _void_brought(spec, good, reserved, actor)
                if progress is not None and progress(offset + len(good), total) is False:
                    raise Cancelled(text("已取消，没有写入任何数据。"))
            return reserved
        finally:
            bulk.drop_staged(tables)


def _default(column: peewee.Field) -> Any:
    default = column.default() if callable(column.default) else column.default
    if default is None and not column.null and isinstance(column, peewee.CharField | peewee.TextField):
        return ""
    return default


@contextlib.contextmanager
def _taken_meanwhile() -> Iterator[None]:
    """A number or a unique value checked free but taken by another workstation before the
    write: the unique index refuses the insert, and with it the batch (rolled back by then)."""
    try:
        yield
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        raise ConflictError(text("导入的编号或唯一字段与已有记录重复（可能刚被其他工作站使用），没有写入任何数据。")) from exc
