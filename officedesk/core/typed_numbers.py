"""Numbers typed by hand or brought by an import, as the numbering service takes them.

A typed number is read as `tidy_number` makes it and `parse_number` reads it back; `claim_manual`
records it (refusing one used, voided, skipped or jumping ahead of its sequence, or of a year
its record's dates do not have). `reissuing` and `history_import` relax the sequence rule on
purpose: a voided or skipped number issued again, a past register's numbers in any order.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

import peewee

from officedesk.core import audit, clock, i18n
from officedesk.core.actor import Actor, require_writer
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.number_holders import held_refusal
from officedesk.core.numbering import (
    KINDS,
    default_prefix,
    format_number,
    issued_marks,
    last_issued,
    refuse_below_mark,
)
from officedesk.store.db import write_transaction
from officedesk.store.models import IssuedNumber, NumberSequence

# Kinds whose hand-typed numbers must follow the sequence (rule: no jumping ahead): the office
# issues them (a 信息编号 is the 信息科's, given to what units send); a 信访编号 may come from the
# national 信访信息系统, the system of record, and is taken as it comes
SEQUENTIAL_BY_HAND = ("incoming", "outgoing", "supervision", "info")
# set by `add --reissue 理由` / the window: a voided or skipped number re-issued on purpose
_reissue_reason: contextvars.ContextVar[str] = contextvars.ContextVar("reissue", default="")
# set by `import --history`: an office's past register brings its own numbers, in any order
_history: contextvars.ContextVar[bool] = contextvars.ContextVar("history", default=False)


@contextlib.contextmanager
def reissuing(reason: str) -> Iterator[None]:
    """Within: a hand-typed voided or skipped number may be issued again, for this reason."""
    token = _reissue_reason.set(reason.strip())
    try:
        yield
    finally:
        _reissue_reason.reset(token)


@contextlib.contextmanager
def history_import() -> Iterator[None]:
    """Within: numbers of a past register are claimed as they come (gaps stay gaps)."""
    token = _history.set(True)
    try:
        yield
    finally:
        _history.reset(token)


def follows_sequence(kind: str) -> bool:
    """Whether a typed number of `kind` must follow its sequence here (SEQUENTIAL_BY_HAND, not
    in a past register: history_import)."""
    return kind in SEQUENTIAL_BY_HAND and not _history.get()


class NumberRefused(ConflictError):
    """A typed number refused (used, voided, skipped, jumping ahead): an import names its column."""


# the width and form variants of a character (full-width ２ and 〔, ideographic space, vertical
# ︹): a typed number means the plain character, and is read and stored with it
_WIDTH_TAGS = ("<wide>", "<narrow>", "<vertical>", "<small>")


def _plain(char: str) -> str:
    return unicodedata.normalize("NFKC", char) if unicodedata.decomposition(char).startswith(_WIDTH_TAGS) else char


_PLAIN = {code: _plain(chr(code)) for code in (*range(0x3000, 0x3001), *range(0xFE10, 0xFE70), *range(0xFF01, 0xFFEF))
          if _plain(chr(code)) != chr(code)}


def tidy_number(text: str) -> str:
    """A typed number as it is checked and stored: width variants made plain (云委办发〔２０２６〕
    １号 is 云委办发〔2026〕1号, or it would pass as a free-form number and go out twice)."""
    return (text or "").translate(_PLAIN).strip()


def year_of(name: str) -> Callable[[Any], int]:
    """A RegistrySpec.number_year: the year of the record's own date `name` (登记日期, 立项日期),
    the year entered without one. A 信访 of 2026-12-31 entered on 2027-01-04 is 信2026-N."""

    def year(record: Any) -> int:
        day = getattr(record, name, None)
        return day.year if day else clock.today().year

    year.date_field = name  # type: ignore[attr-defined]  # what a brought number is checked by
    return year


def dated_by(spec: Any, values: Mapping[str, Any]) -> dict[str, dt.date | None]:
    """The record's own date a number of its registry is of ({label: day}), for a number typed
    or brought (claim_manual's `dated`); {} when the registry says no such date."""
    name = getattr(spec.number_year, "date_field", None)
    if name is None:
        return {}
    field = next((f for f in spec.fields if f.name == name), None)
    # by name, or by label as a sheet's row or `add` gives it
    day = values.get(name, values.get(field.label) if field is not None else None)
    if day not in (None, "") and not isinstance(day, dt.date) and field is not None:
        from officedesk.core.fields import parse_value

        try:
            day = parse_value(field, day)  # a cell's text, as the record will take it
        except ValidationError:
            day = None  # its own refusal names the cell
    if isinstance(day, dt.datetime):  # a time (信息's 报送时间): its day, as the refusal names it
        day = day.date()
    label = field.label if field is not None else name
    return {label: day if isinstance(day, dt.date) else None}


def _pattern(template: str, loose: bool = False) -> re.Pattern[str]:
    """A regex that reads a number written in a kind's template back into prefix, year, seq
    (`loose`: a 序号 with 虚位 zeros too)."""
    parts = re.split(r"(\{[a-z]+(?::[^}]*)?\})", template)
    groups = {"{prefix}": r"(?P<prefix>.*?)", "{year}": r"(?P<year>[0-9]{4})",
              "{seq}": r"(?P<seq>[0-9]+)" if loose else r"(?P<seq>[1-9][0-9]*)"}
    regex = "".join(groups.get(part, r"(?P<seq>[0-9]+)" if part.startswith("{seq:") else re.escape(part))
                    for part in parts)
    return re.compile(f"^{regex}$")


_PATTERNS = {key: _pattern(kind.template) for key, kind in KINDS.items()}


def parse_number(kind: str, text: str) -> tuple[str, int, int] | None:
    """(prefix, year, seq) of a number in the kind's own form, or None for a free-form one."""
    pattern = _PATTERNS.get(kind)
    if pattern is None:  # a kind its registry added later (效能投诉编号)
        pattern = _PATTERNS[kind] = _pattern(KINDS[kind].template)
    text = tidy_number(text)
    match = pattern.match(text)
    if match is None:
        return None
    prefix, year, seq = match["prefix"], int(match["year"]), int(match["seq"])
    if seq < 1 or format_number(kind, prefix, year, seq) != text:
        return None
    return prefix, year, seq


# brackets a 〔年〕 is often typed with (GB/T 9704 §7.2.5: 六角括号〔〕)
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "〖": "〔", "〗": "〕",
                           "［": "〔", "］": "〕", "（": "〔", "）": "〕"})


