"""Schema version 39: the list of documents waiting for their FTS rows (store.search_catch_up).

A big batch writes its records and their kept text under the write lock and fills their FTS
rows after it, a chunk a transaction, so another workstation's save does not wait for the index
(a third of a 100,000-row import's lock). SQLite only: PostgreSQL has no FTS table.
"""

from __future__ import annotations

import peewee

from officedesk.store import search_catch_up


def upgrade(db: peewee.Database) -> None:
    search_catch_up.create_table(db)
