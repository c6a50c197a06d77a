"""Schema version 21: the 联合发文机关 of a 发文 (outgoing_doc.joint_organs): the organs that
issue a joint document with the office (GB/T 9704 §7.2.4), printed in its stacked 标志 and its
署名.

Rows are not filled here: every 发文 before it was the office's own. The column is left out of a
row's digest while it is empty (integrity.ADDED_LATER), so the rows audited before it existed
still match their entries."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "outgoing_doc", "joint_organs", peewee.TextField(default=""))
