"""Demo meetings: realistic, conflict-free rooms, some held with minutes."""

from __future__ import annotations

import random

from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from officedesk.demo import directory, meetings
from officedesk.store.meetings import Meeting, MeetingDecision


def test_demo_meetings(db, admin):
    directory.populate(20, random.Random(1))
    made = meetings.populate(20, random.Random(2026))
    assert made >= 15 and Meeting.select().count() == made
    assert meetings.populate(20, random.Random(2026)) == 0  # only into an empty registry
    held = list(Meeting.select().where(Meeting.status == m.HELD))
    assert held and all(x.minutes_text for x in held)
    assert MeetingDecision.select().count() >= len(held)
    live = [x for x in Meeting.select() if x.status != m.CANCELLED and x.room_id]
    for x in live:  # no room is booked twice
        draft = m.draft_of(x, CLI_ACTOR)
        assert not [c for c in m.check_conflicts(draft, x.id, CLI_ACTOR) if c.blocking], x.title


def test_demo_meetings_list_leaders_in_protocol_order(db, admin):
    """Leaders of one 职级 are seated in the order listed, so the demo lists every meeting's
    出席 people by 职级 and, within one, in the county's protocol order (the directory's)."""
    from officedesk.demo import efficiency
    from officedesk.store.meetings import MeetingAttendee

    directory.populate(20, random.Random(1))
    meetings.populate(20, random.Random(2026))
    efficiency.populate(20, random.Random(3))
    checked = 0
    for meeting in Meeting.select():
        rows = list(MeetingAttendee.select().where(
            (MeetingAttendee.meeting == meeting.id) & (MeetingAttendee.role == m.ROLE_ATTEND)
        ).order_by(MeetingAttendee.seq))
        listed = [(r.rank, r.person_id or 0) for r in rows]
        assert listed == sorted(listed), meeting.title
        checked += 1
    assert checked > 20


def test_one_demo_meeting_has_two_observers(db, admin):
    """A county government 专题会议 of the demo is watched by a 群众代表 and a 人大代表."""
    directory.populate(20, random.Random(1))
    meetings.populate(20, random.Random(2026))
    watched = [x for x in Meeting.select() if x.observers_text]
    assert len(watched) == 1 and watched[0].kind == "专题会议"
    observers = m.attendees(watched[0].id, CLI_ACTOR, m.ROLE_OBSERVER)
    assert [r.name for r in observers] == ["杨秀兰", "和建新"]
