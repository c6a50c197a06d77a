"""Schema version 3: the documents registry's tables."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import documents

    db.create_tables(documents.MODELS)
