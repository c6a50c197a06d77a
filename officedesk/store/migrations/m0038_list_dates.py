"""Schema version 38: the 发文 and 督查事项 lists in date order, newest first, along indexes.

They were listed by id, so a past years' 台账 brought by `import --history` (the highest ids)
topped them, above this week's work. 发文 now go by their 成文日期, a draft (none before 签发)
by the time it was 拟稿 (`store.documents.LISTED_SQL`), 督查事项 by their 立项日期, as 收文 go
by 收文日期 (schema 11). The sort indexes make a first page of a million records an index walk;
the composites (choice, sort) make the first page of a list filtered by a choice an index range
scan too, and the single-column indexes they start with redundant: they are dropped.
"""

from __future__ import annotations

import peewee

from officedesk.store.documents import LISTED_INDEXES, listed_index_sql

# (table, choice column, sort column) of the 督查事项 list (立项日期 has its own index already)
COMPOSITES = [("supervision_item", "status", "start_date"), ("supervision_item", "source", "start_date")]
REDUNDANT = ["outgoing_doc_state", "outgoing_doc_kind", "outgoing_doc_secrecy", "supervision_item_status"]


def upgrade(db: peewee.Database) -> None:
    tables = set(db.get_tables())
    if "outgoing_doc" in tables:
        for name in LISTED_INDEXES:
            db.execute_sql(listed_index_sql(name))
    if "supervision_item" in tables:
        for table, choice, sort in COMPOSITES:
            db.execute_sql(f'create index if not exists "{table}_{choice}_{sort}" '
                           f'on "{table}" ("{choice}", "{sort}")')
    for name in REDUNDANT:
        db.execute_sql(f'drop index if exists "{name}"')
