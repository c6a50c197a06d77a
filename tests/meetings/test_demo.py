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
