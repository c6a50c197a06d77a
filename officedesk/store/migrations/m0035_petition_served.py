"""Schema version 35: the day the petitioner received a petition's latest written answer
(petition.served_on: its 答复意见书, or the 复查意见书 once a 复查 is answered; 送达回证). 《信访工作条例》
第三十五、三十六条 count the 30 日 for a 复查 or 复核 request from that day (自收到书面答复之日起),
which may be days after the answer was given; the request's window counted from the answer's
own day refused requests made in time.

Rows are not filled here: the column is left out of a row's digest while it is empty
(integrity.ADDED_LATER), so the rows audited before it existed still match their entries."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "petition", "served_on", peewee.DateField(null=True))
