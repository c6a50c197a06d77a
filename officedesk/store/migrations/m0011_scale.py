"""Schema version 11: registries of a million records.

- Composite indexes (choice, list sort column; the row id is implied) make the first page of a
  list filtered by a choice an index range scan instead of a sort of every matching row. The
  single-column indexes they start with become redundant and are dropped.
- The FTS table becomes contentless: the token text it kept a copy of was half of a big file
  (SQLite only; PostgreSQL has no FTS table).
"""

from __future__ import annotations

import peewee

# (table, choice column, sort column): the registries' default list order at version 11
COMPOSITES = [
    ("petition", "form", "registered_on"),
    ("petition", "state", "registered_on"),
    ("petition", "handling", "registered_on"),
    ("incoming_doc", "kind", "received_on"),
    ("incoming_doc", "secrecy", "received_on"),
    ("incoming_doc", "urgency", "received_on"),
    ("incoming_doc", "state", "received_on"),
    ("meeting", "kind", "start"),
    ("meeting", "status", "start"),
]
# prefixes of the composites above (petition_category: of petition_category_registered_on)
REDUNDANT = ["petition_form", "petition_state", "petition_category", "incoming_doc_kind",
             "incoming_doc_secrecy", "incoming_doc_state", "meeting_kind", "meeting_status"]


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import search_index

    tables = set(db.get_tables())
    for table, choice, sort in COMPOSITES:
        if table in tables:
            db.execute_sql(f'create index if not exists "{table}_{choice}_{sort}" '
                           f'on "{table}" ("{choice}", "{sort}")')
    for name in REDUNDANT:
        db.execute_sql(f'drop index if exists "{name}"')
    search_index.make_contentless(db)
