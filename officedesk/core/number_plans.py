"""A batch's numbers (an import's), planned at once and applied in one write.

`plan_many` gives the numbers a batch brings along and those it needs as `claim_manual` and
`take` would give them one by one, reading only; `apply_plan` writes them under the write lock,
while `plan_holds` says the sequences still read as the plan was made from them (`state_of`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import clock, i18n
from officedesk.core.actor import Actor
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.numbering import (
    ISSUED_COLUMNS,
    KINDS,
    default_prefix,
    format_number,
    issued_marks,
    refuse_below_mark,
)
from officedesk.core.typed_numbers import (
    NumberRefused,
    canonical_form,
    follows_sequence,
    misformed_refusal,
    own_prefixes,
    parse_number,
    refuse_jump,
    reissue_refused,
    tidy_number,
    used_refusal,
)
from officedesk.store.bulk import bulk_insert
from officedesk.store.db import database, is_sqlite, write_transaction
from officedesk.store.models import IssuedNumber, NumberSequence


@dataclass
class NumberPlan:
    """The numbers of a batch (an import): those it brings along, claimed as typed, and those it
    needs, issued after them; made from the sequences as read (`state`), applied under the write
    lock only while they still read so (`state_of`), or made there."""

    kind: str
    state: NumberState  # what it was made from
    issued: list[str]  # the numbers issued, in the order of the records that wanted one
    rows: list[tuple[object, ...]]  # issued_number rows (ISSUED_COLUMNS)
    moves: dict[tuple[str, int], int]  # (prefix, year) -> the sequence's new last value
    touched: frozenset[tuple[str, int]] = frozenset()  # the sequences it claims or issues in
    free_form: bool = False  # it brings numbers outside the kind's form (slots below `lowest`)


def plan_holds(plan: NumberPlan, state: NumberState) -> bool:
    """Whether the sequences a plan claims or issues in (and the free-form slots, if it takes
    any) read now (`state`) as they did when it was made: numbers given meanwhile in other
    sequences (this year's, while an old 台账 brings its own) leave it standing."""
    def touched(numbers: NumberState) -> dict[tuple[str, int], int]:
        return {(prefix, year): value for prefix, year, value in numbers.sequences if (prefix, year) in plan.touched}

    return touched(state) == touched(plan.state) and (not plan.free_form or state.lowest == plan.state.lowest)


@dataclass(frozen=True)
class NumberState:
    """What a plan is made from: the kind's sequences and the lowest (free-form) slot."""

    sequences: tuple[tuple[str, int, int], ...]  # (prefix, year, last value)
    lowest: int


def state_of(kind: str) -> NumberState:
    """The kind's NumberState as it reads now. Inside a transaction on PostgreSQL the sequence
    rows are locked until its end, as take's UPDATE does."""
    query = (NumberSequence.select(NumberSequence.prefix, NumberSequence.year, NumberSequence.last_value)
             .where(NumberSequence.kind == kind).order_by(NumberSequence.prefix, NumberSequence.year))
    if not is_sqlite() and database.in_transaction():
        query = query.for_update()
    read: list[tuple[Any, Any, Any]] = list(query.tuples())  # type: ignore[arg-type]
    sequences = tuple((str(prefix), int(year), int(value)) for prefix, year, value in read)
    lowest = min(IssuedNumber.select(peewee.fn.MIN(IssuedNumber.seq)).scalar() or 0, 0)
    return NumberState(sequences, int(lowest))


def plan_many(kind: str, actor: Actor, registry: str, brought: list[tuple[str, int]],
              wanted: list[int], years: list[int] | None = None) -> NumberPlan:
    """Numbers for a batch, as claim_manual and take would give them one by one: the brought
    (number text, record id) pairs move their sequence past them (numbers in another form keep
    a negative, unique slot outside the sequence), then the next numbers go to `wanted`, in
    order and continuous, each in its year (`years`, beside `wanted`; this year without). A
    kind whose typed numbers follow the sequence takes both in the order of the records.
    A brought number that jumps ahead of its sequence is refused as claim_manual refuses it
    (not in a past register: history_import). Reads only; a number taken meanwhile fails the
    insert (the unique index), and with it the batch."""
    if kind not in KINDS:
        raise ValidationError(i18n.text("未知的编号种类：%1", kind))
    state = state_of(kind)
    marks = issued_marks() if wanted else {}  # once per plan, however many rows
    last = {(prefix, year): value for prefix, year, value in state.sequences}
    in_sequence = follows_sequence(kind)
    now = clock.now()
    rows: list[tuple[object, ...]] = []
    moves: dict[tuple[str, int], int] = {}
    touched: set[tuple[str, int]] = set()
    slot = state.lowest
    issued: list[str] = []
    prefix_issued = default_prefix(kind)
    this_year = clock.today().year
    marked: set[tuple[str, int]] = set()
    # (record id, the number it brings or None, the year it is issued in): the brought first,
    # unless typed numbers follow the sequence — then in the order of the file (the ids follow
    # the rows), a number issued to one row and the next typed on the following row, as add does
    events: list[tuple[int, str | None, int]] = [(record_id, typed, 0) for typed, record_id in brought]
    events += [(record_id, None, year) for record_id, year in zip(wanted, years or [this_year] * len(wanted), strict=True)]
    if in_sequence:
        events.sort(key=lambda event: event[0])
    for record_id, typed, year in events:
        if typed is None:
            key = (prefix_issued, year)
            seq = moves[key] = max(last.get(key, 0), moves.get(key, 0)) + 1
            if key not in marked:  # the first number issued in the sequence
                refuse_below_mark(kind, prefix_issued, year, seq, marks)
                marked.add(key)
            touched.add(key)
            issued.append(format_number(kind, prefix_issued, year, seq))
            rows.append((kind, prefix_issued, year, seq, issued[-1], registry, record_id, "used", now,
                         actor.username, "", ""))
            continue
        text = tidy_number(typed)
        parsed = parse_number(kind, text)
        if parsed:
            prefix, number_year, seq = parsed
            key = (prefix, number_year)
            if in_sequence:  # the rows before it, in the order of the file, count
                refuse_jump(kind, text, prefix, number_year, seq, max(last.get(key, 0), moves.get(key, 0)))
            moves[key] = max(moves.get(key, 0), seq)
            touched.add(key)
        else:
            slot -= 1
            prefix, number_year, seq = "", this_year, slot
        rows.append((kind, prefix, number_year, seq, text, registry, record_id, "manual", now, actor.username, "", ""))
    moves = {key: value for key, value in moves.items() if value > last.get(key, 0)}
    return NumberPlan(kind, state, issued, rows, moves, frozenset(touched), slot != state.lowest)


def plan_given(kind: str, actor: Actor, registry: str, numbered: list[tuple[str, str, int]],
               state: NumberState) -> NumberPlan:
    """The numbers a file's rows took as its check in their order gave them (core.batch_in_order:
    each claimed or issued as one by one does, after the rows before): (number, its status —
    manual, used —, record id), in the order of the records. Nothing is judged again; the plan
    holds while the sequences read as `state`, what the check read them from (plan_holds)."""
    now = clock.now()
    this_year = clock.today().year
    last = {(prefix, year): value for prefix, year, value in state.sequences}
    rows: list[tuple[object, ...]] = []
    moves: dict[tuple[str, int], int] = {}
    touched: set[tuple[str, int]] = set()
    slot = state.lowest
    for text, status, record_id in numbered:
        parsed = parse_number(kind, text)
        if parsed:
            prefix, year, seq = parsed
            moves[(prefix, year)] = max(moves.get((prefix, year), 0), seq)
            touched.add((prefix, year))
        else:  # a free-form number: a negative, unique slot outside the sequence, as claim_manual
            slot -= 1
            prefix, year, seq = "", this_year, slot
        rows.append((kind, prefix, year, seq, text, registry, record_id, status, now, actor.username, "", ""))
    moves = {key: value for key, value in moves.items() if value > last.get(key, 0)}
    issued = [text for text, status, _ in numbered if status == "used"]
    return NumberPlan(kind, state, issued, rows, moves, frozenset(touched), slot != state.lowest)


def apply_plan(plan: NumberPlan, rows_written: bool = False) -> None:
    """Move the sequences and record the numbers of a plan (`rows_written`: the caller inserts
    plan.rows itself). Inside the write transaction, after the plan's state was read again."""
    with write_transaction():
        for (prefix, year), value in plan.moves.items():
            NumberSequence.insert(kind=plan.kind, prefix=prefix, year=year, last_value=0).on_conflict_ignore().execute()
            NumberSequence.update(last_value=value).where(
                (NumberSequence.kind == plan.kind) & (NumberSequence.prefix == prefix)
                & (NumberSequence.year == year) & (NumberSequence.last_value < value)).execute()
        if not rows_written:
            bulk_insert(IssuedNumber, ISSUED_COLUMNS, plan.rows)


def sequence_problems(kind: str, rows: list[tuple[int, str, int | None]]) -> list[tuple[int, str]]:
    """A batch's typed numbers of a kind that follows its sequence (收文编号, 发文字号), checked
    row after row as claim_manual checks each when the rows are added one by one: (row index,
    why) for a number that jumps ahead, one issued to an earlier row of the batch, or one never
    issued (空缺) — one used or voided before is the duplicate check's —, and the next one where
    the anchor knows it issued already (refuse_below_mark: a database restored outside the
    program); and a number that is the office's own written another way (收[2026]5号), in the
    words claim_manual has for it one by one (typed_numbers.misformed_refusal, its proper form
    judged against the sequence as the rows before leave it). `rows`: in the order of the file, (index, the number it brings or "", the year a
    number is issued to it in, or None)."""
    if not follows_sequence(kind):
        return []
    current = {(prefix, year): value for prefix, year, value in state_of(kind).sequences}
    marks: dict[str, int] | None = None  # the anchor's, read once, when a number brought needs them
    issued_prefix = default_prefix(kind)
    ours: set[tuple[str, int, int]] = set()  # numbers the batch issues or claims, so far
    problems: list[tuple[int, str]] = []
    own: set[str] | None = None  # the office's prefixes, read once, when a number needs them
    for index, typed, year in rows:
        parsed = parse_number(kind, tidy_number(typed)) if typed else None
        if typed:  # the office's own number written another way (收[2026]5号, 收 〔2026〕5号):
            own = own_prefixes(kind) if own is None else own  # refused, offering its form only
            canonical = canonical_form(kind, typed, own)  # if the sequence, as the rows before
            proper = parse_number(kind, canonical) if canonical else None  # leave it, takes it
            if proper is not None:
                problems.append((index, misformed_refusal(
                    kind, typed, own, last=current.get((proper[0], proper[1]), 0), claimed=ours)))
                continue  # refused: it takes no number, as one by one
        if parsed is None:
            if not typed and year is not None:
                current[(issued_prefix, year)] = seq = current.get((issued_prefix, year), 0) + 1
                ours.add((issued_prefix, year, seq))
            continue
        text, (prefix, number_year, seq) = tidy_number(typed), parsed
        last = current.get((prefix, number_year), 0)
        following = format_number(kind, prefix, number_year, last + 1)
        if seq == last + 1:
            current[(prefix, number_year)] = seq
            ours.add((prefix, number_year, seq))
            marks = issued_marks() if marks is None else marks
            try:
                refuse_below_mark(kind, prefix, number_year, seq, marks)
            except ConflictError as exc:
                problems.append((index, exc.message))
        elif seq > last + 1:
            try:
                refuse_jump(kind, text, prefix, number_year, seq, last)
            except NumberRefused as exc:
                problems.append((index, exc.message))
        elif (prefix, number_year, seq) in ours:
            problems.append((index, used_refusal(kind, text, following).message))
        elif not IssuedNumber.select().where(
                (IssuedNumber.kind == kind) & (IssuedNumber.prefix == prefix)
                & (IssuedNumber.year == number_year) & (IssuedNumber.seq == seq)).exists():
            problems.append((index, reissue_refused(kind, text, "空缺", following).message))
    return problems
