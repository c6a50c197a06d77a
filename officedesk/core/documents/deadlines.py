"""收文 办理时限 counted in working days, recomputed when the holiday table changes (a year's
holidays entered after its deadlines were set, 暂按): from the 承办 step's day and its days."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import records, workdays
from officedesk.core.documents.common import last_step
from officedesk.core.documents.incoming import INCOMING, OPEN_STATES
from officedesk.store.db import guarded, write_transaction
from officedesk.store.documents import IncomingDoc


def recompute(year: int, actor: Any) -> int:
    """Open 收文 whose 办理时限 may run through `year`: set again, audited."""
    changed = 0
    since = dt.date(year - 1, 1, 1)
    with guarded("重算期限"), write_transaction():
        query = IncomingDoc.select().where(
            IncomingDoc.state.in_(OPEN_STATES)
            & IncomingDoc.due_on.is_null(False)
            & IncomingDoc.limit_days.is_null(False)
            & (IncomingDoc.due_on >= since)
        )
        for record in list(query):
            assigned = last_step(INCOMING.name, record.id, "承办")
            if assigned is None:
                continue
            due = workdays.add_working_days(assigned.at.date(), int(record.limit_days or 0))
            if due == record.due_on:
                continue
            records.save_changes(
                INCOMING,
                record,
                {"due_on": due},
                record.version,
                actor,
                action="step",
                summary=f"{year}年节假日安排变更，按新的节假日重算办理时限",
            )
            changed += 1
    return changed


workdays.register_recomputer(recompute)
