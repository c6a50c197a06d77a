"""Schema version 12: the 效能投诉 registry's tables."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import efficiency

    db.create_tables(efficiency.MODELS)
