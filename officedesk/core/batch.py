"""Create many records at once (an xlsx import): every rule of the one-record path, checked in
memory first without the write lock, then one transaction that writes the rows, their numbers,
the audit entries (chained in a loop) and the search index in bulk. Nothing is written when a
row is bad; the write lock is held only for the final write.

A registry that creates more than one row per record (`create_hook`) takes part by declaring
`prepare_new(raw, actor) -> NewRecord` (its sub-rows ride along); the others use the plain path
(`records.parse_values`, the rules, the stored defaults).
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

from officedesk.core import audit, clock, converters, integrity, numbering, records
from officedesk.core.actor import Actor, clearance_of
from officedesk.core.errors import ConflictError, OfficeDeskError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.registry import RegistrySpec
from officedesk.store import bulk, search_index
from officedesk.store.bulk import CHUNK, bulk_insert
from officedesk.store.db import database, guarded, is_sqlite, write_transaction
from officedesk.store.models import IssuedNumber

Progress = Callable[[int, int], Any]  # (done, total); returning False cancels
# rows per round of inserts under the lock: each round also costs statements of its own (the
# audit head, a sample of digests read back, stale index entries); progress is reported per round
WRITE_CHUNK = 5000


class Cancelled(OfficeDeskError):
    """The user stopped the batch: nothing was written."""


@dataclass
class NewRecord:
    """One checked record, ready to write."""

    values: dict[str, Any]  # the main row by field name (storable: defaults filled)
    number: str = ""  # a number the record brings along (claimed as typed, never issued)
    # sub-rows: (model, name of the column that refers to the new record, values)
    children: list[tuple[Any, str, dict[str, Any]]] = field(default_factory=list)
    extra_text: str = ""  # the sub-rows' text for the search index (spec.searchable_extra)
    summary: str = ""  # the audit entry's summary


@dataclass(frozen=True)
class RowProblem:
    index: int  # position in the rows given
    field: str | None  # field name, or None for the row as a whole
    message: str


class RowsRefused(ValidationError):
    """Some rows break a rule: nothing was written."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"有 {len({p.index for p in problems})} 行不符合要求，没有写入任何数据。")
        self.problems = problems


def supported(spec: RegistrySpec) -> bool:
    """Registries with sub-rows need prepare_new; a record that may refer to another of the same
    batch (a unit's 上级单位 made by an earlier row) needs the rows written one by one."""
    model = spec.model
    refers_to_itself = any(isinstance(f, peewee.ForeignKeyField) and f.rel_model is model
                           for f in model._meta.fields.values())
    return not refers_to_itself and (spec.create_hook is None or spec.prepare_new is not None)


def prepare_plain(spec: RegistrySpec, raw: dict[str, Any]) -> NewRecord:
    """records.create's checks, without writing."""
    values = records.parse_values(spec, raw)
    records.apply_rules(spec, values, None)
    return NewRecord(records.storable(spec, values))


def check(spec: RegistrySpec, rows: Sequence[dict[str, Any]], actor: Actor,
          progress: Progress | None = None, total: int | None = None) -> tuple[list[NewRecord | None], list[RowProblem]]:
    """Check every row (no write lock, nothing written): the prepared records (None where bad)
    and every problem found."""
    records.require_writer(actor)
    total = len(rows) if total is None else total
    prepared: list[NewRecord | None] = []
    problems: list[RowProblem] = []
    scope = spec.prepare_scope() if spec.prepare_scope is not None else contextlib.nullcontext()
    with scope, converters.compiled(spec):
        _check_rows(spec, rows, actor, prepared, problems, progress, total)
    problems.extend(_duplicates(spec, prepared))
    return prepared, problems


