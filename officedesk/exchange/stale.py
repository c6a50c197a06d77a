"""A stale export: a row of this office's own workbook whose record was changed after the
export. Its cells still hold the values of then, and an update would write them back over the
later correction (人数 “3” → “1”). The export notes the last audit entry's id (a custom
property, identity.MARK); an update row that would change a field some later entry of its
record changed is refused, naming who changed it and when. A field changed only by this
office's own later import of the same file (the row now equal to the record) is no change
and is not refused; a workbook without the mark (an older export) imports as before."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from officedesk.core.registry import RegistrySpec
from officedesk.store.models import AuditEntry

_READS = ("view",)  # entries that change nothing


def audit_mark() -> int:
    """The id of the last audit entry now (0: none yet)."""
    last = AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).first()
    return 0 if last is None else int(last.id)


def _changed(spec: RegistrySpec, entry: Any) -> set[str] | None:
    """The labels an entry changed (None: it cannot be told, so any)."""
    try:
        before = json.loads(entry.before) if entry.before else {}
        after = json.loads(entry.after) if entry.after else {}
    except ValueError:
        return None
    if not isinstance(before, dict) or not isinstance(after, dict):
        return None
    names = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    # an entry names fields by name or by label (records.snapshot)
    labels = {f.label for f in spec.fields if f.name in names or f.label in names}
    return labels or None


class LaterChanges:
    """The audit entries of a registry's records after an export's mark (read once)."""

    def __init__(self, spec: RegistrySpec, mark: int | None) -> None:
        self.spec = spec
        self._entries: dict[int, list[Any]] = {}
        if mark is None:
            return
        query = (AuditEntry.select()
                 .where((AuditEntry.registry == spec.name) & (AuditEntry.id > mark)
                        & AuditEntry.record_id.is_null(False) & AuditEntry.action.not_in(_READS))
                 .order_by(AuditEntry.id))
        for entry in query:
            self._entries.setdefault(entry.record_id, []).append(entry)

    def reason(self, record_id: int, labels: Iterable[str]) -> str | None:
        """Why a row changing `labels` of the record is refused (None: it is not)."""
        wanted = set(labels)
        for entry in reversed(self._entries.get(record_id, [])):
            changed = _changed(self.spec, entry)
            if changed is not None and not changed & wanted:
                continue
            fields = "、".join(f.label for f in self.spec.fields if changed and f.label in changed & wanted)
            what = f"（{fields}）" if fields else ""
            return (
                f"该记录在导出后已被 {entry.actor} 于 {entry.at:%Y-%m-%d %H:%M} 修改{what}，"
                "表中的旧值会把那次修改改回去，这一行没有导入。请重新导出后再改。"
            )
        return None
