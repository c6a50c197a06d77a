"""The numbering service: 收文编号, 发文字号, 信访编号, 督查编号.

Numbers run per (kind, prefix, year), continuously, and are never issued twice. A number is
taken inside the same write transaction that saves the record, so a failed save gives it back
and no gap appears. Voiding is explicit and recorded; a voided number is never reused.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import audit, clock, settings
from officedesk.core.actor import Actor, require_writer
from officedesk.core.errors import ConflictError, NotFoundError, ValidationError
from officedesk.store.bulk import bulk_insert
from officedesk.store.db import database, is_sqlite, write_transaction
from officedesk.store.models import IssuedNumber, NumberSequence


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    template: str  # str.format with prefix, year, seq
    default_prefix: str


KINDS: dict[str, Kind] = {
    "incoming": Kind("incoming", "收文编号", "{prefix}〔{year}〕{seq}号", "收"),
    "outgoing": Kind("outgoing", "发文字号", "{prefix}〔{year}〕{seq}号", ""),
    "petition": Kind("petition", "信访编号", "{prefix}{year}-{seq:05d}", "信"),
    "supervision": Kind("supervision", "督查编号", "{prefix}〔{year}〕{seq}号", "督"),
    "info": Kind("info", "信息编号", "{prefix}〔{year}〕{seq}号", "信息"),
}

for _kind in KINDS.values():
    if _kind.key != "outgoing":
        settings.declare(f"numbering.{_kind.key}.prefix", str, _kind.default_prefix,
                         f"{_kind.label}前缀", "编号", required=True)


def default_prefix(kind: str) -> str:
    if kind == "outgoing":
        code = settings.get("org.code")
        return f"{code}发" if code else "发"
    return str(settings.get(f"numbering.{kind}.prefix"))


# Kinds whose hand-typed numbers must follow the sequence (rule: no jumping ahead); a 信访编号
# may come from the national 信访信息系统, the system of record, and is taken as it comes
SEQUENTIAL_BY_HAND = ("incoming", "outgoing", "supervision")
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


class NumberRefused(ConflictError):
    """A typed number refused (used, voided, skipped, jumping ahead): an import names its column."""


# the command that settles a database restored outside the program (core.restored)
RESTORED_COMMAND = "officedesk restored"


def issued_marks() -> dict[str, int]:
    """'kind|prefix|year' -> the highest number ever issued, as the anchor file beside the
    database remembers it (core.anchor): read once per take, once per batch's plan."""
    from officedesk.core import anchor

    if database.obj is None:
        return {}
    # this database's own marks, wherever they were left (put aside by another office's
    # anchor, or under the old name); another database's marks are not ours
    data = anchor.own_anchor(database.obj) or {}
    if data.get("broken"):
        return {}
    numbers = data.get("numbers")
    return {str(key): int(value) for key, value in (numbers or {}).items() if str(value).isdigit()}


def refuse_below_mark(kind: str, prefix: str, year: int, seq: int, marks: dict[str, int]) -> None:
    """A number to be issued at or below the anchor's high-water mark: the database fell behind
    the numbers already issued (restored outside the program), and it would go out twice."""
    mark = marks.get(f"{kind}|{prefix}|{year}", 0)
    if seq > mark:
        return
    label = KINDS[kind].label
    raise ConflictError(
        f"{label}“{format_number(kind, prefix, year, seq)}”可能已经发出过：本机锚定文件记录的已发出最大号是"
        f"“{format_number(kind, prefix, year, mark)}”，数据库中的序列却落在它之前（数据库可能是在程序之外"
        "从备份恢复的，如 pg_restore）。为免同一个号发出两次，没有登记。"
        f"请管理员先运行 {RESTORED_COMMAND}（整理恢复后的编号），再登记。")


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
    label = field.label if field is not None else name
    return {label: day if isinstance(day, dt.date) else None}


def format_number(kind: str, prefix: str, year: int, seq: int) -> str:
    return KINDS[kind].template.format(prefix=prefix, year=year, seq=seq)


