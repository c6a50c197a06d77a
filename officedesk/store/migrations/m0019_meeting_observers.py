"""Schema version 19: a meeting's 旁听人员 (meeting.observers_text, the text of its people of
the role 旁听, as 特邀人员 is of 特邀) and what its notice said when it was sent
(meeting.notice_sent: the time and place at 发通知, so that a notice printed after they changed
is a 更正通知).

Rows are not filled here: a row changed without an audit entry would read as tampered with
(core.integrity). Both columns are left out of a row's digest while empty
(integrity.ADDED_LATER), so the meetings audited before them still match their entries; a
meeting notified before this version has no record of its notice and prints as before."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "meeting", "observers_text", peewee.TextField(default=""))
    add_column_if_missing(db, "meeting", "notice_sent", peewee.TextField(default=""))
