"""The numbers a file's rows claim and are issued, one by one, checked in memory (core.
batch_in_order): each row's brought number judged as claim_manual judges it — by the same checks,
typed_numbers.refuse_claim and misformed_refusal, in the same words — against the 编号台账 as the
database has it with the numbers of the good rows before laid over it; a row with none issued
the next number of its year, as numbering.take issues it; a voided row's number voided, as
numbering.void voids it. Nothing is written. A row refused is undone (`undo`), as one by one its
savepoint was, and takes no number."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from officedesk.core import i18n, typed_numbers
from officedesk.core.context_values import bound
from officedesk.core.errors import ConflictError, NotFoundError, ValidationError
from officedesk.core.number_holders import held_refusal, holders
from officedesk.core.numbering import (
    KINDS,
    default_prefix,
    format_number,
    is_used,
    refuse_below_mark,
)
from officedesk.store.bulk import CHUNK
from officedesk.store.models import IssuedNumber

Slot = tuple[str, int, int]  # prefix, year, 序号


class Claims(typed_numbers.Ledger):
    """The 编号台账 of `kind` as the rows checked so far leave it (see the module)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self._texts: dict[str, str] = {}  # number -> its status, of the rows' numbers
        self._slots: dict[Slot, str] = {}
        self._moved: dict[tuple[str, int], int] = {}  # a sequence's last number, moved by the rows
        self._read: dict[tuple[str, int], int] = {}  # the database's, read once
        self._marks: dict[str, int] | None = None
        self._own: set[str] | None = None
        self._undo: list[Callable[[], None]] = []
        # the database's, read ahead for the numbers the rows bring (read_ahead)
        self._db_texts: dict[str, str | None] = {}
        self._db_slots: dict[Slot, str | None] = {}
        self._holders: dict[str, tuple[str, int]] = {}
        self._held_read: set[str] = set()
        self.claimed = ""  # the number the row being checked claimed where its registry claims it

    def read_ahead(self, numbers: list[str]) -> None:
        """The database's rows of the numbers the rows bring (and of their slots), and the records
        holding them, read at once for the file rather than one query each a row."""
        kind = self.kind
        texts = sorted({typed_numbers.tidy_number(n) for n in numbers} - {""})
        slots: dict[tuple[str, int], set[int]] = {}
        for text in texts:
            parsed = typed_numbers.parse_number(kind, text)
            if parsed is not None:
                slots.setdefault(parsed[:2], set()).add(parsed[2])
        found_texts: dict[str, str] = {}
        found_slots: dict[Slot, str] = {}
        for start in range(0, len(texts), CHUNK):
            query = (IssuedNumber.select(IssuedNumber.text, IssuedNumber.status)
                     .where((IssuedNumber.kind == kind) & IssuedNumber.text.in_(texts[start:start + CHUNK])))
            read: list[tuple[Any, Any]] = list(query.tuples())  # type: ignore[arg-type]
            found_texts.update((str(text), str(status)) for text, status in read)
        for (prefix, year), seqs in slots.items():
            wanted = sorted(seqs)
            for start in range(0, len(wanted), CHUNK):
                query = (IssuedNumber.select(IssuedNumber.seq, IssuedNumber.status)
                         .where((IssuedNumber.kind == kind) & (IssuedNumber.prefix == prefix)
                                & (IssuedNumber.year == year) & IssuedNumber.seq.in_(wanted[start:start + CHUNK])))
                at: list[tuple[Any, Any]] = list(query.tuples())  # type: ignore[arg-type]
                found_slots.update(((prefix, year, int(seq)), str(status)) for seq, status in at)
        self._db_texts = {text: found_texts.get(text) for text in texts}
        self._db_slots = {(prefix, year, seq): found_slots.get((prefix, year, seq))
                          for (prefix, year), seqs in slots.items() for seq in seqs}
        self._holders = holders(kind, texts)
        self._held_read = set(texts)

    # the ledger as the rows leave it
    def last(self, prefix: str, year: int) -> int:
        key = (prefix, year)
        if key not in self._read:
            self._read[key] = super().last(prefix, year)
        return max(self._read[key], self._moved.get(key, 0))

    def status(self, text: str) -> str | None:
        if text in self._texts:
            return self._texts[text]
        return self._db_texts[text] if text in self._db_texts else super().status(text)

    def status_at(self, prefix: str, year: int, seq: int) -> str | None:
        slot = (prefix, year, seq)
        if slot in self._slots:
            return self._slots[slot]
        return self._db_slots[slot] if slot in self._db_slots else super().status_at(prefix, year, seq)

    def held(self, text: str, registry: str = "", record_id: int | None = None) -> str | None:
        if text not in self._held_read:
            return super().held(text, registry, record_id)
        return held_refusal(self.kind, text, registry, record_id, self._holders)

    def marks(self) -> dict[str, int]:
        if self._marks is None:
            self._marks = super().marks()
        return self._marks

    # the rows' numbers
    def mark(self) -> int:
        """Where the row about to be checked begins (undo(mark) takes back what it claimed)."""
        self.claimed = ""
        return len(self._undo)

    def undo(self, mark: int) -> None:
        while len(self._undo) > mark:
            self._undo.pop()()

    def claim(self, text: str, dated: Mapping[str, dt.date | None] | None = None) -> str:
        """A brought number claimed as claim_manual claims it (refused in its words): as stored."""
        kind = self.kind
        text = typed_numbers.claimable_text(kind, text)
        refusal = typed_numbers.misformed_refusal(kind, text, self._own_prefixes(), ledger=self)
        if refusal is not None:  # refuse_misformed(offer_next=True), judged as the rows leave it
            raise ValidationError(refusal, KINDS[kind].label)
        reissued = typed_numbers.refuse_claim(kind, text, self, dated=dated)
        parsed = typed_numbers.parse_number(kind, text)
        self._put(text, parsed, "reissued" if reissued is not None else "manual")
        self.claimed = text
        return text

    def take(self, text: str) -> str:
        """A brought number the batch checked already (core.batch), taken as its write claims it
        (number_plans.plan_many): as stored."""
        text = typed_numbers.tidy_number(text)
        self._put(text, typed_numbers.parse_number(self.kind, text), "manual")
        return text

    def issue(self, year: int) -> str:
        """The next number of the year issued, as numbering.take issues it."""
        prefix = default_prefix(self.kind)
        seq = self.last(prefix, year) + 1
        refuse_below_mark(self.kind, prefix, year, seq, self.marks())
        text = format_number(self.kind, prefix, year, seq)
        self._put(text, (prefix, year, seq), "used")
        return text

    def void(self, text: str) -> None:
        """The number voided, as numbering.void voids it (a row 已作废: made, then voided)."""
        status = self.status(text)
        if status is None:
            raise NotFoundError(i18n.text("没有找到编号“%1”。", text))
        if status == "voided":
            raise ConflictError(i18n.text("编号“%1”已经作废。", text))
        self._put(text, typed_numbers.parse_number(self.kind, text), "voided")

    def _put(self, text: str, slot: Slot | None, status: str) -> None:
        self._set(self._texts, text, status)
        if slot is not None:
            self._set(self._slots, slot, status)
            key = (slot[0], slot[1])
            self._set(self._moved, key, max(self.last(*key), slot[2]))

    def _set(self, mapping: dict, key: object, value: object) -> None:
        """mapping[key] = value, undone by `undo`."""
        had, old = key in mapping, mapping.get(key)

        def undo() -> None:
            if had:
                mapping[key] = old
            else:
                del mapping[key]

        mapping[key] = value
        self._undo.append(undo)

    def _own_prefixes(self) -> set[str]:
        """The office's prefixes (typed_numbers.own_prefixes), and those the rows' numbers began."""
        if self._own is None:
            self._own = typed_numbers.own_prefixes(self.kind)
        return self._own | {prefix for prefix, _year in self._moved}