def take(kind: str, actor: Actor, registry: str = "", record_id: int | None = None,
         prefix: str | None = None, year: int | None = None) -> IssuedNumber:
    """Issue the next number. Safe across processes: the sequence row is locked by its UPDATE."""
    require_writer(actor)
    if kind not in KINDS:
        raise ValidationError(f"未知的编号种类：{kind}")
    prefix = default_prefix(kind) if prefix is None else prefix
    year = clock.today().year if year is None else year
    marks = issued_marks()  # the file is read before the sequence row is locked
    with write_transaction():
        seq = _advance(kind, prefix, year, 1)
        refuse_below_mark(kind, prefix, year, seq, marks)  # rolls the advance back
        text = format_number(kind, prefix, year, seq)
        return IssuedNumber.create(kind=kind, prefix=prefix, year=year, seq=seq, text=text,
                                   registry=registry, record_id=record_id, issued_by=actor.username,
                                   issued_at=clock.now())


def _advance(kind: str, prefix: str, year: int, count: int) -> int:
    """Move the sequence on by `count` and return its new last value, in one statement: the
    UPDATE locks the row until the commit, and every round trip under that lock makes the
    other workstations' registrations wait."""
    p = database.param
    sql = (f"update number_sequence set last_value = last_value + {int(count)} "
           f"where kind = {p} and prefix = {p} and year = {p} returning last_value")
    row = database.execute_sql(sql, (kind, prefix, year)).fetchone()
    if row is None:  # the first number of this kind, prefix and year
        NumberSequence.insert(kind=kind, prefix=prefix, year=year, last_value=0).on_conflict_ignore().execute()
        row = database.execute_sql(sql, (kind, prefix, year)).fetchone()
    return int(row[0])


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


ISSUED_COLUMNS = ["kind", "prefix", "year", "seq", "text", "registry", "record_id", "status",
                  "issued_at", "issued_by", "void_reason", "voided_by"]


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
    order and continuous, each in its year (`years`, beside `wanted`; this year without).
    A brought number that jumps ahead of its sequence is refused as claim_manual refuses it
    (not in a past register: history_import). Reads only; a number taken meanwhile fails the
    insert (the unique index), and with it the batch."""
    if kind not in KINDS:
        raise ValidationError(f"未知的编号种类：{kind}")
    state = state_of(kind)
    marks = issued_marks() if wanted else {}  # once per plan, however many rows
    last = {(prefix, year): value for prefix, year, value in state.sequences}
    in_sequence = kind in SEQUENTIAL_BY_HAND and not _history.get()
    now = clock.now()
    rows: list[tuple[object, ...]] = []
    moves: dict[tuple[str, int], int] = {}
    touched: set[tuple[str, int]] = set()
    slot = state.lowest
    for typed, record_id in brought:
        text = tidy_number(typed)
        parsed = parse_number(kind, text)
        if parsed:
            prefix, year, seq = parsed
            if in_sequence:  # the rows before it, in the order of the file, count
                _refuse_jump(kind, text, prefix, year, seq, max(last.get((prefix, year), 0),
                                                                moves.get((prefix, year), 0)))
            moves[(prefix, year)] = max(moves.get((prefix, year), 0), seq)
            touched.add((prefix, year))
        else:
            slot -= 1
            prefix, year, seq = "", clock.today().year, slot
        rows.append((kind, prefix, year, seq, text, registry, record_id, "manual", now, actor.username, "", ""))
    issued: list[str] = []
    prefix = default_prefix(kind)
    this_year = clock.today().year
    marked: set[tuple[str, int]] = set()
    for record_id, year in zip(wanted, years or [this_year] * len(wanted), strict=True):
        key = (prefix, year)
        seq = moves[key] = max(last.get(key, 0), moves.get(key, 0)) + 1
        if key not in marked:  # the first number issued in the sequence
            refuse_below_mark(kind, prefix, year, seq, marks)
            marked.add(key)
        touched.add(key)
        issued.append(format_number(kind, prefix, year, seq))
        rows.append((kind, prefix, year, seq, issued[-1], registry, record_id, "used", now,
                     actor.username, "", ""))
    moves = {key: value for key, value in moves.items() if value > last.get(key, 0)}
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


def used_texts(kind: str, texts: list[str]) -> set[str]:
    """Which of these numbers are already used or voided."""
    query = IssuedNumber.select(IssuedNumber.text).where((IssuedNumber.kind == kind) & IssuedNumber.text.in_(texts))
    return {str(row[0]) for row in query.tuples().iterator()}  # type: ignore[index]


def attach(number: IssuedNumber, record_id: int) -> None:
    IssuedNumber.update(record_id=record_id).where(IssuedNumber.id == number.id).execute()


def _pattern(template: str) -> re.Pattern[str]:
    """A regex that reads a number written in a kind's template back into prefix, year, seq."""
    parts = re.split(r"(\{[a-z]+(?::[^}]*)?\})", template)
    groups = {"{prefix}": r"(?P<prefix>.*?)", "{year}": r"(?P<year>[0-9]{4})",
              "{seq}": r"(?P<seq>[1-9][0-9]*)"}
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


