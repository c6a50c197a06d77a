"""Numbers typed by hand or brought by an import, as the numbering service takes them.

A typed number is read as `tidy_number` makes it and `parse_number` reads it back
(core.number_forms); `claim_manual` records it (refusing one used, voided, skipped or jumping
ahead of its sequence — core.typed_sequence —, or of a year its record's dates do not have —
core.number_years). `reissuing` and `history_import` relax the sequence rule on purpose: a
voided or skipped number issued again, a past register's numbers in any order.

The names of those modules stay in core.typed_numbers too, as their callers know them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import peewee

from officedesk.core import audit, clock, i18n
from officedesk.core.actor import Actor, require_writer
from officedesk.core.errors import ValidationError
from officedesk.core.number_forms import (
    canonical_form,
    own_prefixes,
    parse_number,
    set_prefixes,
    tidy_number,
)
from officedesk.core.number_years import (
    check_year_of_dates,
    dated_by,
    refuse_future_year,
    year_of,
)
from officedesk.core.numbering import KINDS, format_number, refuse_below_mark
from officedesk.core.summary_texts import trail_text
from officedesk.core.typed_sequence import (
    SEQUENTIAL_BY_HAND,
    Ledger,
    NumberRefused,
    follows_sequence,
    history_import,
    misformed_refusal,
    refuse_jump,
    refuse_misformed,
    refused_in_sequence,
    reissue_reason,
    reissue_refused,
    reissuing,
    used_again,
    used_refusal,
)
from officedesk.store.db import write_transaction
from officedesk.store.models import IssuedNumber, NumberSequence

__all__ = [
    "SEQUENTIAL_BY_HAND", "Ledger", "NumberRefused", "canonical_form", "check_year_of_dates",
    "claim_manual", "claimable_text", "dated_by", "follows_sequence", "history_import",
    "misformed_refusal", "own_prefixes", "parse_number", "refuse_claim", "refuse_future_year",
    "refuse_jump", "refuse_misformed", "refused_in_sequence", "reissue_refused", "reissuing",
    "set_prefixes", "tidy_number", "used_again", "used_refusal", "year_of",
]


def claimable_text(kind: str, text: str) -> str:
    """A typed number as claim_manual takes it (tidy_number), refused when it is blank."""
    if kind not in KINDS:
        raise ValidationError(i18n.text("未知的编号种类：%1", kind))
    text = tidy_number(text)
    if not text:
        raise ValidationError(i18n.text("请填写%1。", KINDS[kind].label))
    return text


def claim_manual(kind: str, text: str, actor: Actor, registry: str = "",
                 record_id: int | None = None, dated: Mapping[str, dt.date | None] | None = None) -> IssuedNumber:
    """Record a number typed by hand (e.g. one given elsewhere); refuse one already used.

    A number in the kind's own form (〔年〕N号, or 信2026-00007 for petitions) also moves its
    sequence past it, so the service never issues it again. It is read and stored as
    tidy_number makes it (the IssuedNumber's text). `dated`: the record's own dates by label
    (签发日期, 成文日期 …); a number by year must carry the year of one of them.
    """
    require_writer(actor)
    text = claimable_text(kind, text)
    refuse_misformed(kind, text, offer_next=True)
    with write_transaction():
        reissued = refuse_claim(kind, text, Ledger(kind), registry, record_id, dated)
        parsed = parse_number(kind, text)
        if reissued is not None and parsed is not None:  # a voided or skipped one, on purpose
            return _reissue(kind, text, *parsed, reissued, actor, registry, record_id)
        if parsed:
            prefix, year, seq = parsed
            NumberSequence.insert(kind=kind, prefix=prefix, year=year, last_value=0).on_conflict_ignore().execute()
            NumberSequence.update(last_value=seq).where(
                (NumberSequence.kind == kind) & (NumberSequence.prefix == prefix)
                & (NumberSequence.year == year) & (NumberSequence.last_value < seq)).execute()
        else:  # free-form numbers keep a negative, unique slot outside the sequence
            prefix, year = "", clock.today().year
            lowest = IssuedNumber.select(peewee.fn.MIN(IssuedNumber.seq)).scalar() or 0
            seq = min(lowest, 0) - 1
        try:
            with write_transaction():  # a savepoint: a lost race on PostgreSQL is a clear refusal
                return IssuedNumber.create(kind=kind, prefix=prefix, year=year, seq=seq, text=text,
                                           registry=registry, record_id=record_id,
                                           issued_by=actor.username, status="manual",
                                           issued_at=clock.now())
        except peewee.IntegrityError as exc:
            raise used_again(kind, text) from exc


def refuse_claim(kind: str, text: str, ledger: Ledger, registry: str = "", record_id: int | None = None,
                 dated: Mapping[str, dt.date | None] | None = None) -> str | None:
    """claim_manual's checks of a tidy number (but its form: refuse_misformed) against `ledger`,
    in its order: refused (ValidationError, NumberRefused); None: it is claimed as a new number;
    or “已作废” / “空缺”: a voided or skipped number issued again on purpose (reissuing)."""
    parsed = parse_number(kind, text)
    if parsed:
        refuse_future_year(kind, text, parsed[1])
    if parsed and dated:
        check_year_of_dates(kind, text, parsed[1], dated)
    # a record in use holds it though the ledger has no row of it, or one 作废 (changed
    # outside the program): not issued a second time
    status = ledger.status(text)
    held = ledger.held(text, registry, record_id) if status is None or status == "voided" else None
    if held is not None:
        raise NumberRefused(held)
    if parsed and follows_sequence(kind):
        reissued = _refuse_out_of_sequence(kind, text, *parsed, ledger)
        if reissued is not None:
            return reissued
    if status is not None or (parsed and ledger.status_at(*parsed) is not None):
        raise used_again(kind, text)
    return None


def _refuse_out_of_sequence(kind: str, text: str, prefix: str, year: int, seq: int,
                            ledger: Ledger) -> str | None:
    """A hand-typed 收文编号 / 发文字号: the next free number goes on (None: claim it as usual);
    jumping ahead is refused with the next number; a voided or skipped one is issued again only
    on purpose (reissuing: “已作废” or “空缺”, what it was)."""
    last = ledger.last(prefix, year)
    following = format_number(kind, prefix, year, last + 1)
    refuse_jump(kind, text, prefix, year, seq, last)
    if seq == last + 1:
        refuse_below_mark(kind, prefix, year, seq, ledger.marks())
        return None
    existing = ledger.status_at(prefix, year, seq)
    if existing is not None and existing != "voided":
        raise used_refusal(kind, text, following)
    what = "已作废" if existing is not None else "空缺"
    if not reissue_reason():
        raise reissue_refused(kind, text, what, following)
    return what


def _reissue(kind: str, text: str, prefix: str, year: int, seq: int, what: str, actor: Actor,
             registry: str, record_id: int | None) -> IssuedNumber:
    """A voided or skipped number issued again on purpose (reissuing), and that is recorded."""
    label = KINDS[kind].label
    reason = reissue_reason()
    note = f"重新使用{what}的号：{reason}"  # the number's own record of it (IssuedNumber)
    existing = IssuedNumber.get_or_none((IssuedNumber.kind == kind) & (IssuedNumber.prefix == prefix)
                                        & (IssuedNumber.year == year) & (IssuedNumber.seq == seq))
    if existing is not None:
        before = {"number": text, "status": existing.status, "reason": existing.void_reason}
        existing.status, existing.registry, existing.record_id = "reissued", registry, record_id
        existing.void_reason = note[:300]
        existing.issued_by, existing.issued_at = actor.username, clock.now()
        existing.save()
        number = existing
    else:
        before = {"number": text, "status": "skipped"}
        number = IssuedNumber.create(kind=kind, prefix=prefix, year=year, seq=seq, text=text,
                                     registry=registry, record_id=record_id,
                                     issued_by=actor.username, status="reissued",
                                     void_reason=note[:300], issued_at=clock.now())
    audit.record(actor, "reissue", f"number:{kind}", record_id, before=before,
                 after={"number": text, "status": "reissued", "reason": reason},
                 summary=_reissued(what, reason, label, text))
    return number


def _reissued(what: str, reason: str, label: str, text: str) -> str:
    """The entry of a number issued again: one pattern for each of what it was."""
    if what == "已作废":
        return trail_text("重新使用已作废的号：%1（%2 %3）", reason, label, text)
    return trail_text("重新使用空缺的号：%1（%2 %3）", reason, label, text)