def canonical_form(kind: str, text: str, own: set[str] | None = None) -> str | None:
    """The office's own number that `text` writes another way (收[2026]159号, 收（2026）159号,
    收〔2026〕0159号, 收〔2026年〕159号, 收〔2026〕第159号, 收〔2026〕159, 收 〔2026〕159号 are all
    收〔2026〕159号; 信2026-1号 is 信2026-00001), or None: `text` is in the kind's form, or
    free-form — a number of another prefix than the office's (a national 信访 system's
    XF2026-000123) is taken as it comes. Taken as a free-form number it was the same number twice.
    `own`: the office's prefixes (own_prefixes), read once by a caller checking many."""
    text = tidy_number(text)
    parsed = parse_number(kind, text) if text else None
    if parsed is not None:  # in the form, but a space in the prefix makes another sequence of it
        prefix = re.sub(r"\s+", "", parsed[0])
        if prefix == parsed[0] or prefix not in (own if own is not None else own_prefixes(kind)):
            return None
        return format_number(kind, prefix, parsed[1], parsed[2])
    if not text:
        return None
    template = KINDS[kind].template
    loose = re.sub(r"\s+", "", text.translate(_BRACKETS))
    loose = re.sub(r"〔([0-9]{4})年〕", r"〔\1〕", loose).replace("〕第", "〕")
    if template.endswith("号") and not loose.endswith("号"):
        loose += "号"
    elif not template.endswith("号") and loose.endswith("号"):
        loose = loose[:-1]
    match = _pattern(template, loose=True).match(loose)
    if match is None or int(match["seq"]) < 1 or match["prefix"] not in (own if own is not None else own_prefixes(kind)):
        return None
    canonical = format_number(kind, match["prefix"], int(match["year"]), int(match["seq"]))
    return canonical if canonical != text and parse_number(kind, canonical) is not None else None


# kind -> what else the office numbers it under, as its registry sets it (a 发文's 文种 numbered
# apart and its 令号: core.documents.doc_rules), before the first number of them is issued
_SET_PREFIXES: dict[str, list[Callable[[], Iterable[str]]]] = {}


def set_prefixes(kind: str) -> Callable[[Callable[[], Iterable[str]]], Callable[[], Iterable[str]]]:
    """Register a function giving prefixes the settings give `kind` (own_prefixes)."""
    def register(fn: Callable[[], Iterable[str]]) -> Callable[[], Iterable[str]]:
        _SET_PREFIXES.setdefault(kind, []).append(fn)
        return fn

    return register


