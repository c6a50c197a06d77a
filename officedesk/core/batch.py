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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee

from officedesk.core import audit, clock, converters, integrity, numbering, records
from officedesk.core.actor import Actor, clearance_of
from officedesk.core.errors import ConflictError, OfficeDeskError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.registry import RegistrySpec
from officedesk.store import search_index
from officedesk.store.bulk import CHUNK, bulk_insert
from officedesk.store.db import database, guarded, is_sqlite, write_transaction

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
    staged = []
    rows = []
    child_layout: dict[Any, tuple[list[str], dict[str, Any]]] = {}
    for new in good:
        values = {**defaults, **new.values, **stamps}
        if spec.number_field and not values.get(spec.number_field):
            values[spec.number_field] = new.number or PENDING
        after = canonical({label: value if type(value) in _AS_IS else _plain(value)
                           for label, value in ((label, values.get(name)) for label, name in labelled)})
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
                              title, level, parts, tokens, "", [None, *(values[n] for n in names)],
                              child_rows))
        rows.append(values)
    texts = integrity.row_texts(spec.name, rows, ID_MARK)
    if texts is not None:
        for ready, text in zip(staged, texts, strict=True):
            ready.row_text = text
    return staged


def write(spec: RegistrySpec, good: list[NewRecord], actor: Actor, progress: Progress | None = None,
          offset: int = 0, total: int | None = None) -> list[int]:
    """Write checked records in one transaction (the write lock is taken here, after the
    rows, audit texts and index tokens are made)."""
    if not good:
        return []
    model = spec.model
    total = 2 * len(good) if total is None else total
    names = [name for name in model._meta.fields if name != "id"]
    staged = _stage(spec, good, actor)
    pending = json.dumps(PENDING, ensure_ascii=False)
    id_mark = json.dumps(ID_MARK, ensure_ascii=False)
    number_field = spec.number_field or ""
    number_at = 1 + names.index(number_field) if number_field else 0
    with guarded("保存"), write_transaction():
        ids = _reserve_ids(model, len(good))
        _assign_numbers(spec, good, ids, actor)
        for start in range(0, len(good), WRITE_CHUNK):
            rows: list[list[Any]] = []  # the staged lists themselves: no copy under the lock
            children: dict[Any, list[list[Any]]] = {}
            entries: list[tuple[int | None, Any, Any, str]] = []
            digests: dict[int, str] = {}
            docs: list[tuple[str, int, int, str, str, str]] = []
            end = start + WRITE_CHUNK
            for record_id, new, ready in zip(ids[start:end], good[start:end], staged[start:end], strict=True):
                values, after, parts, tokens = ready.values, ready.after, ready.parts, ready.tokens
                row_text = ready.row_text.replace(id_mark, str(record_id), 1)
                number = new.values.get(number_field) if number_field else None
                row = ready.row
                row[0] = record_id
                if number and values.get(number_field) == PENDING:
                    values[number_field] = row[number_at] = number
                    number_json = json.dumps(number, ensure_ascii=False)
                    after = after.replace(pending, number_json, 1)
                    row_text = row_text.replace(pending, number_json, 1)
                    if PENDING in parts:
                        parts = [number if p == PENDING else p for p in parts]
                        tokens = f"{tokens} {search_index.tokens(number)}"
                if row_text:
                    digests[record_id] = integrity.digest_text(row_text)
                rows.append(row)
                for child_model, key_at, child in ready.child_rows:
                    child[key_at] = record_id
                    children.setdefault(child_model, []).append(child)
                entries.append((record_id, None, after, ready.summary))
                docs.append((spec.name, record_id, ready.level, f"{number} {ready.title}" if number else ready.title,
                             "\n".join(p for p in parts if p), tokens))
            bulk_insert(model, ["id", *names], rows)
            for child_model, child_rows in children.items():
                bulk_insert(child_model, _child_names(child_model), child_rows)
            audit.record_many(actor, "create", spec.name, entries, digests if digests else None)
            search_index.insert_many(docs)
            done = offset + start + len(rows)
            if progress is not None and progress(done, total) is False:
                raise Cancelled("已取消，没有写入任何数据。")
    return ids


def _default(column: peewee.Field) -> Any:
    default = column.default() if callable(column.default) else column.default
    if default is None and not column.null and isinstance(column, peewee.CharField | peewee.TextField):
        return ""
    return default


def _assign_numbers(spec: RegistrySpec, good: list[NewRecord], ids: list[int], actor: Actor) -> None:
    if not (spec.number_field and spec.number_kind):
        return
    kind, field_name = spec.number_kind, spec.number_field
    brought = [(new.number, record_id) for new, record_id in zip(good, ids, strict=True) if new.number]
    if brought:
        try:
            numbering.claim_many(kind, actor, spec.name, brought)
        except peewee.IntegrityError as exc:
            raise ConflictError("导入的编号与已有编号重复（可能刚被其他工作站使用），没有写入任何数据。") from exc
    for new in good:
        if new.number:
            new.values[field_name] = new.number
    wanted = [(new, record_id) for new, record_id in zip(good, ids, strict=True)
              if not new.values.get(field_name)]
    if wanted:
        texts = numbering.take_many(kind, actor, spec.name, [record_id for _, record_id in wanted])
        for (new, _), text in zip(wanted, texts, strict=True):
            new.values[field_name] = text
