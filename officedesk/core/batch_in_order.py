"""New rows the batch takes only one by one, checked as one by one checks them, in memory: nothing
written, no write lock. Such are a file whose rows name other rows of it (RegistrySpec.
links_by_number: a 信息 续报 and its 首报, both in the sheet) and one in which a 作废 row's number
is brought again by another row (batch.voided_number_reissued: one by one, the second claim of it
is refused).

One by one, the rows are written in their order under the lock, each in a savepoint, so a row
naming an earlier row finds that row's record in the database — or nothing, where the earlier
row was refused and undone —, and each number a row brings is claimed against the numbers the
rows before took (or were issued: a 续报 may name its 首报 by the number issued to it). A dry run
of such a file did just that and rolled everything back: a 2,000-row 信息 台账 with its 续报 held
the write lock 10 s, and another workstation's save failed.

Here each row, in that order, is checked by core.batch's check of a row (the one-record path's
checks), its number claimed or issued against the 编号台账 as the rows before leave it
(core.number_claims: claim_manual's checks and words; a registry's create path that claims it
before its rules says where, number_claims.claim_here) and, when it is good, its record taken as
made for the rows after it (core.pending_records: under its number and the id it would take). A
refused row is undone, with what its check counted for the rows after it (core.row_undo). What
it makes is written as made (core.batch_write with `Checked.made`, an InOrder: the numbers as
claimed and issued here, the links between the records by their places, as the ids guessed
here may not be the ones given)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import peewee

from officedesk.core import (
    batch,
    batch_rows,
    batch_write,
    number_claims,
    number_plans,
    pending_records,
    record_guards,
    row_undo,
)
from officedesk.core.actor import Actor
from officedesk.core.batch_new import InOrder, NewRecord
from officedesk.core.batch_write import Progress
from officedesk.core.duplicates import taken_message
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.fields import display
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.core.typed_numbers import dated_by, follows_sequence, tidy_number
from officedesk.store.bulk import CHUNK
from officedesk.store.db_errors import duplicate_message


def takes_part(spec: RegistrySpec, rows: Sequence[dict[str, Any]]) -> bool:
    """Whether new rows (label -> cell) are ones the batch takes only one by one, for a reason
    this check takes — they name each other (a 续报 a 首报 of the file: batch.links_within; any
    unit may name an earlier row's as its 上级单位), or a 作废 row's number is on another row
    (batch.voided_number_reissued) — of a registry whose rows it can check: the batch's check
    takes them (a create hook has its prepare_new), its lookups of its own records find those an
    earlier row makes (pending_records.FINDS_MADE), and the numbers it issues are of the kind
    its rows bring (a 发文 draft is issued none)."""
    model = spec.model
    own = any(isinstance(column, peewee.ForeignKeyField) and column.rel_model is model
              for column in model._meta.fields.values())
    hooked = spec.create_hook is None or spec.prepare_new is not None
    names_own = own or bool(spec.links_by_number)
    if not (hooked and (not names_own or spec.name in pending_records.FINDS_MADE)
            and spec.number_kind in (None, spec.typed_number_kind)):
        return False
    return (own or (bool(spec.links_by_number) and batch.links_within(spec, rows))
            or batch.voided_number_reissued(spec, rows))


class Checked(NamedTuple):
    """What check_after_batch found: the problems of the batched rows and of the rows, by the
    index of the row in its list, and the good rows' records in the order they are made, with
    what core.batch_write needs to write them as checked (`InOrder`)."""

    first: list[batch.RowProblem]
    problems: list[batch.RowProblem]
    good: list[NewRecord]
    made: InOrder


def check_after_batch(spec: RegistrySpec, batched: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]],
                      actor: Actor, progress: Progress | None = None) -> Checked:
    """`rows` checked in their order as one by one checks them (see the module), with no write.
    `batched`: rows written before them by the batch (exchange.import_linked: a past 台账's rest,
    its 续报 after), checked by core.batch.check and taken as core.batch_write makes them (their
    numbers planned: the brought claimed, then the others issued). batch.OneByOne when a row is
    one the batch cannot make; batch.Cancelled when `progress` says stop."""
    record_guards.require_writer_of(spec, actor)
    # the registry's scope over both: what the batch's rows count (a 续报's title) the rows after count on
    with spec.prepare_scope() if spec.prepare_scope is not None else contextlib.nullcontext():
        return _check_after_batch(spec, batched, rows, actor, progress)


def _check_after_batch(spec: RegistrySpec, batched: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]],
                       actor: Actor, progress: Progress | None) -> Checked:
    made = _Made(spec)
    total = 2 * (len(batched) + len(rows))  # as a batch's: its check, then its write
    first: list[batch.RowProblem] = []
    problems: list[batch.RowProblem] = []
    if batched:  # the batch's own check, its numbers checked over the whole of it
        checked, first = batch.check(spec, batched, actor, progress, total)
        refused = {problem.index for problem in first}
        made.written([new for index, new in enumerate(checked) if new is not None and index not in refused])
    if made.claims is not None and spec.number_field:  # the ledger's rows of their numbers, read once
        label = spec.field(spec.number_field).label
        made.claims.read_ahead([str(raw.get(label) or "") for raw in rows])
    with made.scope(), batch.checking(spec):
        for index, raw in enumerate(rows):
            problems.extend(made.row(index, raw, actor))
            done = len(batched) + index + 1
            heard = done % CHUNK == 0 or index + 1 == len(rows)
            if progress is not None and heard and progress(done, total) is False:
                raise batch.Cancelled(text("已取消，没有写入任何数据。"))
    return Checked(first, problems, made.good, made.in_order())


class _Made:
    """What the rows checked so far make: their records (pending_records) and the numbers they
    claim and are issued (number_claims)."""

    def __init__(self, spec: RegistrySpec) -> None:
        self.spec = spec
        model = spec.model
        kind = spec.typed_number_kind
        # the sequences as read before the ledger is: the numbers checked are written only while
        # they still read so (number_plans.plan_given)
        self.state = number_plans.state_of(kind) if kind else None
        self.first_id = (model.select(peewee.fn.MAX(model.id)).scalar() or 0) + 1
        self.pending = pending_records.Pending(spec, self.first_id)
        self.claims = number_claims.Claims(kind) if kind else None
        self.good: list[NewRecord] = []  # the good rows' records, in the order they are made
        self.numbers: list[tuple[str, str]] = []  # beside them: each one's number and its status
        fields = {field.name for field in spec.fields}
        self.unique = [name for name, column in model._meta.fields.items()
                       if column.unique and not column.primary_key and name in fields]

    @contextlib.contextmanager
    def scope(self) -> Iterator[None]:
        with pending_records.holding(self.pending):
            if self.claims is None:
                yield
                return
            with number_claims.claiming(self.claims):
                yield

    def row(self, index: int, raw: dict[str, Any], actor: Actor) -> list[batch.RowProblem]:
        """The row checked as one by one checks it after the rows before (inside batch.checking):
        its problems; none, and its record taken as made, when it is good."""
        claims = self.claims
        begun = claims.mark() if claims is not None else 0
        try:
            with row_undo.row():  # what its check counted (a 续报's title) taken back too
                new = batch.check_row(self.spec, raw, actor)
                self._refuse_taken(new, actor)
                self._add(new, *self._numbered(new))
        except OfficeDeskError as exc:  # refused: undone, as its savepoint was
            if claims is not None:
                claims.undo(begun)
            return batch.row_problems(self.spec, index, raw, exc)
        return []

    def _refuse_taken(self, new: NewRecord, actor: Actor) -> None:
        """A unique column's value held already — by a record of the database, or by an earlier
        row's — refused as records.create refuses it (duplicates.refusing_duplicates)."""
        spec = self.spec
        for name in self.unique:
            value = new.values.get(name)
            if value in (None, ""):
                continue
            held = spec.model.select(spec.model.id).where(getattr(spec.model, name) == value).exists()
            if held or pending_records.by_field(spec.name, name, value) is not None:
                field = spec.field(name)
                shown = display(field, value, True) or str(value)
                message = taken_message(spec, {name: value}, field.label, shown, actor) if held \
                    else duplicate_message(spec.label, field.label, shown)
                raise ValidationError(message, name)

    def _add(self, new: NewRecord, number: str, status: str) -> None:
        """A good row's record taken as made, with its number and the ledger's status of it."""
        self.pending.add(new, number)
        self.good.append(new)
        self.numbers.append((number, status))

    def in_order(self) -> InOrder:
        """The good rows as core.batch_write writes them as checked: the links to records of the
        file (the ids guessed for them, from first_id on) by their places."""
        spec = self.spec
        model = spec.model
        names = {name for name, column in model._meta.fields.items()
                 if isinstance(column, peewee.ForeignKeyField) and column.rel_model is model}
        names |= set(spec.links_by_number)
        ends = range(self.first_id, self.first_id + len(self.good))
        links = [(at, name, new.values[name] - self.first_id) for at, new in enumerate(self.good)
                 for name in sorted(names) if isinstance(new.values.get(name), int) and new.values[name] in ends]
        return InOrder(list(self.numbers), links, self.state)

    def _numbered(self, new: NewRecord) -> tuple[str, str]:
        """The number the row's record takes, as one by one, and the ledger's status of it when
        taken: the one it brings, claimed (where its registry's check did not claim it already,
        number_claims.claim_here), or the next of its year issued; voided with it, for a row
        已作废."""
        spec, claims = self.spec, self.claims
        if claims is None:
            return (tidy_number(new.number) if new.number else ""), ""
        status = ""
        if new.number:
            dated = new.dated if new.dated is not None else dated_by(spec, new.values)
            number = claims.claimed or claims.claim(new.number, dated)
            status = claims.status(number) or ""
        elif batch_rows.issues_number(spec, new):
            number = claims.issue(batch_write.year_reader(spec)(new.values))
            status = "used"
        else:
            number = str(new.values.get(spec.number_field) or "") if spec.number_field else ""
        if new.voided and number:
            claims.void(number)
        return number, status

    def written(self, good: list[NewRecord]) -> None:
        """The batch's good records as core.batch_write writes them, a chunk at a time: their
        brought numbers claimed, then the next numbers issued to the others (in the order of the
        file where typed numbers follow the sequence: number_plans.plan_many), voided ones voided."""
        claims = self.claims
        numbers: dict[int, str] = {}
        statuses: dict[int, str] = {}
        for start in range(0, len(good), batch_write.WRITE_CHUNK):
            chunk = list(enumerate(good[start:start + batch_write.WRITE_CHUNK], start))
            if claims is not None and not follows_sequence(claims.kind):
                chunk.sort(key=lambda pair: not pair[1].number)  # the brought first
            for at, new in chunk:
                if claims is None or new.number:
                    numbers[at] = claims.take(new.number) if claims is not None else tidy_number(new.number)
                    statuses[at] = "manual" if claims is not None else ""
                elif batch_rows.issues_number(self.spec, new):
                    numbers[at] = claims.issue(batch_write.year_reader(self.spec)(new.values))
                    statuses[at] = "used"
        for at, new in enumerate(good):
            number = numbers.get(at, "")
            if new.voided and number and claims is not None:
                claims.void(number)
            self._add(new, number, statuses.get(at, ""))
