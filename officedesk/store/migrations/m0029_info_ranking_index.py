"""Schema version 29: an index the 信息 ranking counts 报送 from (store.info.RANKED_INDEX_SQL): a
year's 报送 per unit read from the index alone, not from every item's row. Nothing else changes."""

from __future__ import annotations

import peewee

from officedesk.store.info import RANKED_INDEX_SQL


def upgrade(db: peewee.Database) -> None:
    db.execute_sql(RANKED_INDEX_SQL)