def _check_rows(spec: RegistrySpec, rows: Sequence[dict[str, Any]], actor: Actor,
                prepared: list[NewRecord | None], problems: list[RowProblem],
                progress: Progress | None, total: int) -> None:
    for index, raw in enumerate(rows):
        try:
            new = spec.prepare_new(raw, actor) if spec.prepare_new is not None else prepare_plain(spec, raw)
            prepared.append(new)
        except ValidationError as exc:
            prepared.append(None)
            problems.extend(_cell_problems(spec, index, raw) or [RowProblem(index, exc.field, exc.message)])
        except OfficeDeskError as exc:
            prepared.append(None)
            problems.append(RowProblem(index, None, exc.message))
        done = index + 1
        if progress is not None and (done % CHUNK == 0 or done == len(rows)) and progress(done, total) is False:
            raise Cancelled("已取消，没有写入任何数据。")


def _cell_problems(spec: RegistrySpec, index: int, raw: dict[str, Any]) -> list[RowProblem]:
    """Every bad cell of a refused row (the checks stop at the first), so one round of
    corrections suffices; empty when the cells are fine and a rule refused the row."""
    problems = []
    for key, value in raw.items():
        try:
            field_spec = spec.by_label(key)
            parse_value(field_spec, value)
        except ValidationError as exc:
            problems.append(RowProblem(index, exc.field or key, exc.message))
    return problems


NUMBER = "\x00number"  # the number a record brings along, beside the unique columns


def _duplicates(spec: RegistrySpec, prepared: list[NewRecord | None]) -> list[RowProblem]:
    """Unique columns and numbers brought along: twice in the batch, or already taken."""
    problems: list[RowProblem] = []
    checks: list[tuple[str, str, Callable[[list[Any]], set[Any]]]] = []
    model = spec.model
    for name, column in model._meta.fields.items():
        if column.unique and not column.primary_key:
            label = spec.field(name).label if name in {f.name for f in spec.fields} else name

            checks.append((name, label, _taken_in(model, column)))
    if spec.number_kind:
        kind = spec.number_kind
        checks.append((NUMBER, numbering.KINDS[kind].label, lambda values: numbering.used_texts(kind, values)))
    for name, label, taken in checks:
        seen: dict[Any, int] = {}
        where = spec.number_field if name == NUMBER else name
        for index, new in enumerate(prepared):
            value = None if new is None else (new.number if name == NUMBER else new.values.get(name))
            if value in (None, ""):
                continue
            if value in seen:
                problems.append(RowProblem(index, where, f"“{label}”与第 {seen[value] + 1} 条重复：{value}"))
            else:
                seen[value] = index
        values = list(seen)
        for start in range(0, len(values), CHUNK):
            for value in taken(values[start : start + CHUNK]):
                problems.append(RowProblem(seen[value], where, f"“{label}”与已有记录重复：{value}"))
    return problems


def _taken_in(model: Any, column: Any) -> Callable[[list[Any]], set[Any]]:
    def taken(values: list[Any]) -> set[Any]:
        return {row[0] for row in model.select(column).where(column.in_(values)).tuples()}

    return taken


def create_many(spec: RegistrySpec, rows: Sequence[dict[str, Any]], actor: Actor, *,
                progress: Progress | None = None, skip_bad: bool = False,
                dry_run: bool = False) -> tuple[list[int], list[RowProblem]]:
    """Check every row, then write the good ones in one transaction; returns (new ids in the
    order of the rows, problems). Without skip_bad any problem refuses the whole batch
    (RowsRefused). Progress runs over 2 × rows: checking, then writing."""
    total = 2 * len(rows)
    prepared, problems = check(spec, rows, actor, progress, total)
    if problems and not skip_bad:
        raise RowsRefused(problems)
    if dry_run:
        return [], problems
    bad = {p.index for p in problems}
    good = [new for index, new in enumerate(prepared) if new is not None and index not in bad]
    ids = write(spec, good, actor, progress, len(rows), total)
    return ids, problems


def _reserve_ids(model: Any, count: int) -> list[int]:
    """Ids for new rows, taken under the write lock (SQLite) or from the sequence (PostgreSQL)."""
    table = model._meta.table_name
    if is_sqlite():
        first = (database.execute_sql(f'select coalesce(max(id), 0) from "{table}"').fetchone()[0]) + 1
        return list(range(first, first + count))
    sql = f"select nextval(pg_get_serial_sequence('\"{table}\"', 'id')) from generate_series(1, %s)"
    return [row[0] for row in database.execute_sql(sql, (count,)).fetchall()]


