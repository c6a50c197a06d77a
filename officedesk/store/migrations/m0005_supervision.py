"""Schema version 5: the supervision registry's tables."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import supervision

    db.create_tables(supervision.MODELS)
