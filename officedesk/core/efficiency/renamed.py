"""A unit renamed in the 通讯录: a 效能投诉's 被投诉单位 and 核查单位 follow it
(directory.UNIT_RENAMES, in the rename's transaction), closed complaints too, so the figures
count the unit once. One audit entry per complaint; the 核查通知书 already sent keeps its text."""

from __future__ import annotations

from typing import Any

from officedesk.core import directory
from officedesk.core.unit_renames import Columns, Follower, Renaming, declare, reindex
from officedesk.store.efficiency import EfficiencyComplaint

COMPLAINTS = declare(Follower("complaints", (
    Columns(EfficiencyComplaint, {"unit": ("被投诉单位", False), "verifier_unit": ("核查单位", False)}),
)))


def follow_rename(old: str, new: str, actor: Any) -> None:
    reindex(COMPLAINTS.registry, Renaming(old, new, actor).follow(COMPLAINTS))


directory.UNIT_RENAMES.append(follow_rename)