def own_prefixes(kind: str) -> set[str]:
    """The prefixes this office numbers `kind` with: the setting's, those of its sequences and
    those its registry sets (set_prefixes: 函=某委办函, the 令号's), issued from yet or not."""
    used = NumberSequence.select(NumberSequence.prefix).where(NumberSequence.kind == kind).distinct()
    own = {default_prefix(kind), *(str(row.prefix) for row in used)}
    for given in _SET_PREFIXES.get(kind, ()):
        own.update(given())
    return own - {""}


def refused_in_sequence(kind: str, text: str, *, last: int | None = None,
                        claimed: Collection[tuple[str, int, int]] = (),
                        reissue_too: bool = False, ledger: Ledger | None = None) -> tuple[str, str] | None:
    """Why a number in the kind's form, typed by hand now, would be refused by its sequence
    (skipping numbers, or used already) and the next free number to offer instead; None when it
    would be taken, or is reissued on purpose (a voided or skipped one), or the kind is not
    numbered in sequence by hand. A hint that rewrites a typed number offers what is taken.
    `last` and `claimed`: the sequence as a batch's rows before have it (its last number, the
    numbers they take), not the database's alone. `reissue_too`: a voided or never-issued (空缺)
    number is refused too unless a reason to reissue it is in force (reissuing), as
    claim_manual refuses it — an import never reissues. `ledger`: the 编号台账 as the rows
    before have it (a file checked one by one in memory: core.number_claims), else the database's."""
    parsed = parse_number(kind, text)
    if parsed is None or not follows_sequence(kind):
        return None
    ledger = ledger if ledger is not None else Ledger(kind)
    prefix, year, seq = parsed
    last = ledger.last(prefix, year) if last is None else last
    following = format_number(kind, prefix, year, last + 1)
    if seq > last + 1:
        return i18n.text("跳过了 %1 个号", seq - last - 1), following
    if seq <= last and (prefix, year, seq) in claimed:
        return i18n.text("已经使用过"), following
    existing = ledger.status_at(prefix, year, seq)
    if seq <= last and existing is not None and existing != "voided":
        return i18n.text("已经使用过"), following
    if reissue_too and seq <= last and not _reissue_reason.get():
        return (i18n.text("是已作废的号") if existing is not None else i18n.text("是空缺的号")), following
    return None


def misformed_refusal(kind: str, text: str, own: set[str] | None = None, *,
                      last: int | None = None,
                      claimed: Collection[tuple[str, int, int]] = (), ledger: Ledger | None = None) -> Any:
    """The words refusing a typed number that is the office's own written another way (None:
    it is not): the form it takes, offered only when its sequence would take it — else why not
    and the next free number (refused_in_sequence; `last` and `claimed`: a batch's sequence at
    the row). One text for `add`, a step, an import row by row and a batch."""
    canonical = canonical_form(kind, text, own)
    if canonical is None:
        return None
    label = KINDS[kind].label
    form = ("年份用六角括号〔〕，序号不编虚位、不加“第”" if "〔" in KINDS[kind].template
            else "按本机关的编号格式")
    instead = refused_in_sequence(kind, canonical, last=last, claimed=claimed, reissue_too=True, ledger=ledger)
    if instead is not None:
        return i18n.text(
            "%1“%2”应写作“%3”（%4）；但“%3”%5，下一个可用的号是“%6”。请改正后再登记。",
            label, tidy_number(text), canonical, form, instead[0], instead[1])
    return i18n.text("%1“%2”应写作“%3”（%4），否则会被当作另一个号而重号。请改正后再登记。",
                     label, tidy_number(text), canonical, form)


def refuse_misformed(kind: str, text: str, own: set[str] | None = None, *, offer_next: bool = False) -> None:
    """A typed number that is the office's own written another way: refused, naming the form
    (misformed_refusal). `offer_next`: one number claimed now (claim_manual: `add`, an import
    row by row, a step's 编号), judged against the database. Without it (a batch's check of
    each row, core.batch), a kind that follows its sequence is left to the batch's sequence
    check (number_plans.sequence_problems), which words it the same with the rows before it
    taken: the number offered is then the one the row would get, one by one as in the batch."""
    if not offer_next and follows_sequence(kind):
        return
    refusal = misformed_refusal(kind, text, own)
    if refusal is not None:
        raise ValidationError(refusal, KINDS[kind].label)


