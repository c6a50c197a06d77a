"""Schema version 4: the meetings registry's tables."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import meetings

    db.create_tables(meetings.MODELS)