def claim_manual(kind: str, text: str, actor: Actor, registry: str = "",
                 record_id: int | None = None, dated: Mapping[str, dt.date | None] | None = None) -> IssuedNumber:
    """Record a number typed by hand (e.g. one given elsewhere); refuse one already used.

    A number in the kind's own form (〔年〕N号, or 信2026-00007 for petitions) also moves its
    sequence past it, so the service never issues it again. It is read and stored as
    tidy_number makes it (the IssuedNumber's text). `dated`: the record's own dates by label
    (签发日期, 成文日期 …); a number by year must carry the year of one of them.
    """
    require_writer(actor)
    if kind not in KINDS:
        raise ValidationError(f"未知的编号种类：{kind}")
    text = tidy_number(text)
    if not text:
        raise ValidationError(f"请填写{KINDS[kind].label}。")
    refused = NumberRefused(f"{KINDS[kind].label}“{text}”已经使用过（或已作废），不能重复使用。")
    with write_transaction():
        parsed = parse_number(kind, text)
        if parsed:
            refuse_future_year(kind, text, parsed[1])
        if parsed and dated:
            check_year_of_dates(kind, text, parsed[1], dated)
        if parsed and kind in SEQUENTIAL_BY_HAND and not _history.get():
            reissued = _check_in_sequence(kind, text, *parsed, actor, registry, record_id)
            if reissued is not None:
                return reissued
        if is_used(kind, text):
            raise refused
        if parsed:
            prefix, year, seq = parsed
            if IssuedNumber.select().where(
                    (IssuedNumber.kind == kind) & (IssuedNumber.prefix == prefix)
                    & (IssuedNumber.year == year) & (IssuedNumber.seq == seq)).exists():
                raise refused
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
            raise refused from exc


def refuse_future_year(kind: str, text: str, year: int) -> None:
    """A typed number of a year after this one: it would be counted in a year not yet begun
    (claim_manual, and a batch's brought numbers: core.batch)."""
    if year > clock.today().year:
        raise ValidationError(
            f"{KINDS[kind].label}“{text}”的年份是 {year} 年，晚于今年（{clock.today().year} 年）："
            "编号按年连续，只能用今年或往年的年份。请改正年份。")


def check_year_of_dates(kind: str, text: str, year: int, dated: Mapping[str, dt.date | None]) -> None:
    """A number by year carries the year of the record's own dates (DOMAIN §1: numbers run
    continuously within a year; a 〔2026〕 number on a 2025 document is counted in neither)."""
    given = {label: day for label, day in dated.items() if day is not None}
    years = sorted({day.year for day in given.values()})
    if not years or year in years:
        return
    label = KINDS[kind].label
    days = "、".join(f"{name}（{day.isoformat()}）" for name, day in given.items())
    wanted = "或".join(f"{y} 年" for y in years)
    raise ValidationError(
        f"{label}“{text}”的年份是 {year} 年，而{days}在 {wanted}：编号按年连续，"
        f"{label}应带 {wanted}的年份。请改正{label}的年份，或核对日期。")


