"""What an import leaves in the database, to compare two ways of writing the same file: the
信息 records and their steps' rows, every audit entry's content by the record it is of (in the
order written for that record: action, actor, summary, before, after, the row's digest), the
编号台账 and its sequences, the search index's documents and what a search finds. Left out: the
row ids of entries, numbers and steps (the order the records' entries interleave in), the hash
chain built over that order, and the clock's time of day."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from officedesk.core import info
from officedesk.store import search_index
from officedesk.store.info import InfoAction, InfoItem
from officedesk.store.models import AuditEntry, IssuedNumber, NumberSequence
from officedesk.store.search_index import SearchDoc

TIMES = {"created_at", "updated_at", "at", "issued_at"}


def _rows(model: Any, order: Any, *left_out: str) -> list[dict[str, Any]]:
    return [{key: value for key, value in row.items() if key not in TIMES and key not in left_out}
            for row in model.select().order_by(*order).dicts()]


def database_said() -> dict[str, Any]:
    entries: dict[tuple[str, Any], list[tuple[Any, ...]]] = defaultdict(list)
    for entry in AuditEntry.select().order_by(AuditEntry.id):
        entries[(entry.registry, entry.record_id)].append(
            (entry.action, entry.actor, entry.summary, entry.before, entry.after, entry.row_digest))
    items = _rows(InfoItem, (InfoItem.id,))
    words = sorted({word for item in items for word in (item["number"], item["title"][:4]) if word})
    return {
        "items": items,
        "actions": sorted(_rows(InfoAction, (InfoAction.id,), "id"), key=repr),
        "entries": dict(entries),
        "numbers": sorted(_rows(IssuedNumber, (IssuedNumber.id,), "id"), key=repr),
        "sequences": _rows(NumberSequence, (NumberSequence.kind, NumberSequence.prefix, NumberSequence.year), "id"),
        "docs": _rows(SearchDoc, (SearchDoc.registry, SearchDoc.record_id), "id"),
        "found": {word: sorted(hit.record_id for hit in search_index.search(word, 3, registry=info.SPEC.name))
                  for word in words},
    }
