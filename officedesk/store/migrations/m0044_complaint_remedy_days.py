"""Schema version 44: the working days a 效能告诫书 gives whom it warns for his 书面整改报告
(efficiency_complaint.remedy_days), a setting (efficiency.complaint.remedy_days) kept with the
处理 step, as the 核查时限 is with 核查: a reprint says what was served.

Rows are not filled here: a complaint warned before held the 5 the paper then printed, and is
printed so while the column is empty (complaints.REMEDY_DAYS_BEFORE); the empty column is left
out of a row's digest (integrity.ADDED_LATER), so the complaints audited before still match."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "efficiency_complaint", "remedy_days", peewee.IntegerField(null=True))
