"""保密 of the numbers trail read back (`audit.history` of registry ``number:<kind>``).

The trail is an administrator's (audit._ensure_trail_reader), but an administrator is cleared
for some 密级 only, and its entries carry free-text reasons (作废, 重新使用) that may quote the
record's title. Below the highest clearance:
- the trail kept under a record's id (its number voided, or reissued to it) is refused as that
  record's own history is: a record above the reader, or an id with neither record nor entries,
  is answered as an id that does not exist (and, whatever the clearance, a record withheld from
  the reader: a 效能投诉 from whom it complains of);
- a 重新使用 entry does not repeat the reason the number was voided with on its earlier record
  (that reason is in that record's trail, told to whoever may read it);
- a 重新使用 made as its record was made is kept under no record id: which record got the
  number is not in the entry, so its reason is not told either (the number and what it was are).
Dropped alike whatever the records' 密级, so that what is left out tells nothing of them.
For reading only: the entries are never saved back, what is stored and hashed stays as it was.
"""

from __future__ import annotations

from typing import Any

from officedesk.core import audit
from officedesk.core.actor import CLEARANCE_LABELS, Actor
from officedesk.core.summary_texts import trail_text

TOP = len(CLEARANCE_LABELS) - 1


def guard(registry: str, record_id: int | None, entries: list[Any], actor: Actor) -> None:
    """Refuse or redact, in place, the entries of a number trail as the actor may read them."""
    from officedesk.core import number_ledger, numbering

    kind = registry.partition(":")[2]
    spec = number_ledger.numbered().get(kind)
    if spec is not None and record_id is not None:  # whatever his clearance: withheld too
        audit.ensure_record_trail_visible(spec.name, record_id, actor)
    if actor.clearance >= TOP:
        return
    label = numbering.KINDS[kind].label if kind in numbering.KINDS else kind
    for entry in entries:
        if entry.action == "reissue":
            _untold(entry, label, keyed=record_id is not None)


def _untold(entry: Any, label: str, keyed: bool) -> None:
    before, after = audit.fields_of(entry.before), audit.fields_of(entry.after)
    if "reason" in before:
        before.pop("reason")
        entry.before = audit.canonical(before)
    if keyed:
        return
    if "reason" in after:
        after.pop("reason")
        entry.after = audit.canonical(after)
    number = str(after.get("number") or before.get("number") or "")
    if before.get("status") == "skipped":
        entry.summary = trail_text("重新使用空缺的号（%1 %2）", label, number)
    else:
        entry.summary = trail_text("重新使用已作废的号（%1 %2）", label, number)