def last_issued(kind: str, prefix: str, year: int) -> int:
    row = NumberSequence.get_or_none((NumberSequence.kind == kind) & (NumberSequence.prefix == prefix)
                                     & (NumberSequence.year == year))
    return row.last_value if row is not None else 0


def _refuse_jump(kind: str, text: str, prefix: str, year: int, seq: int, last: int) -> None:
    """A typed number past the next free one (`last` + 1) would leave a gap: refused, naming it."""
    if seq > last + 1:
        raise NumberRefused(
            f"{KINDS[kind].label}“{text}”跳过了 {seq - last - 1} 个号。手工填写只能用下一个号"
            f"“{format_number(kind, prefix, year, last + 1)}”，或有意重新使用已作废、空缺的号（须说明理由）。")


def _check_in_sequence(kind: str, text: str, prefix: str, year: int, seq: int, actor: Actor,
                       registry: str, record_id: int | None) -> IssuedNumber | None:
    """A hand-typed 收文编号 / 发文字号: the next free number goes on (None: claim it as usual);
    jumping ahead is refused with the next number; a voided or skipped one is issued again only
    on purpose (reissuing), and that is recorded."""
    label = KINDS[kind].label
    last = last_issued(kind, prefix, year)
    following = format_number(kind, prefix, year, last + 1)
    _refuse_jump(kind, text, prefix, year, seq, last)
    if seq == last + 1:
        refuse_below_mark(kind, prefix, year, seq, issued_marks())
        return None
    existing = IssuedNumber.get_or_none((IssuedNumber.kind == kind) & (IssuedNumber.prefix == prefix)
                                        & (IssuedNumber.year == year) & (IssuedNumber.seq == seq))
    if existing is not None and existing.status != "voided":
        raise NumberRefused(f"{label}“{text}”已经使用过，不能重复使用。下一个可用的号是“{following}”。")
    what = "已作废" if existing is not None else "空缺"
    reason = _reissue_reason.get()
    if not reason:
        raise NumberRefused(
            f"{label}“{text}”是{what}的号。如确需重新使用，请说明理由"
            f"（命令行：--reissue 理由）；否则请用下一个号“{following}”。")
    note = f"重新使用{what}的号：{reason}"
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


def is_used(kind: str, text: str) -> bool:
    return IssuedNumber.select().where((IssuedNumber.kind == kind) & (IssuedNumber.text == text)).exists()


def void(kind: str, text: str, reason: str, actor: Actor) -> IssuedNumber:
    require_writer(actor)
    if not reason.strip():
        raise ValidationError("作废编号必须写明原因。", "reason")
    with write_transaction():
        number = IssuedNumber.get_or_none((IssuedNumber.kind == kind) & (IssuedNumber.text == text))
        if number is None:
            raise NotFoundError(f"没有找到编号“{text}”。")
        if number.status == "voided":
            raise ConflictError(f"编号“{text}”已经作废。")
        previous = number.status
        number.status, number.void_reason = "voided", reason.strip()
        number.voided_by, number.voided_at = actor.username, clock.now()
        number.save()
        audit.record(actor, "void", f"number:{kind}", number.record_id,
                     before={"number": text, "status": previous},
                     after={"number": text, "status": "voided", "reason": reason.strip()},
                     summary=f"作废{KINDS[kind].label} {text}")
    return number


def issued(kind: str, year: int, prefix: str | None = None) -> list[IssuedNumber]:
    query = IssuedNumber.select().where((IssuedNumber.kind == kind) & (IssuedNumber.year == year)
                                        & (IssuedNumber.seq > 0))
    if prefix is not None:
        query = query.where(IssuedNumber.prefix == prefix)
    return list(query.order_by(IssuedNumber.seq))

