"""Schema version 10: the 职级 table (级别 by name, its order for seating), and units found by
the 拼音 of their 简称 too.

A person's 级别 stays the order number it was (1 … 10 map onto the standard 职级 below), so
seating, sorting and old imports keep working."""

from __future__ import annotations

import peewee

STANDARD_RANKS = [
    "省部级正职",
    "省部级副职",
    "厅局级正职",
    "厅局级副职",
    "县处级正职",
    "县处级副职",
    "正科级",
    "副科级",
    "科员",
    "办事员",
]


def upgrade(db: peewee.Database) -> None:
    from officedesk.core.directory import unit_pinyin
    from officedesk.store.models import Rank, Unit

    db.create_tables([Rank])
    if not Rank.select().exists():
        Rank.insert_many(
            [{"name": name, "sort_order": order} for order, name in enumerate(STANDARD_RANKS, 1)]
        ).execute()
    for unit in Unit.select(Unit.id, Unit.name, Unit.short_name):
        Unit.update(pinyin=unit_pinyin(unit.name, unit.short_name)).where(
            Unit.id == unit.id
        ).execute()
