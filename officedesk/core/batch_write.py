"""The write half of a batch (core.batch): the checked records become rows, audit entries and
index entries, and are written in one transaction while other workstations keep saving.

Given their ids and numbers as the tables read now (number_plans.plan_many), a chunk at a time
(memory stays that of a chunk, not of the batch) the records are made ready (core.batch_rows.stage:
rows, audit entries, digests, index entries) and put into temporary tables of the connection,
which lock nothing others write. Only then the write lock (SQLite) or the shared rows (PostgreSQL: the
audit head, the number sequences) are taken: if the ids are still free and the sequences the
batch uses still read as filled, one INSERT … SELECT a table copies the batch in; if another
workstation added a record of the same registry meanwhile (or gave a number in a sequence the
batch uses), it is all made again, its ids a margin above the others'.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import peewee

from officedesk.core import (
    audit,
    audit_staged,
    clock,
    number_plans,
    numbering,
    rules_read,
    state_facts,
    sub_rows,
)
from officedesk.core.actor import Actor
from officedesk.core.batch_new import InOrder, NewRecord
from officedesk.core.batch_rows import Filled, child_columns, issues_number, stage
from officedesk.core.duplicates import taken_said
from officedesk.core.errors import ConflictError, OfficeDeskError
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.store import bulk, compiled, search_catch_up, search_index
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


def _still_fits(spec: RegistrySpec, ids: list[int], plan: number_plans.NumberPlan | None) -> bool:
    """Under the lock: the batch's ids are still free (SQLite: above every row's; PostgreSQL's
    came from the sequence), and the number sequences it claims or issues in read as planned
    (locked on PostgreSQL until the commit)."""
    if is_sqlite() and _last_id(spec.model) >= ids[0]:
        return False
    return plan is None or number_plans.plan_holds(plan, number_plans.state_of(plan.kind))


class NumbersMoved(OfficeDeskError):
    """Records written as checked in their order (InOrder): another workstation gave a number in
    a sequence they take numbers in since the check. Nothing was written; the numbers are to be
    taken again (the caller writes them one by one)."""


def _plan(spec: RegistrySpec, good: list[NewRecord], actor: Actor, ids: list[int],
          in_order: InOrder | None = None) -> number_plans.NumberPlan | None:
    """The batch's numbers as the sequences read now: brought ones claimed, the others issued
    (none for a registry that issues no number on create: a 发文 draft); those of records written
    as checked in their order, as the check gave them."""
    if in_order is not None:
        _link(good, ids, in_order)
    kind = spec.typed_number_kind
    if not (spec.number_field and kind):
        return None
    if in_order is not None:
        numbered = [(number, status, record_id)
                    for (number, status), record_id in zip(in_order.numbers, ids, strict=True) if number and status]
        return number_plans.plan_given(kind, actor, spec.name, numbered, in_order.state) if numbered else None
    brought = [(new.number, record_id) for new, record_id in zip(good, ids, strict=True) if new.number]
    issuing = [(new, record_id) for new, record_id in zip(good, ids, strict=True) if issues_number(spec, new)]
    if not (brought or issuing):
        return None
    wanted = [record_id for _, record_id in issuing]
    year_of = year_reader(spec)  # each record's number in its own year, as records.create
    years = [year_of(new.values) for new, _ in issuing]
    return number_plans.plan_many(kind, actor, spec.name, brought, wanted, years)


def _link(good: list[NewRecord], ids: list[int], in_order: InOrder) -> None:
    """The links between the records (a 续报's 首报 of the same file) to the ids they are given."""
    for at, name, named in in_order.links:
        good[at].values[name] = ids[named]


def _holds(in_order: InOrder | None, plan: number_plans.NumberPlan | None) -> None:
    """Under the lock: the numbers checked in order still free to take as checked (NumbersMoved)."""
    if in_order is not None and plan is not None \
            and not number_plans.plan_holds(plan, number_plans.state_of(plan.kind)):
        raise NumbersMoved(text("导入期间其他工作站取用了编号，需重新取号。"))


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


def _chunks(good: list[NewRecord], spec: RegistrySpec, actor: Actor, ids: list[int],
            issued: Iterator[str]) -> Iterator[tuple[int, Filled]]:
    """(end, the chunk filled): made WRITE_CHUNK records at a time."""
    for start in range(0, len(good), WRITE_CHUNK):
        end = min(start + WRITE_CHUNK, len(good))
        filled = stage(spec, good[start:end], actor, ids[start:end], issued)
        sub_rows.cover_batch(spec.model._meta.table_name, filled, good[start:end])  # their sub-rows in the digests
        yield end, filled


def write(spec: RegistrySpec, good: list[NewRecord], actor: Actor, progress: Progress | None = None,
          offset: int = 0, total: int | None = None, also: Callable[[], None] | None = None,
          in_order: InOrder | None = None) -> list[int]:
    """Write checked records in one transaction (see the module's docstring); the lock is held
    only to copy them in. A batch inside another transaction writes them under its lock.
    `also`: more to write in the same transaction, under the lock, after the records (an
    import's corrections of records it holds); what it raises undoes the batch. `in_order`:
    the records as core.batch_in_order checked them, in their order: written with the numbers
    it gave them (NumbersMoved, nothing written, when the sequences moved since), their links
    to each other put to the ids they are given."""
    if not good:
        return []
    total = 2 * len(good) if total is None else total
    reads = {read for new in good for read in (new.rules, new.names) if read is not None}
    if not database.in_transaction():
        # PostgreSQL's ids come from the table's sequence, taken now (a gap in ids is harmless)
        reserved = None if is_sqlite() else _reserve_ids(spec.model, len(good))
        for attempt in range(STAGED_TRIES):
            margin = 0 if attempt == 0 else ID_MARGIN
            ids = _write_staged(spec, good, actor, progress, offset, total, reserved, margin, reads, also,
                                in_order)
            if ids is not None:
                return ids
    with guarded("保存"), _taken_meanwhile(spec, good), checkpoint_after(), write_transaction():
        rules_read.require(reads)
        ids = _reserve_ids(spec.model, len(good))
        plan = _plan(spec, good, actor, ids, in_order)
        _holds(in_order, plan)
        if plan is not None:
            number_plans.apply_plan(plan)
        model = spec.model
        names = [name for name in model._meta.fields if name != "id"]
        for end, filled in _chunks(good, spec, actor, ids, iter(plan.issued if plan else ())):
            bulk_insert(model, ["id", *names], filled.rows)
            for child_model, child_rows in filled.children.items():
                bulk_insert(child_model, child_columns(child_model), child_rows)
            audit.record_many(actor, "create", spec.name, filled.entries, filled.digests or None)
            search_index.insert_many(filled.docs)
            if progress is not None and progress(offset + end, total) is False:
                raise Cancelled(text("已取消，没有写入任何数据。"))
        if spec.batch_written is not None:
            spec.batch_written(ids, good)
        _made_further(spec, good, ids, actor)
        if also is not None:
            also()
    return ids


def _made_further(spec: RegistrySpec, good: list[NewRecord], ids: list[int], actor: Actor) -> None:
    """Under the write lock, the rows in: each record made further as one by one, record by
    record — the steps its create path writes after it (NewRecord.after: a 信息's 采用 and
    批示), then a voided row's 作废 (its number voided, its 作废 entry and step), and a past
    台账's mark after them. A 台账's few such rows no longer send the whole file one by one."""
    for new, record_id in zip(good, ids, strict=True):
        if new.voided or new.after is not None:
            record = compiled.fetch(spec.model, record_id)
            if new.after is not None:
                record = new.after(record, actor)
            if new.voided:
                record = state_facts.void_brought(spec, record, actor)
            if state_facts.is_history():
                state_facts.mark_imported(spec, record, actor)


def _write_staged(spec: RegistrySpec, good: list[NewRecord], actor: Actor, progress: Progress | None,
                  offset: int, total: int, reserved: list[int] | None, margin: int = 0,
                  reads: frozenset[Any] | set[Any] = frozenset(),
                  also: Callable[[], None] | None = None, in_order: InOrder | None = None) -> list[int] | None:
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
            plan = _plan(spec, good, actor, reserved, in_order)
            # the temporary tables' own transaction: it takes no lock on the shared tables
            with database.atomic():
                numbers = bulk.stage(IssuedNumber, numbering.ISSUED_COLUMNS, plan.rows) if plan else None
                tables += [numbers] if numbers is not None else []
                main: bulk.Staged | None = None
                docs: list[bulk.Staged] | None = None
                entries: audit_staged.StagedEntries | None = None
                children: dict[Any, bulk.Staged] = {}
                for end, filled in _chunks(good, spec, actor, reserved, iter(plan.issued if plan else ())):
                    main = bulk.stage(model, ["id", *names], filled.rows, main, whole=True)
                    for child_model, rows in filled.children.items():
                        children[child_model] = bulk.stage(child_model, child_columns(child_model), rows,
                                                           children.get(child_model))
                    docs = search_index.stage_many(filled.docs, docs)
                    entries = audit_staged.stage_many(actor, "create", spec.name, filled.entries, filled.digests, entries)
                    tables[:] = [*([numbers] if numbers is not None else []), main, *children.values(), *docs,
                                 entries.rows]
                    # making the rows ready is most of the writing's time; the copy is the rest
                    if progress is not None and progress(offset + (end * 9) // 10, total) is False:
                        raise Cancelled(text("已取消，没有写入任何数据。"))
            assert main is not None and docs is not None and entries is not None
            with database.atomic():
                bulk.index_staged(tables)  # the target's indexes, built here and not under the lock
            # a big batch's FTS rows are filled after the commit, in short transactions of their own,
            # once the WAL it grew is copied back (a save after it would copy it in its commit)
            deferred = search_catch_up.deferrable(docs)
            with _taken_meanwhile(spec, good), _index_caught_up(docs if deferred else None), checkpoint_after(), \
                    write_transaction():
                rules_read.require(reads)  # the deadlines counted in the check: rules unchanged
                _holds(in_order, plan)  # the numbers as checked: taken again, were they not
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
                search_index.insert_staged(spec.name, reserved, docs, defer=deferred)
                audit_staged.insert_staged(entries, actor, "create")
                _made_further(spec, good, reserved, actor)
                if also is not None:
                    also()
                if progress is not None and progress(offset + len(good), total) is False:
                    raise Cancelled(text("已取消，没有写入任何数据。"))
            return reserved
        finally:
            bulk.drop_staged(tables)


@contextlib.contextmanager
def _index_caught_up(docs: list[bulk.Staged] | None) -> Iterator[None]:
    """After the write's commit (not when it failed): the FTS rows it left pending, filled
    from its staged ones."""
    yield
    if docs is not None:
        # written and committed: a fill that fails (another workstation's long lock, a full
        # disk) leaves them pending, found by their text, for the next program that opens it
        with contextlib.suppress(peewee.DatabaseError, sqlite3.Error, OfficeDeskError):
            search_catch_up.catch_up(docs[1])


@contextlib.contextmanager
def _taken_meanwhile(spec: RegistrySpec | None = None, good: Sequence[NewRecord] = ()) -> Iterator[None]:
    """A number or a unique value checked free but taken by another workstation before the
    write: the unique index refuses the insert, and with it the batch (rolled back by then) —
    in the words of the column's own rule when it has them (a meeting's 发文字号)."""
    try:
        yield
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        said = taken_said(spec, exc, (row.values for row in good)) if spec is not None else ""
        if said:
            raise ConflictError(text("%1导入没有写入任何数据。", said)) from exc
        raise ConflictError(text("导入的编号或唯一字段与已有记录重复（可能刚被其他工作站使用），没有写入任何数据。")) from exc