_claims: contextvars.ContextVar[Claims | None] = contextvars.ContextVar("number_claims", default=None)


@contextlib.contextmanager
def claiming(claims: Claims) -> Iterator[Claims]:
    """Within: a registry's batch check claims a row's number where its create path does
    (`claim_here`), in `claims`."""
    with bound(_claims, claims):
        yield claims


def used(kind: str, text: str) -> bool:
    """numbering.is_used, of the 编号台账 as the rows before leave it in a file checked one by one
    in memory (a registry's own check of a brought number: a 督查编号 used once)."""
    claims = _claims.get()
    if claims is not None and claims.kind == kind:
        return claims.status(text) is not None
    return is_used(kind, text)


def claims_here(kind: str) -> bool:
    """Whether claim_here claims a number of `kind` here (a file checked one by one in memory):
    elsewhere its caller need not find the number's dates."""
    claims = _claims.get()
    return claims is not None and claims.kind == kind


def claim_here(kind: str, number: str, dated: Mapping[str, dt.date | None] | None = None) -> None:
    """Where a registry's create path claims the number a row brings (claim_manual), its batch
    check says so: in a file checked one by one in memory (core.batch_in_order) the number is
    claimed there, so a row refused for it and for a later rule is refused for it, as one by
    one; elsewhere nothing (the batch checks the file's numbers after its rows)."""
    claims = _claims.get()
    if claims is not None and claims.kind == kind and number:
        claims.claim(number, dated)
