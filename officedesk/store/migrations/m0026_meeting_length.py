"""Schema version 26: an index of each meeting's length (store.meetings.length_index_sql). The
longest meeting, read from it in one probe, bounds the meetings a new time can overlap to those
starting at most that long before it: the conflict check of a save or an import row reads the
meetings near its time, not every meeting before it. Nothing else changes."""

from __future__ import annotations

import peewee

from officedesk.store.meetings import length_index_sql


def upgrade(db: peewee.Database) -> None:
    db.execute_sql(length_index_sql(isinstance(db, peewee.PostgresqlDatabase)))
