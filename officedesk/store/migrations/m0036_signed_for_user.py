"""Schema version 36: a step's signature keeps the 用户名 of the person it was done for
(step_sign.person_username: whom a 代录 names, whose 代理 did it), not only his 姓名 — two users
of one 姓名 were taken for one another by 逐级负责 (the 副主任 王伟 refused the 审核 of a draft
whose 核稿 a clerk had entered for the 处长 王伟).

Rows are not filled here: a signature kept before names its person by 姓名 alone and is judged
by it, as it was (core.self_check). A record's entries digest its signatures since (a later
generation, core.sub_rows); a NULL here digests as it reads."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "step_sign", "person_username", peewee.CharField(max_length=64, null=True))
