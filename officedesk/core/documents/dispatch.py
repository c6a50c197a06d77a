"""核发 of a 发文: the distribution list with copies, and 份号 ranges (required for classified
documents, without overlaps, within the printed copies)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from officedesk.core.actor import Actor
from officedesk.core.documents.common import run_step
from officedesk.core.documents.outgoing import DISTRIBUTED, FLOW, OUTGOING
from officedesk.core.errors import ValidationError
from officedesk.store.documents import Distribution, OutgoingDoc


@dataclass(frozen=True)
class Recipient:
    recipient: str
    copies: int
    first_no: int | None = None
    last_no: int | None = None


def check_distribution(record: OutgoingDoc, rows: Sequence[Recipient]) -> None:
    """A classified document needs a 份号 range for every recipient, without overlaps."""
    if not rows:
        raise ValidationError("请填写分发名单。", "distribution")
    total = 0
    taken: list[tuple[int, int, str]] = []
    classified = record.secrecy not in ("", "非密")
    for row in rows:
        if not row.recipient.strip():
            raise ValidationError("分发名单中有一行没有填写单位。", "distribution")
        if row.copies < 1:
            raise ValidationError(f"“{row.recipient}”的份数至少为 1。", "distribution")
        total += row.copies
        if row.first_no is None or row.last_no is None:
            if classified:
                raise ValidationError(
                    f"这是{record.secrecy}文件，分发给“{row.recipient}”必须填写份号范围（如 000001–000005）。",
                    "distribution",
                )
            continue
        if row.first_no < 1 or row.last_no < row.first_no:
            raise ValidationError(f"“{row.recipient}”的份号范围不对。", "distribution")
        if row.last_no - row.first_no + 1 != row.copies:
            raise ValidationError(
                f"“{row.recipient}”的份号 {row.first_no:06d}–{row.last_no:06d} 共 "
                f"{row.last_no - row.first_no + 1} 份，与份数 {row.copies} 不符。",
                "distribution",
            )
        limit = record.printed_copies or record.copies
        if row.last_no > limit:
            raise ValidationError(
                f"“{row.recipient}”的份号超出了印制份数 {limit}。", "distribution"
            )
        for first, last, other in taken:
            if row.first_no <= last and first <= row.last_no:
                raise ValidationError(f"“{row.recipient}”与“{other}”的份号重叠。", "distribution")
        taken.append((row.first_no, row.last_no, row.recipient))
    limit = record.printed_copies or record.copies
    if total > limit:
        raise ValidationError(f"分发合计 {total} 份，超过了印制的 {limit} 份。", "distribution")


def distribute(
    record_id: int, version: int, actor: Actor, rows: Sequence[Recipient],
    day: dt.date | None = None,
) -> OutgoingDoc:
    """核发: the distribution list with copies (and 份号 ranges for classified documents)."""

    def save(existing: OutgoingDoc) -> None:
        Distribution.delete().where(Distribution.doc_id == existing.id).execute()
        for seq, row in enumerate(rows, start=1):
            Distribution.create(
                doc_id=existing.id,
                seq=seq,
                recipient=row.recipient.strip(),
                copies=row.copies,
                first_no=row.first_no,
                last_no=row.last_no,
            )

    summary = "；".join(
        f"{r.recipient} {r.copies}份"
        + (f"（{r.first_no:06d}–{r.last_no:06d}）" if r.first_no else "")
        for r in rows
    )
    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "核发",
        FLOW,
        {},
        DISTRIBUTED,
        opinion=summary,
        then=save,
        check=lambda record: check_distribution(record, rows),
        day=day,
        day_field=("on", "核发日期"),
    )


def distribution(record_id: int) -> list[Distribution]:
    return list(
        Distribution.select().where(Distribution.doc_id == record_id).order_by(Distribution.seq)
    )
