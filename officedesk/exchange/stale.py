"""A stale export: a row of this office's own workbook whose record was changed after the
export. Its cells still hold the values of then, and an update would write them back over the
later correction (人数 “3” → “1”). The export notes the last audit entry's id (a custom
property, identity.MARK), whether it is the whole register or a list's columns; an update row
of this office's workbook that would change a field some later entry of its record changed is
refused, naming who changed it and when, however the row found its record (记录号, 编号 or
natural key). An entry that touched none of the row's cells (a 反馈, 签到, a 职级's new order)
refuses nothing. A field changed only by this office's own later import of the same file
(the row now equal to the record) is no change and is not refused; a workbook without the mark
(an older export) imports as before."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from officedesk.core.registry import RegistrySpec
from officedesk.store.models import AuditEntry

_READS = ("view", "save_copy")  # entries that change nothing
# Entries about what a record holds beside its columns (a 督查 task, a 反馈, a 催办, 签到, a
# 附件, the 座次, the history import's note): their keys are that thing's own, even where one is
# spelled like a column (a task's 状态). The changes they bring to the record's columns are
# entries of their own, by label (a task's 分解 moves the item's 牵头单位 in a “step”).
_BESIDE = ("task", "report", "remind", "attendance", "conflict_override", "seating",
           "to_supervision", "attach", "detach", "import")


def audit_mark() -> int:
    """The id of the last audit entry now (0: none yet)."""
    last = AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).first()
    return 0 if last is None else int(last.id)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _changed(spec: RegistrySpec, entry: Any, cells: Mapping[str, Any]) -> set[str] | None:
    """The labels of `cells` (the row's new values, by label) an entry changed (None: it cannot
    be told, so any). Keys by a field's label or name are that field. Other keys name a part of
    the record (“第2项议题的汇报单位”, “参会人员张三的级别”): such a change reaches a column only
    as text within it, so a cell still holding the text the entry replaced (and not what it put
    instead) is one the entry changed; an entry that touched no cell of the row is no change."""
    if entry.action in _BESIDE:
        return set()
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
    known = {f.name for f in spec.fields} | {f.label for f in spec.fields}
    for key in names - known:
        old, new = before.get(key), after.get(key)
        if not isinstance(old, str) or not old.strip():
            continue  # a number (a 级别's order) or nothing before: no column shows it as text
        for label, value in cells.items():
            text = _text(value)
            if old in text and not (isinstance(new, str) and new and new in text):
                labels.add(label)
    return labels


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
            if entry.record_id is not None:  # never (the query's condition): for the type
                self._entries.setdefault(entry.record_id, []).append(entry)

    def entries(self, record_id: int) -> list[Any]:
        """The record's entries after the export's mark, oldest first (its sub-records' too:
        a 督查 task's 反馈 or 修改任务 is an entry of its item)."""
        return self._entries.get(record_id, [])

    def reason(self, record_id: int, cells: Mapping[str, Any]) -> str | None:
        """Why a row changing `cells` (label -> the row's value) of the record is refused
        (None: it is not)."""
        wanted = set(cells)
        for entry in reversed(self._entries.get(record_id, [])):
            changed = _changed(self.spec, entry, cells)
            if changed is not None and not changed & wanted:
                continue
            fields = "、".join(f.label for f in self.spec.fields if changed and f.label in changed & wanted)
            what = f"（{fields}）" if fields else ""
            return (
                f"该记录在导出后已被 {entry.actor} 于 {entry.at:%Y-%m-%d %H:%M} 修改{what}，"
                "表中的旧值会把那次修改改回去，这一行没有导入。请重新导出后再改。"
            )
        return None
