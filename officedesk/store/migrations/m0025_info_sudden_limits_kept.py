"""Schema version 25: the 突发事件报送时限 kept by a program before their checks (every level
written, limits positive, the phone not after the written report: core.info.limits) mended so
that the checks accept them. Left as kept, such a text would read as the default — every level
the office had set lost, and past 迟报 verdicts rewritten. Each level's limits that mean
something stay; a level left out, or limits that mean nothing, take the default's. Audited as
the system's change; nothing changes in the schema."""

from __future__ import annotations

import peewee

THROUGH_CORE = True  # core's rules and models: after the schema migrations of this start-up


def upgrade(db: peewee.Database) -> None:
    from officedesk.core.info import limits

    limits.bring_up_to_date()
