"""Schema version 17: a 退回's signature row records the step the work was sent back from
(the step it waited for), so the 效能 figures can count returns from step to step; and every
signature names the audit entry its step wrote, so the history shows 代录 / 代理 beside it.
Also the 效能 figures' step-span summary (store.step_span), filled on first use."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "step_sign", "returned_from",
                          peewee.CharField(max_length=20, default=""))
    add_column_if_missing(db, "step_sign", "audit_id", peewee.IntegerField(null=True))
    from officedesk.store import step_span

    db.create_tables(step_span.MODELS, safe=True)
