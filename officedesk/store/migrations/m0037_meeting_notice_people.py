"""Schema version 37: a 会议 imported as 已发通知 before the import kept whom its notice went to
is given the people it listed when it was imported (core.meetings.imported_notice), as an import
keeps them now, so a person added since gets the 补发 instead of its refusal (还没有记录送达名单).
They are read from the audit trail (the meeting's creation entry, written with the import's
step): a meeting the trail cannot tell of is left as it was. Each meeting written is audited as
the system's change, so `check` passes. Nothing changes in the schema."""

from __future__ import annotations

import peewee

THROUGH_CORE = True  # core's rules and models: after the schema migrations of this start-up


def upgrade(db: peewee.Database) -> None:
    from officedesk.core.meetings import imported_notice

    imported_notice.bring_up_to_date()
