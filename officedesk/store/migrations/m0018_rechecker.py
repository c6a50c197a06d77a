"""Schema version 18: the 复核人 of a 发文 (outgoing_doc.rechecker), a declared field filled by
the 复核 step (it was only in the 办理过程 text).

Rows are not filled from their history here: a row changed without an audit entry would read
as tampered with (core.integrity). The column is left out of a row's digest while it is empty
(integrity.ADDED_LATER), so the rows audited before it existed still match their entries."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "outgoing_doc", "rechecker",
                          peewee.CharField(max_length=50, default=""))