_AS_IS = (str, int, type(None), bool, float)  # what _plain gives back unchanged


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
    """One record made ready before the write lock: everything but its id and issued number."""

    values: dict[str, Any]
    after: str  # the audit entry's JSON (PENDING where the number goes)
    summary: str
    title: str
    level: int
    parts: list[str]  # the searchable texts; the number's place is PENDING
    tokens: str  # the index tokens of every part but the number
    row_text: str  # the digested text of the row (integrity.row_texts): ID_MARK, PENDING in it
    row: list[Any] = field(default_factory=list)  # id, then the columns but id, as inserted
    # the sub-rows as inserted: (model, where the new record's id goes, the columns but id)
    child_rows: list[tuple[Any, int, list[Any]]] = field(default_factory=list)
    pending: bool = False  # a number is to be issued for it


def _child_names(model: Any) -> list[str]:
    return [name for name in model._meta.fields if name != "id"]


def _stage(spec: RegistrySpec, good: list[NewRecord], actor: Actor) -> list[_Staged]:
    """The rows, audit texts and index tokens, made without the write lock (most of the
    Python work of a batch), so that the lock is held only for the inserts."""
    model = spec.model
    now = clock.now()
    names = [name for name in model._meta.fields if name != "id"]
    stamps = {"created_at": now, "created_by": actor.username, "updated_at": now,
              "updated_by": actor.username, "version": 1}
    defaults = {name: _default(model._meta.fields[name]) for name in names}
    fk_names = {name for name, f in model._meta.fields.items() if isinstance(f, peewee.ForeignKeyField)}
    searchable = [f.name for f in spec.fields if f.searchable and f.name not in fk_names]
    labelled = [(f.label, f.name) for f in spec.fields]
    canonical = audit.canonical
    issues_numbers = bool(spec.number_field and spec.number_kind)
    # the columns but id, in order (a tuple, made in C; itemgetter of one name gives the value)
    row_of = operator.itemgetter(*names) if len(names) > 1 else lambda values: (values[names[0]],)
    staged = []
    rows = []
    child_layout: dict[Any, tuple[list[str], dict[str, Any]]] = {}
    for new in good:
        values = {**defaults, **new.values, **stamps}
        pending = False
        if spec.number_field and not values.get(spec.number_field):
            pending = issues_numbers and not new.number
            values[spec.number_field] = new.number or (PENDING if pending else values.get(spec.number_field))
        after = canonical({label: value if type(value := values.get(name)) in _AS_IS else _plain(value)
                           for label, name in labelled})
        title = str(values.get(spec.title_field) or "")
        parts = [str(values.get(name) or "") for name in searchable]
        if new.extra_text:
            parts.append(new.extra_text)
        tokens = search_index.tokens("\n".join(p for p in parts if p and p != PENDING))
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
        staged.append(_Staged(values, after, new.summary or f"新建{spec.label}：{title}",
                              title, level, parts, tokens, "", [None, *row_of(values)],
                              child_rows, pending))
        rows.append(values)
    texts = integrity.row_texts(spec.name, rows, ID_MARK)
    if texts is not None:
        for ready, text in zip(staged, texts, strict=True):
            ready.row_text = text
    return staged


@dataclass
class _Filled:
    """A batch with its ids and numbers in place: every row as it will be inserted."""

    ids: list[int]
    plan: numbering.NumberPlan | None
    rows: list[list[Any]]  # the main rows: id, then the columns but id
    children: dict[Any, list[list[Any]]]  # sub-rows by model: the columns but id
    entries: list[tuple[int | None, Any, Any, str]]  # audit entries
    digests: dict[int, str]  # the rows' digests, by id
    docs: list[tuple[str, int, int, str, str, str]]  # search index entries, tokens made


