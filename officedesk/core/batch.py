"""Create many records at once (an xlsx import): every rule of the one-record path, checked in
memory first without the write lock, then one transaction that writes the rows, their numbers,
the audit entries (chained in a loop) and the search index in bulk (core.batch_write: the lock
is held only to copy the made rows in). Nothing is written when a row is bad.

A registry that creates more than one row per record (`create_hook`) takes part by declaring
`prepare_new(raw, actor) -> NewRecord` (its sub-rows ride along); the others use the plain path
(`records.parse_values`, the rules, the stored defaults).
"""

from __future__ import annotations

import collections
import contextlib
import gc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import (
    batch_rows,
    batch_write,
    cleared_names,
    converters,
    corrections,
    directory,
    number_plans,
    numbering,
    read_once,
    record_guards,
    records,
    row_undo,
    rules_read,
    state_facts,
    typed_numbers,
)
from officedesk.core.actor import Actor
from officedesk.core.batch_new import Step
from officedesk.core.batch_write import Cancelled, NewRecord, Progress
from officedesk.core.duplicates import taken_message
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.store.bulk import CHUNK

__all__ = ["Cancelled", "NewRecord", "OneByOne", "RowProblem", "RowsRefused", "check", "create_many",
           "links_within", "prepare_plain", "supported"]


@dataclass(frozen=True)
class RowProblem:
    index: int  # position in the rows given
    field: str | None  # field name, or None for the row as a whole
    message: str
    needs_reason: bool = False  # refused for want of a reason only (a 会议's conflicts): the window asks


