"""Schema version 2: 拼音 keys and ordering in the directory, calendar overrides, attachments,
and the cross-registry search index."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import search_index
    from officedesk.store.models import Attachment, CalendarOverride

    for table in ("unit", "person", "room"):
        add_column_if_missing(db, table, "pinyin", peewee.CharField(max_length=200, default=""))
        db.execute_sql(f"create index if not exists {table}_pinyin on {table} (pinyin)")
    add_column_if_missing(db, "unit", "sort_order", peewee.IntegerField(default=0))
    db.create_tables([CalendarOverride, Attachment])
    search_index.create_tables(db)
