"""Schema version 20: a 传阅 reader's 送阅时间 (circulation_entry.sent_at) may be empty: in order
(按顺序) a reader the file has not reached yet has not been sent it; his time is set when the
one before him has read it and hands it on.

Rows are not changed here: the times already stored stay as they were recorded."""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run


def upgrade(db: peewee.Database) -> None:
    run(SchemaMigrator.from_database(db).drop_not_null("circulation_entry", "sent_at"))