class RowsRefused(ValidationError):
    """Some rows break a rule: nothing was written."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(text("有 %1 行不符合要求，没有写入任何数据。", len({p.index for p in problems})))
        self.problems = problems


@contextlib.contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector paused for a batch. The batch makes millions of objects that
    live until it ends (cells, checked values, rows); every collection of the oldest generation
    walks all of them again, 15 % of a 100,000-row import. Its objects form no cycles (reference
    counting frees them; the peak memory is the same), and the collector runs again after."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:  # a batch inside another leaves it to the outer one
            gc.enable()


def supported(spec: RegistrySpec, rows: Sequence[dict[str, Any]] | None = None) -> bool:
    """Registries with sub-rows need prepare_new. A record that may refer to another of the
    same batch (a unit's 上级单位 made by an earlier row) needs the rows written one by one;
    one that refers to others of its registry only by their 编号 (RegistrySpec.links_by_number:
    a 续报's 首报, kept as its id) takes part when no row of `rows` (label -> cell) names
    another row's (`links_within`; without rows, never): its links are then to records in the
    database, found in the check. A
    registry numbered by the record's own year (``number_year``) takes part: the batch plans
    each record's number in its year's sequence (batch_write._plan). A file in which a 作废 row's
    number is on another row too (issued again on purpose, --reissue) does not: the batch takes a
    number once (`voided_number_reissued`)."""
    if rows is not None and voided_number_reissued(spec, rows):
        return False
    model = spec.model
    own = {name for name, f in model._meta.fields.items()
           if isinstance(f, peewee.ForeignKeyField) and f.rel_model is model}
    hooked = spec.create_hook is None or spec.prepare_new is not None
    if not own and not spec.links_by_number:
        return hooked
    by_number = own <= set(spec.links_by_number) and bool(spec.number_field)
    return hooked and by_number and rows is not None and not links_within(spec, rows)


def voided_number_reissued(spec: RegistrySpec, rows: Sequence[dict[str, Any]]) -> bool:
    """A number a 作废 row brings (label -> cell) is on another row of `rows` too: the rows go
    one by one, as the number's 作废 and its issue again did."""
    if not spec.number_field:
        return False
    label = spec.field(spec.number_field).label
    voided = {str(raw.get(label) or "").strip() for raw in state_facts.voided_rows(spec, rows)}
    voided.discard("")
    if not voided:
        return False
    counted = collections.Counter(str(raw.get(label) or "").strip() for raw in rows)
    return any(counted[number] > 1 for number in voided)


class OneByOne(Exception):  # noqa: N818 (a way, not an error: no OfficeDeskError, so no row's problem)
    """A row prepare_new cannot make as the one-record path does (its create hook writes more
    than one audit entry for it): the caller writes the rows one by one."""


class Tangled(Exception):  # noqa: N818 (a way, not an error: no OfficeDeskError, so no row's problem)
    """A file's new rows and the corrections checked with them meet where they cannot be
    checked apart (a 会议 correction left to the hook under the lock, a new row it meets): the
    caller writes the whole file one by one."""


def links_within(spec: RegistrySpec, rows: Sequence[dict[str, Any]]) -> bool:
    """Whether a row names another row of `rows` in a links_by_number cell: by the 编号 that row
    brings, or by a bare number (an id, which a row made earlier would take one by one)."""
    tidy_number = typed_numbers.tidy_number
    number = spec.field(spec.number_field).label if spec.number_field else None
    links = [spec.field(name).label for name in spec.links_by_number]
    brought = {tidy_number(str(raw.get(number) or "").strip()) for raw in rows} if number else set()
    brought.discard("")
    for raw in rows:
        for label in links:
            named = tidy_number(str(raw.get(label) or "").strip())
            if named and (named in brought or named.isdigit()):
                return True
    return False


def prepare_plain(spec: RegistrySpec, raw: dict[str, Any]) -> NewRecord:
    """records.create's checks, without writing."""
    values = records.parse_values(spec, raw)
    records.apply_rules(spec, values, None)
    return NewRecord(records.storable(spec, values))


def check(spec: RegistrySpec, rows: Sequence[dict[str, Any]], actor: Actor,
          progress: Progress | None = None, total: int | None = None,
          before: Callable[[int], None] | None = None) -> tuple[list[NewRecord | None], list[RowProblem]]:
    """Check every row (no write lock, nothing written): the prepared records (None where bad)
    and every problem found. `before(index)`: called before each row's check, in the batch's
    scope (a file's corrections checked in its order between its new rows: exchange.
    import_mixed_ordered)."""
    record_guards.require_writer_of(spec, actor)
    total = len(rows) if total is None else total
    prepared: list[NewRecord | None] = []
    problems: list[RowProblem] = []
    # 保密: the users the rows' people are checked against, compared again under the write lock
    users = rules_read.names_read() if cleared_names.names_anyone(spec) else None
    with checking(spec):
        _check_rows(spec, rows, actor, prepared, problems, progress, total, before)
    for new in prepared:
        if new is not None:
            new.names = users
    problems.extend(_duplicates(spec, prepared, actor))
    problems.extend(_out_of_sequence(spec, prepared, {p.index for p in problems}))
    return prepared, problems


@contextlib.contextmanager
def checking(spec: RegistrySpec) -> Iterator[None]:
    """The scope of a batch's check, which writes nothing: what its rows ask alike (the users'
    posts, whether the chain holds, the units of the 通讯录) is read once for the batch, not
    once a row; the registry's own (prepare_scope) likewise."""
    scope = spec.prepare_scope() if spec.prepare_scope is not None else contextlib.nullcontext()
    with scope, converters.compiled(spec), read_once.reading(), directory.names_held():
        yield


def _check_rows(spec: RegistrySpec, rows: Sequence[dict[str, Any]], actor: Actor,
                prepared: list[NewRecord | None], problems: list[RowProblem],
                progress: Progress | None, total: int, before: Callable[[int], None] | None = None) -> None:
    for index, raw in enumerate(rows):
        if before is not None:
            before(index)
        try:
            with row_undo.row():  # a row refused counts nothing for the rows after it
                prepared.append(check_row(spec, raw, actor))
        except OfficeDeskError as exc:
            prepared.append(None)
            problems.extend(row_problems(spec, index, raw, exc))
        done = index + 1
        if progress is not None and (done % CHUNK == 0 or done == len(rows)) and progress(done, total) is False:
            raise Cancelled(text("已取消，没有写入任何数据。"))


def check_row(spec: RegistrySpec, raw: dict[str, Any], actor: Actor) -> NewRecord:
    """One row's own checks (inside `checking`), as records.create makes them: the record to
    write, or the refusal raised (OfficeDeskError; OneByOne: the row is one the batch cannot make)."""
    voided = state_facts.voided_row(spec, raw)
    if voided:
        with state_facts.making_voided():
            made = state_facts.unvoided(spec, raw)
            new = spec.prepare_new(made, actor) if spec.prepare_new is not None else prepare_plain(spec, made)
    else:
        new = spec.prepare_new(raw, actor) if spec.prepare_new is not None else prepare_plain(spec, raw)
    corrections.check_new_level(spec, new.values, actor)  # as records.create
    cleared_names.check_new(spec, new.values)
    new.voided = voided
    # marked as brought from a past 台账, as one by one (a voided one after its 作废, one
    # made further under the lock after that: batch_write._made_further)
    if state_facts.is_history() and not voided and new.after is None:
        new.steps.append(_imported_step(spec, new))
    return new


def row_problems(spec: RegistrySpec, index: int, raw: dict[str, Any], exc: OfficeDeskError) -> list[RowProblem]:
    """What refused row `index` (check_row's refusal): every bad cell of it, else the rule's."""
    if isinstance(exc, ValidationError):
        # a voided row's 已作废 is no cell's problem: the row is made, then voided (state_facts)
        cells = {key: value for key, value in raw.items() if key not in state_facts.voided_cells(spec, raw)}
        return _cell_problems(spec, index, cells) or [RowProblem(index, exc.field, exc.message, exc.needs_reason)]
    # a typed number refused (out of sequence, used …): said in its column, as one by one
    field = spec.number_field if isinstance(exc, typed_numbers.NumberRefused) else None
    return [RowProblem(index, field, exc.message, exc.needs_reason)]


def _imported_step(spec: RegistrySpec, new: NewRecord) -> Step:
    """state_facts.mark_imported's entry for a record of the batch, in the state it ends in."""
    ended = dict(new.values)
    for step in new.steps:
        ended.update(step.changes)
    after, summary = state_facts.imported_mark(spec, ended.get("state") or ended.get("status") or "")
    return Step(state_facts.IMPORTED, None, after, summary)


def _cell_problems(spec: RegistrySpec, index: int, raw: dict[str, Any]) -> list[RowProblem]:
    """Every bad cell of a refused row (the checks stop at the first), so one round of
    corrections suffices; empty when the cells are fine and a rule refused the row."""
    problems = []
    for key, value in raw.items():
        field_spec = None
        try:
            field_spec = spec.by_label(key)
            parse_value(field_spec, value)
        except ValidationError as exc:
            if field_spec is None or not listed_values_parse(field_spec, value):
                problems.append(RowProblem(index, exc.field or key, exc.message))
    return problems


def listed_values_parse(field_spec: Any, value: Any) -> bool:
    """A new row's cell listing several values split by 、, each its field's own (a joint
    letter's petitioners: 身份证号 “甲的、乙的”): the registry's create hook splits it and checks
    the places against the names — no problem of the cell itself; a registry that keeps one
    value refuses it when it parses the row."""
    if not isinstance(value, str) or "、" not in value:
        return False
    try:
        for part in value.split("、"):
            if part.strip():
                parse_value(field_spec, part.strip())
    except ValidationError:
        return False
    return True


NUMBER = "\x00number"  # the number a record brings along, beside the unique columns


def _duplicates(spec: RegistrySpec, prepared: list[NewRecord | None], actor: Actor) -> list[RowProblem]:
    """Unique columns and numbers brought along: twice in the batch, or already taken (by a
    record above the actor's clearance: said taken, not held by a record, duplicates.taken_message)."""
    problems: list[RowProblem] = []
    checks: list[tuple[str, str, Callable[[list[Any]], set[Any]]]] = []
    model = spec.model
    for name, column in model._meta.fields.items():
        if column.unique and not column.primary_key:
            label = spec.field(name).label if name in {f.name for f in spec.fields} else name

            checks.append((name, label, _taken_in(model, column)))
    kind = spec.typed_number_kind  # a 发文's 字号 too: brought, though a draft is issued none
    if kind:
        checks.append((NUMBER, numbering.KINDS[kind].label, lambda values: numbering.used_texts(kind, values)))
        problems.extend(_future_numbers(spec, kind, prepared, spec.number_field))
    for name, label, taken in checks:
        seen: dict[Any, int] = {}
        where = spec.number_field if name == NUMBER else name
        for index, new in enumerate(prepared):
            value = None if new is None else (new.number if name == NUMBER else new.values.get(name))
            if value in (None, ""):
                continue
            if value in seen:
                problems.append(RowProblem(index, where, text("“%1”与第 %2 条重复：%3", label, seen[value] + 1, str(value))))
            else:
                seen[value] = index
        values = list(seen)
        for start in range(0, len(values), CHUNK):
            for value in taken(values[start : start + CHUNK]):
                holder = {where: value} if where else {}
                problems.append(RowProblem(seen[value], where, taken_message(spec, holder, label, str(value), actor)))
    return problems


def _future_numbers(spec: RegistrySpec, kind: str, prepared: list[NewRecord | None],
                    field: str | None) -> list[RowProblem]:
    """Numbers brought of a year after this one, or of another year than the record's own date,
    refused as claim_manual refuses them."""
    problems = []
    own: set[str] | None = None  # the office's prefixes, read once
    for index, new in enumerate(prepared):
        text = typed_numbers.tidy_number(new.number) if new is not None else ""
        parsed = typed_numbers.parse_number(kind, text) if text else None
        if text:
            own = typed_numbers.own_prefixes(kind) if own is None else own
            try:
                typed_numbers.refuse_misformed(kind, text, own)
            except ValidationError as exc:
                problems.append(RowProblem(index, field, exc.message))
                continue
        if parsed is not None and new is not None:
            try:
                typed_numbers.refuse_future_year(kind, text, parsed[1])
                dated = new.dated if new.dated is not None else typed_numbers.dated_by(spec, new.values)
                typed_numbers.check_year_of_dates(kind, text, parsed[1], dated)
            except ValidationError as exc:
                problems.append(RowProblem(index, field, exc.message))
    return problems


def _out_of_sequence(spec: RegistrySpec, prepared: list[NewRecord | None], refused: set[int]) -> list[RowProblem]:
    """Typed numbers of a registry whose typed numbers follow the sequence (收文编号, 发文字号), checked row
    after row with the numbers the rows before them are issued (number_plans.sequence_problems);
    a row refused already takes no number, as it would not one by one."""
    kind = spec.typed_number_kind
    if not (kind and spec.number_field):
        return []
    year_of = batch_write.year_reader(spec)
    rows = [(index, new.number, year_of(new.values) if batch_rows.issues_number(spec, new) else None)
            for index, new in enumerate(prepared) if new is not None and index not in refused]
    return [RowProblem(index, spec.number_field, message)
            for index, message in number_plans.sequence_problems(kind, rows)]


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
    with cycle_collection_paused():
        return _create_many(spec, rows, actor, progress, skip_bad, dry_run)


def _create_many(spec: RegistrySpec, rows: Sequence[dict[str, Any]], actor: Actor, progress: Progress | None,
                 skip_bad: bool, dry_run: bool) -> tuple[list[int], list[RowProblem]]:
    total = 2 * len(rows)
    for attempt in range(1, batch_write.STAGED_TRIES + 1):
        prepared, problems = check(spec, rows, actor, progress, total)
        if problems and not skip_bad:
            raise RowsRefused(problems)
        if dry_run:
            return [], problems
        bad = {p.index for p in problems}
        good = [new for index, new in enumerate(prepared) if new is not None and index not in bad]
        del prepared
        try:
            return batch_write.write(spec, good, actor, progress, len(rows), total), problems
        except rules_read.RulesChanged:
            # a holiday or setting change committed since the check (nothing written): the
            # deadlines are counted again under the rules as they are now
            if attempt == batch_write.STAGED_TRIES:
                raise
    raise AssertionError("unreachable")
