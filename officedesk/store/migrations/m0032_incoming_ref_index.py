"""Schema version 32: an index on the 收文's 来文字号, which the 重复登记 warning looks a number up
by alone (core.documents.incoming_sign_in.registered_before: a 字号 with its organ's 代字 is the same
document however the 来文机关 is written). Nothing else changes."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    db.execute_sql("create index if not exists incoming_doc_from_ref on incoming_doc (from_ref)")
