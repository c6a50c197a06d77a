"""A unit renamed in the 通讯录: the users' 岗位 follow it.

A user's 单位 and 分管 units are text (core.positions), and the 逐级负责 chains and 我的待办 match
them with the records' units as text; a rename that the records follow and the posts do not
would leave the unit's staff holding none of its steps. So the rename (directory.UNIT_RENAMES,
in its write transaction) renames them too, with one 修改岗位 entry per user changed: each
user's row is checked (`check`) against its own last entry, so one summary entry cannot do."""

from __future__ import annotations

from typing import Any

from officedesk.core import directory
from officedesk.core.positions import REGISTRY
from officedesk.core.unit_renames import Columns, Follower, Renaming, declare
from officedesk.store.models import User

POSTS = declare(Follower(REGISTRY, (
    Columns(User, {"unit": ("单位", False), "in_charge": ("分管", True)}),
), action="post", posts=True))


def follow_rename(old: str, new: str, actor: Any) -> None:
    Renaming(old, new, actor).follow(POSTS)


directory.UNIT_RENAMES.append(follow_rename)
