"""A unit renamed in the 通讯录: its 信息's 报送单位 follows it (directory.UNIT_RENAMES, in the
rename's transaction) — the items scored in past periods too, as the ranking groups by the
报送单位 and would otherwise split the one unit in two. One audit entry per item. An issue
already printed keeps its text."""

from __future__ import annotations

from typing import Any

from officedesk.core import directory
from officedesk.core.unit_renames import Columns, Follower, Renaming, declare, reindex
from officedesk.store.info import InfoItem

INFO = declare(Follower("info", (Columns(InfoItem, {"unit": ("报送单位", False)}),)))


def follow_rename(old: str, new: str, actor: Any) -> None:
    reindex(INFO.registry, Renaming(old, new, actor).follow(INFO))


directory.UNIT_RENAMES.append(follow_rename)
