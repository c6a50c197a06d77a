"""The 修改 step's refusals say once what to do: a leader due elsewhere may be overridden with a
reason (--force 理由), a room booked twice may not (another room or time)."""

from __future__ import annotations

import pytest

from officedesk.core import steps
from officedesk.core.errors import ConflictError
from officedesk.core.meetings import save_meeting
from tests.meetings.conftest import make_draft


def _two_meetings(admin):
    first = save_meeting(make_draft(title="常委会", attendees=["李建国"], agenda=[]), admin)
    second = save_meeting(
        make_draft(title="专题会", start="2026-12-03 14:00", end="2026-12-03 15:00",
                   place="第一会议室", attendees=["马俊"], agenda=[]),
        admin,
    )
    return first, second


def test_a_busy_leader_is_refused_with_the_force_advice_once(directory_data, admin, on_day):
    _first, second = _two_meetings(admin)
    with pytest.raises(ConflictError) as refused:
        steps.perform("meetings", second.id, "修改",
                      {"start": "2026-12-03 10:00", "attendees_text": "马俊、李建国"}, admin)
    message = refused.value.message
    assert "李建国在 2026-12-03 09:00–11:30 要出席“常委会”" in message
    assert message.count("--force") == 1 and message.count("写明原因") == 1, message
    assert message.endswith("如仍要保存，请写明原因（命令行：--force 理由）。"), message


def test_a_room_booked_twice_is_not_offered_force(directory_data, admin, on_day):
    _first, second = _two_meetings(admin)
    for force in ("", "书记要求"):
        with pytest.raises(ConflictError) as refused:
            steps.perform("meetings", second.id, "修改",
                          {"start": "2026-12-03 10:00", "place": "常委会议室"}, admin, force=force)
        message = refused.value.message
        # --force cannot book a room twice: the message says what can be done instead
        assert "--force" not in message and "请换一个会议室或改时间" in message, message
