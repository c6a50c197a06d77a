"""A directory room typed with a space inside its name or in full-width letters and digits
(常委 会议室, 第１会议室: a pasted cell, a Chinese input method) is that room: it was taken for an
outside venue, never checked, and the room was booked twice for the same hour."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import room_by_name
from officedesk.store.models import Room
from tests.meetings.conftest import make_draft


@pytest.mark.parametrize("typed", ["常委 会议室", "常委\u3000会议室", "常 委 会 议 室", "常委\u00a0会议室"])
def test_a_room_typed_with_spaces_is_booked_once(directory_data, admin, typed):
    m.save_meeting(make_draft(attendees=["李建国"]), admin)
    draft = make_draft(title="另一个会", start="2026-12-03 10:00", end="2026-12-03 10:30",
                       place=typed, attendees=["马俊"])
    found = m.check_conflicts(draft, None, CLI_ACTOR)
    assert [(c.kind, c.blocking) for c in found] == [(m.ROOM_BOOKED, True)]
    with pytest.raises(m.MeetingConflictError):
        m.save_meeting(draft, admin)


def test_full_width_digits_name_the_room(directory_data, admin):
    room = Room.create(name="3号会议室", capacity=20)
    assert room_by_name("３号会议室") == room
    assert room_by_name("3号 会议室") == room
    meeting = m.save_meeting(make_draft(place="３号会议室", attendees=["李建国"]), admin)
    # stored as the directory names it: the calendar lists it under its room
    assert (meeting.room_id, meeting.place) == (room.id, "3号会议室")
    assert m.room_label(meeting) == "3号会议室"


def test_another_place_stays_an_outside_venue(directory_data, admin):
    # a room's name inside a longer place is another building's room, not ours
    assert room_by_name("市政府常委会议室") is None
    meeting = m.save_meeting(make_draft(place="市政府常委会议室", attendees=["李建国"]), admin)
    assert meeting.room_id is None


def test_two_rooms_alike_take_the_exact_one(directory_data, admin):
    spaced = Room.create(name="A 301", capacity=10)
    joined = Room.create(name="A301", capacity=10)
    assert room_by_name("A 301") == spaced
    assert room_by_name("A301") == joined
    assert room_by_name("A　301") is None  # either of two: not guessed