class Ledger:
    """The 编号台账 a typed number is judged against (claim_manual, under the write lock): the
    database's. core.number_claims lays over it the numbers a file's rows before claim."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def last(self, prefix: str, year: int) -> int:
        return last_issued(self.kind, prefix, year)

    def status(self, text: str) -> str | None:
        """The status of the number's row (used, manual, voided, reissued …), None: no row."""
        row = (IssuedNumber.select(IssuedNumber.status)
               .where((IssuedNumber.kind == self.kind) & (IssuedNumber.text == text)).tuples().first())
        return None if row is None else str(row[0])

    def status_at(self, prefix: str, year: int, seq: int) -> str | None:
        row = (IssuedNumber.select(IssuedNumber.status)
               .where((IssuedNumber.kind == self.kind) & (IssuedNumber.prefix == prefix)
                      & (IssuedNumber.year == year) & (IssuedNumber.seq == seq)).tuples().first())
        return None if row is None else str(row[0])

    def held(self, text: str, registry: str = "", record_id: int | None = None) -> str | None:
        """Why a record in use holding the number refuses it (number_holders.held_refusal)."""
        return held_refusal(self.kind, text, registry, record_id)

    def marks(self) -> dict[str, int]:
        return issued_marks()


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


def used_again(kind: str, text: str) -> NumberRefused:
    return NumberRefused(i18n.text("%1“%2”已经使用过（或已作废），不能重复使用。", KINDS[kind].label, text))


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


def refuse_future_year(kind: str, text: str, year: int) -> None:
    """A typed number of a year after this one: it would be counted in a year not yet begun
    (claim_manual, and a batch's brought numbers: core.batch)."""
    if year > clock.today().year:
        raise ValidationError(i18n.text(
            "%1“%2”的年份是 %3 年，晚于今年（%4 年）：编号按年连续，只能用今年或往年的年份。请改正年份。",
            KINDS[kind].label, text, year, clock.today().year), KINDS[kind].label)


def check_year_of_dates(kind: str, text: str, year: int, dated: Mapping[str, dt.date | None]) -> None:
    """A number by year carries the year of the record's own dates (DOMAIN §1: numbers run
    continuously within a year; a 〔2026〕 number on a 2025 document is counted in neither)."""
    given = {label: day for label, day in dated.items() if day is not None}
    years = sorted({day.year for day in given.values()})
    if not years or year in years:
        return
    label = KINDS[kind].label
    days = [i18n.text("%1（%2）", name, day.isoformat()) for name, day in given.items()]
    wanted = i18n.joined([i18n.text("%1 年", y) for y in years], "%1或%2")
    raise ValidationError(i18n.text(
        "%1“%2”的年份是 %3 年，而%4在 %5：编号按年连续，%1应带 %5的年份。请改正%1的年份，或核对日期。",
        label, text, year, days, wanted), label)


def refuse_jump(kind: str, text: str, prefix: str, year: int, seq: int, last: int) -> None:
    """A typed number past the next free one (`last` + 1) would leave a gap: refused, naming it."""
    if seq > last + 1:
        raise NumberRefused(i18n.text(
            "%1“%2”跳过了 %3 个号。手工填写只能用下一个号“%4”，或有意重新使用已作废、空缺的号（须说明理由）。",
            KINDS[kind].label, text, seq - last - 1, format_number(kind, prefix, year, last + 1)))


def used_refusal(kind: str, text: str, following: str) -> NumberRefused:
    """A typed number behind the sequence that is already in use."""
    return NumberRefused(i18n.text("%1“%2”已经使用过，不能重复使用。下一个可用的号是“%3”。",
                                   KINDS[kind].label, text, following))


def reissue_refused(kind: str, text: str, what: str, following: str) -> NumberRefused:
    """A voided (已作废) or never-issued (空缺) number typed without the reason that reissues it."""
    return NumberRefused(i18n.text("%1“%2”是%3的号。如确需重新使用，请说明理由"
                                   "（命令行 add 或 step 编号：--reissue 理由；导入不能重新使用，请逐条登记）；"
                                   "否则请用下一个号“%4”。", KINDS[kind].label, text, what, following))


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
    if not _reissue_reason.get():
        raise reissue_refused(kind, text, what, following)
    return what


def _reissue(kind: str, text: str, prefix: str, year: int, seq: int, what: str, actor: Actor,
             registry: str, record_id: int | None) -> IssuedNumber:
    """A voided or skipped number issued again on purpose (reissuing), and that is recorded."""
    label = KINDS[kind].label
    reason = _reissue_reason.get()
    note = f"重新使用{what}的号：{reason}"
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
                 summary=f"{note}（{label} {text}）")
    return number
