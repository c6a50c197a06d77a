"""The numbering service: 收文编号, 发文字号, 信访编号, 督查编号.

Numbers run per (kind, prefix, year), continuously, and are never issued twice. A number is
taken inside the same write transaction that saves the record, so a failed save gives it back
and no gap appears. Voiding is explicit and recorded; a voided number is never reused.

A number typed by hand or brought by an import: core.typed_numbers; a batch's numbers, planned
and applied at once: core.number_plans.
"""

from __future__ import annotations

from dataclasses import dataclass

from officedesk.core import audit, clock, i18n, settings
from officedesk.core.actor import Actor, require_writer
from officedesk.core.errors import ConflictError, NotFoundError, ValidationError
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import database, write_transaction
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
        i18n.text("%1“%2”可能已经发出过：本机锚定文件记录的已发出最大号是“%3”，数据"
                  "库中的序列却落在它之前（数据库可能是在程序之外从备份恢复的，如 pg_re"
                  "store）。为免同一个号发出两次，没有登记。请管理员先运行 %4（整理恢"
                  "复后的编号），再登记。",
                  label, format_number(kind, prefix, year, seq), format_number(kind, prefix, year, mark), RESTORED_COMMAND))


def format_number(kind: str, prefix: str, year: int, seq: int) -> str:
    return KINDS[kind].template.format(prefix=prefix, year=year, seq=seq)


def take(kind: str, actor: Actor, registry: str = "", record_id: int | None = None,
         prefix: str | None = None, year: int | None = None) -> IssuedNumber:
    """Issue the next number. Safe across processes: the sequence row is locked by its UPDATE."""
    require_writer(actor)
    if kind not in KINDS:
        raise ValidationError(i18n.text("未知的编号种类：%1", kind))
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


ISSUED_COLUMNS = ["kind", "prefix", "year", "seq", "text", "registry", "record_id", "status",
                  "issued_at", "issued_by", "void_reason", "voided_by"]


def used_texts(kind: str, texts: list[str]) -> set[str]:
    """Which of these numbers are already used or voided."""
    query = IssuedNumber.select(IssuedNumber.text).where((IssuedNumber.kind == kind) & IssuedNumber.text.in_(texts))
    return {str(row[0]) for row in query.tuples().iterator()}  # type: ignore[index]


def attach(number: IssuedNumber, record_id: int) -> None:
    IssuedNumber.update(record_id=record_id).where(IssuedNumber.id == number.id).execute()


def last_issued(kind: str, prefix: str, year: int) -> int:
    row = NumberSequence.get_or_none((NumberSequence.kind == kind) & (NumberSequence.prefix == prefix)
                                     & (NumberSequence.year == year))
    return row.last_value if row is not None else 0


def is_used(kind: str, text: str) -> bool:
    return IssuedNumber.select().where((IssuedNumber.kind == kind) & (IssuedNumber.text == text)).exists()


def void(kind: str, text: str, reason: str, actor: Actor) -> IssuedNumber:
    require_writer(actor)
    if not reason.strip():
        raise ValidationError("作废编号必须写明原因。", "reason")
    with write_transaction():
        number = IssuedNumber.get_or_none((IssuedNumber.kind == kind) & (IssuedNumber.text == text))
        if number is None:
            raise NotFoundError(i18n.text("没有找到编号“%1”。", text))
        if number.status == "voided":
            raise ConflictError(i18n.text("编号“%1”已经作废。", text))
        previous = number.status
        number.status, number.void_reason = "voided", reason.strip()
        number.voided_by, number.voided_at = actor.username, clock.now()
        number.save()
        audit.record(actor, "void", f"number:{kind}", number.record_id,
                     before={"number": text, "status": previous},
                     after={"number": text, "status": "voided", "reason": reason.strip()},
                     summary=trail_text("作废%1 %2", KINDS[kind].label, text))
    return number


def issued(kind: str, year: int, prefix: str | None = None) -> list[IssuedNumber]:
    query = IssuedNumber.select().where((IssuedNumber.kind == kind) & (IssuedNumber.year == year)
                                        & (IssuedNumber.seq > 0))
    if prefix is not None:
        query = query.where(IssuedNumber.prefix == prefix)
    return list(query.order_by(IssuedNumber.seq))
