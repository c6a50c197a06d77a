"""Schema version 42: no search finds a 效能投诉 by its 投诉人's name. The 投诉人 is now personal
data of the complaint, masked but for those who handle complaints (效能投诉.sees_complainant), and
no longer a searchable field: a hit for a name typed in the global search or a list's word filter
would tell any clerk who complained; nor are the names (and phone numbers) typed into its 投诉内容
and 核查情况 (complainant.searched). The complaints' search text is indexed again so (the FTS
rows too, on SQLite), and an office indexed before no longer answers the name. Nothing changes
in the schema or the records; no audit entry (the index is no record)."""

from __future__ import annotations

import peewee

THROUGH_CORE = True  # core's search text and models: after the schema migrations of this start-up

BATCH = 500


def upgrade(db: peewee.Database) -> None:
    from officedesk.core import records, registry

    registry.load_all()
    spec = registry.get("complaints")
    model = spec.model
    last = 0
    while True:
        batch = list(model.select().where(model.id > last).order_by(model.id).limit(BATCH))
        if not batch:
            return
        records.reindex_many(spec, batch)
        last = batch[-1].id
