"""A unit renamed in the 通讯录: a 信访件's 去向单位 follows it (directory.UNIT_RENAMES, in the
rename's transaction), closed ones too: the chains match it with the users' 岗位 and the figures
count by it. One audit entry per 信访件; the 转送/交办 history (its steps) keeps the name it was
sent to."""

from __future__ import annotations

from typing import Any

from officedesk.core import directory
from officedesk.core.unit_renames import Columns, Follower, Renaming, declare, reindex
from officedesk.store.petitions import Petition

PETITIONS = declare(Follower("petitions", (Columns(Petition, {"target_unit": ("去向单位", False)}),)))


def follow_rename(old: str, new: str, actor: Any) -> None:
    reindex(PETITIONS.registry, Renaming(old, new, actor).follow(PETITIONS))


directory.UNIT_RENAMES.append(follow_rename)
