"""Schema version 15: 逐级负责 — users' 岗位 (unit, 职务, 分管, 代录), the step signatures
(本人/代录/代理/退回) and 代理 periods."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import chain

    add_column_if_missing(db, "user", "unit", peewee.CharField(max_length=100, default=""))
    add_column_if_missing(db, "user", "position", peewee.CharField(max_length=30, default=""))
    add_column_if_missing(db, "user", "in_charge", peewee.CharField(max_length=500, default=""))
    add_column_if_missing(db, "user", "proxy_entry", peewee.BooleanField(default=False))
    db.create_tables(chain.MODELS, safe=True)
