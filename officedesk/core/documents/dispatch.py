"""核发 of a 发文: the distribution list with copies, and 份号 ranges (required for classified
documents, without overlaps, within the printed copies)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from officedesk.core import i18n, records
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit
from officedesk.core.documents.common import run_step
from officedesk.core.documents.outgoing_spec import DISTRIBUTED, FLOW, OUTGOING
from officedesk.core.errors import ValidationError
from officedesk.store.documents import Distribution, OutgoingDoc


@dataclass(frozen=True)
class Recipient:
    recipient: str
    copies: int
    first_no: int | None = None
    last_no: int | None = None


# A 分发 row for a group of units (各乡镇、县直各单位; 有关单位) or for the office's own copies
# (存档) is written as on the paper; any other row is one unit the copies go to.
_GROUP = re.compile(r"各|有关|相关|所属")
_OWN_COPIES = ("存档", "留存", "备用")
_PAPER_SEPARATORS = re.compile(r"[，,；;。：:\n]")


def recipient_name(record: OutgoingDoc, text: str) -> str:
    """The recipient of a 分发 row as it is kept: a single unit by its 名称 in the 通讯录 (or one of
    the office's own 科室), as 收文's 协办单位; a group, the office's own copies, or a 主送/抄送
    entry of this document as the paper writes it, taken as written. An unknown single unit is
    refused: the copies would go to a unit nobody can find."""
    text = text.strip()
    if _GROUP.search(text) or any(word in text for word in _OWN_COPIES):
        return text
    try:
        return known_unit(text, "分发单位", "distribution")
    except ValidationError as exc:
        paper = {part.strip() for part in
                 _PAPER_SEPARATORS.split(f"{record.main_to or ''}\n{record.cc or ''}")}
        if text in paper:
            return text
        raise ValidationError(
            i18n.text("%1（“各乡镇”“县直各单位”这样的统称、主送或抄送中照写的名称、“存"
                      "档”可照写。）",
                      exc.message),
            "distribution") from exc


def check_distribution(record: OutgoingDoc, rows: Sequence[Recipient]) -> list[Recipient]:
    """A classified document needs a 份号 range for every recipient, without overlaps; each
    single unit is one of the 通讯录 (``recipient_name``). The rows as they are kept."""
    if not rows:
        raise ValidationError("请填写分发名单。", "distribution")
    rows = [replace(row, recipient=recipient_name(record, row.recipient))
            if row.recipient.strip() else row for row in rows]
    total = 0
    taken: list[tuple[int, int, str]] = []
    classified = record.secrecy not in ("", "非密")
    for row in rows:
        if not row.recipient.strip():
            raise ValidationError("分发名单中有一行没有填写单位。", "distribution")
        if row.copies < 1:  # the bounds, and what to do with a unit that gets none
            raise ValidationError(i18n.text(
                "分发给“%1”的份数是 %2：每个单位 1 到 %3 份（合计不超过印制的 %3 份）。不分发"
                "给它的，请删去这一行；否则请改正份数。",
                row.recipient, row.copies, record.printed_copies or record.copies),
                "distribution")
        total += row.copies
        if row.first_no is None or row.last_no is None:
            if classified:
                raise ValidationError(
                    i18n.text("这是%1文件，分发给“%2”必须填写份号范围（如 000001"
                              "–000005）。",
                              record.secrecy, row.recipient),
                    "distribution",
                )
            continue
        if row.first_no < 1 or row.last_no < row.first_no:
            raise ValidationError(i18n.text("“%1”的份号范围不对。", row.recipient), "distribution")
        if row.last_no - row.first_no + 1 != row.copies:
            raise ValidationError(
                i18n.text("“%1”的份号 %2–%3 共 %4 份，与份数 %5 不符。",
                          row.recipient, f"{row.first_no:06d}", f"{row.last_no:06d}", row.last_no - row.first_no + 1, row.copies),
                "distribution",
            )
        limit = record.printed_copies or record.copies
        if row.last_no > limit:
            raise ValidationError(
                i18n.text("“%1”的份号超出了印制份数 %2。", row.recipient, limit), "distribution"
            )
        for first, last, other in taken:
            if row.first_no <= last and first <= row.last_no:
                raise ValidationError(i18n.text("“%1”与“%2”的份号重叠。",
                                                row.recipient, other), "distribution")
        taken.append((row.first_no, row.last_no, row.recipient))
    limit = record.printed_copies or record.copies
    if total > limit:
        raise ValidationError(i18n.text("分发合计 %1 份，超过了印制的 %2 份。",
                                        total, limit), "distribution")
    return rows


def row_text(row: Recipient) -> i18n.Text:
    """A 核发 row as the 办理过程 and the trail keep it (县委办 3份（000001–000003）): the
    recipient as written, the 份 words translated in the window (summary_texts reads it back)."""
    if row.first_no and row.last_no:
        return i18n.text("%1 %2份（%3–%4）", i18n.Verbatim(row.recipient), row.copies,
                         f"{row.first_no:06d}", f"{row.last_no:06d}")
    return i18n.text("%1 %2份", i18n.Verbatim(row.recipient), row.copies)


def distribute(
    record_id: int, version: int, actor: Actor, rows: Sequence[Recipient],
    day: dt.date | None = None,
) -> OutgoingDoc:
    """核发: the distribution list with copies (and 份号 ranges for classified documents)."""
    kept: list[Recipient] = []

    def check(record: OutgoingDoc) -> None:
        kept[:] = check_distribution(record, rows)

    def save(existing: OutgoingDoc) -> None:
        Distribution.delete().where(Distribution.doc_id == existing.id).execute()
        for seq, row in enumerate(kept, start=1):
            Distribution.create(
                doc_id=existing.id,
                seq=seq,
                recipient=row.recipient.strip(),
                copies=row.copies,
                first_no=row.first_no,
                last_no=row.last_no,
            )

    def summary(record: OutgoingDoc) -> str:
        return i18n.joined([row_text(r) for r in kept], "%1；%2")

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
        check=check,
        day=day,
        day_field=("on", "核发日期"),
    )


def distribution(record_id: int, actor: Actor) -> list[Distribution]:
    """A 发文's 核发 rows in order, for an actor who may read the 发文 (refused as a missing id
    otherwise)."""
    records.get(OUTGOING, record_id, actor)
    return list(
        Distribution.select().where(Distribution.doc_id == record_id).order_by(Distribution.seq)
    )
