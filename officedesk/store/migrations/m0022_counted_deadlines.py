"""Schema version 22: which stored deadlines were counted (days from a date) rather than typed,
with what they were counted from (store.counted_deadline), so that a change of the holiday table
counts the 督查 办结时限 and the 效能投诉 办结时限 / 核查时限 still running again.

Deadlines stored before this version have no row: nothing tells a counted one from a typed one,
so they stay as they are."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import counted_deadline

    db.create_tables(counted_deadline.MODELS, safe=True)
