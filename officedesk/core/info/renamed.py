"""A unit renamed in the 通讯录: its 信息's 报送单位 follows it (directory.UNIT_RENAMES, in the
rename's transaction) — the items scored in past periods too, as the ranking groups by the
报送单位 and would otherwise split the one unit in two. One audit entry per item. An issue
already printed keeps its text."""

from __future__ import annotations

from typing import Any

from officedesk.core import directory
from officedesk.core.unit_renames import Renaming, reindex
from officedesk.store.info import InfoItem


def follow_rename(old: str, new: str, actor: Any) -> None:
    renaming = Renaming(old, new, actor)
    renaming.columns(InfoItem, {"unit": ("报送单位", False)})
    reindex("info", renaming.record("info"))


directory.UNIT_RENAMES.append(follow_rename)
