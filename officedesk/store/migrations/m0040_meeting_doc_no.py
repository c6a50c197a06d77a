"""Schema version 40: a meeting's 发文字号 (meeting.doc_no), the number its 会议通知 goes out
under, printed on the notice where GB/T 9704 puts it (信函格式: at the right under the red
double line); a clerk wrote it in by hand before.

Rows are not filled here: the column is left out of a row's digest while it is empty
(integrity.ADDED_LATER), so the meetings audited before it existed still match their entries."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "meeting", "doc_no", peewee.CharField(max_length=100, default=""))
