"""Schema version 24: a petition's 复查 kept once a 复核 is asked (petition.first_review_*: its
request date, answer date and opinion). The 复核 request reused the review_* fields and cleared
the 复查's, so the 复查意见书 this office had served could not be printed again.

Rows are not filled from their history here: a row changed without an audit entry would read
as tampered with (core.integrity). The columns are left out of a row's digest while they are
empty (integrity.ADDED_LATER), so the rows audited before they existed still match their
entries. A 复核 asked before this version: its 复查意见书 is not reprinted (refused, saying so)."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "petition", "first_review_requested_on", peewee.DateField(null=True))
    add_column_if_missing(db, "petition", "first_review_answered_on", peewee.DateField(null=True))
    add_column_if_missing(db, "petition", "first_review_opinion", peewee.TextField(default=""))
