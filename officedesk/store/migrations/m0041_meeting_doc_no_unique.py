"""Schema version 41: a unique index on a meeting's 发文字号 where it is given
(store.meetings.DOC_NO_INDEX): one number, one notice, held by the database itself.

Meetings that share a number already (saved before the number was checked, or changed outside the
program) do not stop the upgrade: the index is left off, `check` names them, and the first
start after they are corrected makes it (store.meetings.make_doc_no_index)."""

from __future__ import annotations

import peewee

from officedesk.store.meetings import make_doc_no_index


def upgrade(db: peewee.Database) -> None:
    make_doc_no_index(db)
