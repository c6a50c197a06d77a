"""Two clerks arranging one meeting's seats: the second to save, from the seating as it stood
when he opened it, is told someone saved first instead of writing over the first one's
arrangement without a word (records' optimistic locking, as every other save)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core.errors import StaleRecordError
from tests.meetings.conftest import make_draft


@pytest.fixture
def meeting(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 3))
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明", "刘芳"]), admin)


def test_a_seating_saved_from_a_stale_meeting_is_refused(meeting, admin):
    first = m.seating(meeting)  # both open the seating dialog on the same meeting
    second = m.seating(meeting)
    first.podium.reverse()
    saved = m.save_seating(meeting.id, first, admin, expected_version=meeting.version)
    second.podium.append(second.podium.pop(0))
    with pytest.raises(StaleRecordError, match="已被他人修改"):
        m.save_seating(meeting.id, second, admin, expected_version=meeting.version)
    assert m.seating(m.get(meeting.id, admin)).podium == first.podium  # the first one's stands
    # opened again on the meeting as saved, the second clerk's arrangement is taken
    again = m.save_seating(meeting.id, second, admin, expected_version=saved.version)
    assert m.seating(again).podium == second.podium
