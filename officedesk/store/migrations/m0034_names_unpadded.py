"""Schema version 34: people's names saved padded to align them (王　伟) before every field
naming a person was tidied are stored as a save stores them now (王伟), in the records' person
fields, the 通讯录's 姓名 and the users' 姓名, and their search text is indexed again, so 王伟
finds them and a list's filter offers one 王伟 (core.padded_names). Each row is written with an
audit entry of the system's, so its digest matches its last entry and `check` passes. Nothing
changes in the schema; a name stored tidy is not written again."""

from __future__ import annotations

import peewee

THROUGH_CORE = True  # core's rules and models: after the schema migrations of this start-up


def upgrade(db: peewee.Database) -> None:
    from officedesk.core import padded_names

    padded_names.bring_up_to_date()
