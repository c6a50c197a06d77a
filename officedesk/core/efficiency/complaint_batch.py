"""效能投诉 in a batch import (core.batch): register_complaint's checks and rows, made without
writing. The values, the time limits, the imported state's steps, the history rows and the count
of the 办结时限 come from the same functions (complaints.parsed, made, step_rows, counted_row);
the rows ride along with the record (ComplaintStep, the counted_deadline row) and a brought
投诉编号 is claimed by the batch (checked as claim_manual checks it: batch._duplicates,
_future_numbers), the others issued under the write lock in each record's 登记日期's year.

The time limits are counted in the check, without the write lock, under the rules as they stood
when it began (`scope`: rules_read.read); the write copies the rows in only if no holiday or
setting change committed since (rules_read.require under the lock), else the batch is checked
again (batch.create_many)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from officedesk.core import records, rules_read
from officedesk.core.actor import Actor
from officedesk.core.efficiency import complainant, imported
from officedesk.core.efficiency import complaints as C
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.efficiency import ComplaintStep

scope = rules_read.batch_scope  # RegistrySpec.prepare_scope: the rules it counts by, read once


def prepare_new(raw: dict[str, Any], actor: Actor) -> Any:
    """The batch import's register_complaint: the same checks and values, the history rows and
    the 办结时限's count riding along."""
    from officedesk.core.batch import NewRecord

    seen = rules_read.batch_read()
    values, number = C.parsed(raw, actor)
    new = C.made(values, number, imported.state_was_given(raw), actor)
    records.apply_rules(C.SPEC, values, None)
    values = records.storable(C.SPEC, values)
    children: list[tuple[Any, str, dict[str, Any]]] = [
        (ComplaintStep, "complaint", row)
        for row in C.step_rows(new, values["receiver"], values["content"], actor)]
    count = C.counted_row(new, values["due_on"])
    if count is not None:
        children.append((CountedDeadline, "record_id", count))
    # its texts in the search index as reindex keeps them (searchable_extra: without the 投诉人)
    text = complainant.searched(SimpleNamespace(**values))
    return NewRecord(values, number=number, children=children, extra_text=text, summary=new.summary,
                     rules=seen)