def _state(spec: RegistrySpec) -> tuple[object, ...]:
    """What a batch's ids and issued numbers follow from: the table's last id (SQLite gives the
    next ones) and the number sequences (locked on PostgreSQL inside the transaction)."""
    table = spec.model._meta.table_name
    last = database.execute_sql(f'select coalesce(max(id), 0) from "{table}"').fetchone()[0] if is_sqlite() else None
    numbers = numbering.state_of(spec.number_kind) if spec.number_field and spec.number_kind else None
    return (last, numbers)


def _fill(spec: RegistrySpec, good: list[NewRecord], staged: list[_Staged], actor: Actor,
          ids: list[int]) -> _Filled:
    """Put the ids and the numbers (brought ones claimed, the others issued: numbering.plan_many)
    into the staged rows, their audit texts, digests and index entries. Made again whenever the
    ids or the sequences have moved."""
    model = spec.model
    names = [name for name in model._meta.fields if name != "id"]
    number_field = spec.number_field or ""
    number_at = 1 + names.index(number_field) if number_field else 0
    plan = None
    if number_field and spec.number_kind:
        brought = [(new.number, record_id) for new, record_id in zip(good, ids, strict=True) if new.number]
        wanted = [record_id for ready, record_id in zip(staged, ids, strict=True) if ready.pending]
        plan = numbering.plan_many(spec.number_kind, actor, spec.name, brought, wanted)
    issued = iter(plan.issued if plan is not None else ())
    pending = json.dumps(PENDING, ensure_ascii=False)
    id_mark = json.dumps(ID_MARK, ensure_ascii=False)
    filled = _Filled(ids, plan, [], {}, [], {}, [])
    for record_id, ready in zip(ids, staged, strict=True):
        after, parts, tokens = ready.after, ready.parts, ready.tokens
        row_text = ready.row_text.replace(id_mark, str(record_id), 1)
        row = ready.row  # the staged list itself: no copy
        row[0] = record_id
        number = ready.values.get(number_field) if number_field else None
        if ready.pending:
            number = row[number_at] = next(issued)
            number_json = json.dumps(number, ensure_ascii=False)
            after = after.replace(pending, number_json, 1)
            row_text = row_text.replace(pending, number_json, 1)
            if PENDING in parts:
                parts = [number if p == PENDING else p for p in parts]
                tokens = f"{tokens} {search_index.tokens(number)}"
        if row_text:
            filled.digests[record_id] = integrity.digest_text(row_text)
        filled.rows.append(row)
        for child_model, key_at, child in ready.child_rows:
            child[key_at] = record_id
            filled.children.setdefault(child_model, []).append(child)
        filled.entries.append((record_id, None, after, ready.summary))
        filled.docs.append((spec.name, record_id, ready.level, f"{number} {ready.title}" if number else ready.title,
                            "\n".join(p for p in parts if p), tokens))
    return filled


# tries to write a staged batch before it is made under the lock: another workstation adding a
# record of the same registry meanwhile moves the ids or the numbers, and the batch is remade
STAGED_TRIES = 3


def write(spec: RegistrySpec, good: list[NewRecord], actor: Actor, progress: Progress | None = None,
          offset: int = 0, total: int | None = None) -> list[int]:
    """Write checked records in one transaction. The rows, audit texts and index tokens are made
    first; the rows then wait in temporary tables (no lock: other workstations save meanwhile),
    and the write lock (SQLite's; on PostgreSQL the audit head's and the number sequences' row
    locks) is held only to copy them in, a statement a table, and to chain the audit entries.
    A batch inside another transaction writes them under its lock."""
    if not good:
        return []
    total = 2 * len(good) if total is None else total
    staged = _stage(spec, good, actor)
    if not database.in_transaction():
        # PostgreSQL's ids come from the table's sequence, taken now (a gap in ids is harmless)
        reserved = None if is_sqlite() else _reserve_ids(spec.model, len(good))
        for _ in range(STAGED_TRIES):
            ids = _write_staged(spec, good, staged, actor, progress, offset, total, reserved)
            if ids is not None:
                return ids
    with guarded("保存"), _taken_meanwhile(), write_transaction():
        filled = _fill(spec, good, staged, actor, _reserve_ids(spec.model, len(good)))
        if filled.plan is not None:
            numbering.apply_plan(filled.plan)
        model = spec.model
        names = [name for name in model._meta.fields if name != "id"]
        for start in range(0, len(good), WRITE_CHUNK):
            end = start + WRITE_CHUNK
            bulk_insert(model, ["id", *names], filled.rows[start:end])
            audit.record_many(actor, "create", spec.name, filled.entries[start:end],
                              {i: filled.digests[i] for i in filled.ids[start:end] if i in filled.digests} or None)
            search_index.insert_many(filled.docs[start:end])
            if progress is not None and progress(offset + min(end, len(good)), total) is False:
                raise Cancelled("已取消，没有写入任何数据。")
        for child_model, child_rows in filled.children.items():
            bulk_insert(child_model, _child_names(child_model), child_rows)
    return filled.ids


