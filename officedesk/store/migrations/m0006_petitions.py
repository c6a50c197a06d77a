"""Schema version 6: the petitions registry's tables."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import petitions

    db.create_tables(petitions.MODELS)
