"""Schema version 43: 停用 (out of use) on the 通讯录's units, people and rooms (`out_of_use`).

A room closed for good, a person transferred or retired, a unit merged away is no longer offered
by the pickers and no new meeting is booked in a room out of use; the records that name it keep
it (an entry in use is not deleted: core.directory_uses).

Rows are not filled here: the column is left out of a row's digest while it is False
(integrity.ADDED_LATER), so the entries audited before it existed still match their entries."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    for table in ("unit", "person", "room"):
        add_column_if_missing(db, table, "out_of_use", peewee.BooleanField(default=False))
