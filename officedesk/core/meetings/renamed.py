"""A unit renamed in the 通讯录: a meeting's 主办单位, its 参会人员's units, its 议题's 汇报单位
and its 议定事项's 牵头单位 follow it (directory.UNIT_RENAMES, in the rename's transaction), past
meetings too, so the figures count the unit once. One audit entry per meeting, telling each row
of it renamed. A notice already sent keeps its text; a 议定事项 turned into a 督查 item is
followed there by the 督查 tasks (core.supervision.renamed)."""

from __future__ import annotations

from typing import Any

from officedesk.core import directory
from officedesk.core.unit_renames import Columns, Follower, Renaming, declare, reindex
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee, MeetingDecision

MEETINGS = declare(Follower("meetings", (
    Columns(Meeting, {"host_unit": ("主办单位", False)}),
    Columns(MeetingAttendee, {"unit": ("单位", False)}, owner=lambda row: int(row.meeting_id),
            label=lambda row, text: f"参会人员{row.name}的{text}"),
    Columns(AgendaItem, {"unit": ("汇报单位", False)}, owner=lambda row: int(row.meeting_id),
            label=lambda row, text: f"第{row.seq}项议题的{text}"),
    Columns(MeetingDecision, {"lead_unit": ("牵头单位", False)},
            owner=lambda row: int(row.meeting_id),
            label=lambda row, text: f"第{row.seq}项议定事项的{text}"),
)))


def follow_rename(old: str, new: str, actor: Any) -> None:
    reindex(MEETINGS.registry, Renaming(old, new, actor).follow(MEETINGS))


directory.UNIT_RENAMES.append(follow_rename)
