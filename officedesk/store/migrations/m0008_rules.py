"""Schema version 8: columns the rules of issue 11 need.

- petition.accept_due: a 转送 petition's deadline for the receiving unit's 受理 decision (it has
  no 60-day 办理期限 of this office).
- incoming_doc.co_units: the 协办 units of a 收文 (the 主办 one is handler_unit).
- countersign.answer / resolution: a 会签 unit's 同意 or 不同意, and the 签发人's 协调 decision
  that resolves a 不同意.
- circulation_entry.batch: 0 for 传阅 in order, else the batch of a parallel 分送.
"""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "petition", "accept_due", peewee.DateField(null=True))
    add_column_if_missing(
        db, "incoming_doc", "co_units", peewee.CharField(max_length=300, default="")
    )
    add_column_if_missing(db, "countersign", "answer", peewee.CharField(max_length=8, default=""))
    add_column_if_missing(db, "countersign", "resolution", peewee.TextField(default=""))
    add_column_if_missing(db, "circulation_entry", "batch", peewee.IntegerField(default=0))
