"""The statutory deadlines of a petition, recomputed from the dates they count from when the
holiday table changes (a year's holidays entered after its deadlines were set, 暂按)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import records, workdays
from officedesk.core.petitions import spec as S
from officedesk.store.db import guarded, write_transaction
from officedesk.store.petitions import Petition


def statutory_dues(p: Any) -> dict[str, Any]:
    """Each deadline as the rules compute it from the record's dates."""
    values: dict[str, Any] = {
        "decide_due": S.due_after(p.registered_on, S.LIMIT_DECIDE),
        "notify_due": S.due_after(p.registered_on, S.LIMIT_NOTIFY),
    }
    if p.handling == "转送" and p.decided_on:
        values["accept_due"] = S.due_after(p.decided_on, S.LIMIT_ACCEPT)
    if p.accepted_on and p.handle_due:
        due = S.due_after(p.accepted_on, S.LIMIT_HANDLE)
        values["handle_due"] = S.due_after(due, S.LIMIT_EXTEND) if p.extended else due
    if p.review_requested_on and p.review_due:
        values["review_due"] = S.due_after(p.review_requested_on, S.LIMIT_REVIEW)
    return values


def recompute(year: int, actor: Any) -> int:
    """Open petitions whose periods may run through `year`: deadlines set again, audited."""
    from officedesk.core.petitions import procedure

    spec = procedure._spec()
    changed = 0
    since = dt.date(year - 1, 1, 1)
    with guarded("重算期限"), write_transaction():
        query = Petition.select().where(
            Petition.state.in_(S.OPEN_STATES) & (Petition.registered_on >= since)
        )
        for p in list(query):
            values = {k: v for k, v in statutory_dues(p).items() if getattr(p, k) != v}
            if not values:
                continue
            procedure._with_due(p, values)
            records.save_changes(
                spec,
                p,
                values,
                p.version,
                actor,
                action="step",
                summary=f"{year}年节假日安排变更，按新的节假日重算期限",
            )
            changed += 1
    return changed


workdays.register_recomputer(recompute)
