"""The numbers a restore keeps from going out twice: the marks an anchor file holds of the
office restored (`own_marks`), the numbers issued since the backup (`issued_since`), the rows
kept as void (`voids`, `void_lost_numbers`) and the sequences raised to the marks
(`raise_sequences`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from officedesk.core import anchor, clock, numbering, restored
from officedesk.core.actor import Actor
from officedesk.core.errors import ConflictError
from officedesk.core.i18n import text
from officedesk.store import backup_facts
from officedesk.store.models import IssuedNumber, NumberSequence


def own_marks(data: dict[str, Any] | None, first: str) -> dict[str, int]:
    """The number marks of an anchor file that anchored the office being restored (its first
    audit entry; an anchor that names none counts as its own): the numbers it issued, also those
    a database no longer there (an interrupted restore, a damaged file) issued."""
    if not data or data.get("broken") or (data.get("first") and data.get("first") != first):
        return {}
    marks: dict[str, int] = {}
    for key, value in (data.get("numbers") or {}).items():
        if str(key).count("|") == 2 and str(key).split("|")[2].isdigit() and str(value).isdigit():
            marks[str(key)] = int(value)
    return marks


def issued_since(source: Path) -> list[dict[str, Any]]:
    """The numbers this database issued that the backup does not know."""
    known = backup_facts.backup_rows(source, "issued_number", ("kind", "prefix", "year", "seq"))
    rows: Any = IssuedNumber.select().where(IssuedNumber.seq > 0).order_by(IssuedNumber.id).dicts()
    return [row for row in rows if (row["kind"], row["prefix"], row["year"], row["seq"]) not in known]



def voids(facts: backup_facts.BackupFacts, issued: list[dict[str, Any]], marks: dict[str, int],
           actor: Actor) -> list[dict[str, Any]]:
    """The issued_number rows to keep as void after the restore: those this database issued
    that the backup does not know, then every number up to the marks the backup never issued
    (issued by a database no longer here: a damaged one, one replaced by an interrupted restore)."""
    now = clock.now()
    rows = []
    highest = dict(facts.issued)
    for row in issued:
        row = dict(row)
        row.pop("id", None)
        row.update(status="voided", void_reason=restored.REASON, voided_by=actor.username,
                   voided_at=now, record_id=None)
        rows.append(row)
        key = f"{row['kind']}|{row['prefix']}|{row['year']}"
        highest[key] = max(highest.get(key, 0), int(row["seq"]))
    for key, mark in sorted(marks.items()):
        kind, prefix, year = key.split("|")
        if kind not in numbering.KINDS or mark <= highest.get(key, 0):
            continue
        if mark - highest.get(key, 0) > restored.MAX_LOST:
            raise ConflictError(text("锚定文件记录的 %1 已发出最大号 %2 比备份中的 %3 多出 %4 个号，不像本机关的编号，"
                                     "没有恢复。请核对锚定文件（%5 或数据库旁的 .anchor.json）。", key, mark,
                                     highest.get(key, 0), mark - highest.get(key, 0), anchor.ANCHOR_ENV))
        for seq in range(highest.get(key, 0) + 1, mark + 1):
            rows.append(dict(zip([*numbering.ISSUED_COLUMNS, "voided_at"],
                                 (kind, prefix, int(year), seq, numbering.format_number(kind, prefix, int(year), seq),
                                  "", None, "voided", now, actor.username, restored.REASON, actor.username, now),
                                 strict=True)))
    return rows


def raise_sequences(marks: dict[str, int]) -> None:
    for key, mark in marks.items():
        kind, prefix, year = key.split("|")
        NumberSequence.insert(kind=kind, prefix=prefix, year=int(year), last_value=0).on_conflict_ignore().execute()
        NumberSequence.update(last_value=mark).where(
            (NumberSequence.kind == kind) & (NumberSequence.prefix == prefix)
            & (NumberSequence.year == int(year)) & (NumberSequence.last_value < mark)).execute()



def void_lost_numbers(rows: list[dict[str, Any]]) -> list[str]:
    """The numbers issued after the backup stay on record as void: never given out again."""
    for row in rows:
        IssuedNumber.insert(**row).on_conflict_ignore().execute()
    return [str(row["text"]) for row in rows]