def _write_staged(spec: RegistrySpec, good: list[NewRecord], staged: list[_Staged], actor: Actor,
                  progress: Progress | None, offset: int, total: int, reserved: list[int] | None) -> list[int] | None:
    """Fill the batch from the tables as they read now (ids: `reserved`, or SQLite's next ones),
    put its rows aside in temporary tables (no lock on the shared tables), then take the write
    lock and, if no other workstation has moved the ids or the numbers meanwhile, copy them in
    and chain the audit entries. None: they have moved (nothing written; try again)."""
    model = spec.model
    names = [name for name in model._meta.fields if name != "id"]
    tables: list[bulk.Staged] = []
    with guarded("保存"):
        try:
            state = _state(spec)
            if reserved is None:
                first = int(state[0]) + 1  # type: ignore[call-overload]
                reserved = list(range(first, first + len(good)))
            filled = _fill(spec, good, staged, actor, reserved)
            # the temporary tables' own transaction: it takes no lock on the shared tables
            with database.atomic():
                main: bulk.Staged | None = None
                docs: list[bulk.Staged] | None = None
                entries: audit.StagedEntries | None = None
                for start in range(0, len(good), WRITE_CHUNK):
                    end = start + WRITE_CHUNK
                    main = bulk.stage(model, ["id", *names], filled.rows[start:end], main)
                    docs = search_index.stage_many(filled.docs[start:end], docs)
                    chunk = filled.ids[start:end]
                    entries = audit.stage_many(actor, "create", spec.name, filled.entries[start:end],
                                               {i: filled.digests[i] for i in chunk if i in filled.digests}, entries)
                    tables[:] = [main, *docs, entries.rows]
                    # the stage is most of the writing's time; the copy under the lock is the rest
                    if progress is not None and progress(offset + (min(end, len(good)) * 9) // 10, total) is False:
                        raise Cancelled("已取消，没有写入任何数据。")
                children = [bulk.stage(child_model, _child_names(child_model), rows)
                            for child_model, rows in filled.children.items()]
                tables += children
                numbers = (bulk.stage(IssuedNumber, numbering.ISSUED_COLUMNS, filled.plan.rows)
                           if filled.plan is not None else None)
                if numbers is not None:
                    tables.append(numbers)
            with _taken_meanwhile(), write_transaction():
                if _state(spec) != state:
                    return None
                if filled.plan is not None and numbers is not None:
                    numbering.apply_plan(filled.plan, rows_written=True)
                    bulk.copy_staged(numbers)
                assert main is not None and docs is not None
                bulk.copy_staged(main)
                for child in children:
                    bulk.copy_staged(child)
                search_index.insert_staged(filled.docs, docs)
                assert entries is not None
                audit.insert_staged(entries, actor, "create", filled.entries)
                if progress is not None and progress(offset + len(good), total) is False:
                    raise Cancelled("已取消，没有写入任何数据。")
            return filled.ids
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
        raise ConflictError("导入的编号或唯一字段与已有记录重复（可能刚被其他工作站使用），没有写入任何数据。") from exc
