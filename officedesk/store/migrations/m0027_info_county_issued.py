"""Schema version 27: a 县级采用 counts from its issue's 印发, on the 印发 date (core.info.issued).

Before, 编发 counted it on the day the item was placed in an issue, 印发 or not. Each item of an
issue already 印发 gets the 县级采用 row 印发 now writes, dated the issue's 印发 date; an item of
an issue still being edited counts none; its 采用情况, 采用级别 and 得分 follow, saved through
the registry and audited as the system's change. Past figures change: a 县级采用 moves to the
period of its 印发, and one of an issue never 印发 is no longer counted. Nothing changes in the
schema."""

from __future__ import annotations

import peewee

THROUGH_CORE = True  # core's rules and models: after the schema migrations of this start-up


def upgrade(db: peewee.Database) -> None:
    from officedesk.core.info import issued, points_kept

    issued.recount(points_kept.SYSTEM)
