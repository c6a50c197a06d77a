"""Schema version 23: every 信息's 得分 kept as the ranking counts it.

A database kept before the 得分 followed every change (core.info.points_kept) has its 不采用
and waiting items at 0 (and an item's points as an older count made them): they are counted
once, saved through the registry and audited as the system's change, so the rows' digests match
their entries and `check` passes. Nothing changes in the schema; an item counted right already
is not written again."""

from __future__ import annotations

import peewee

THROUGH_CORE = True  # core's rules and models: after the schema migrations of this start-up


def upgrade(db: peewee.Database) -> None:
    from officedesk.core.info import points_kept

    points_kept.bring_up_to_date()
