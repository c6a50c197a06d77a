"""Schema version 17: a 退回's signature row records the step the work was sent back from
(the step it waited for), so the 效能 figures can count returns from step to step."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "step_sign", "returned_from",
                          peewee.CharField(max_length=20, default=""))
