"""Schema version 34: people's names saved padded to align them (王　伟) before every field
naming a person was tidied are stored as a save stores them now (王伟): in the records' person
fields and rows of their own (a letter's petitioners, a 督查 task's 责任人), the 通讯录's 姓名, the
users' 姓名 and the rows that keep who did or holds a step (signatures, 办理过程, 传阅 readers).
The records' search text is indexed again, so 王伟 finds them, 重复信访 and 逐级负责 know the
person, and a list's filter offers one 王伟 (core.padded_names). Each record and user is written
with an audit entry of the system's, so its digest matches its last entry and `check` passes;
one more entry counts the step rows. Nothing changes in the schema; a name stored tidy is not
written again."""

from __future__ import annotations

import peewee

THROUGH_CORE = True  # core's rules and models: after the schema migrations of this start-up


def upgrade(db: peewee.Database) -> None:
    from officedesk.core import padded_names

    padded_names.bring_up_to_date()
