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


def test_demo_minutes_are_numbered_per_kind_and_name_a_person_to_ring(db, admin):
    """A 专题会议纪要 was 第39期 (the meeting's id, across all kinds): each organiser's kind of
    纪要 is numbered 第1期, 第2期 … in its year; 联系人 is a person with a phone, not 秘书科."""
    import re
    from collections import defaultdict

    from officedesk.store.models import Person

    directory.populate(20, random.Random(1))
    meetings.populate(40, random.Random(2026))
    numbers: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for x in Meeting.select().where(Meeting.minutes_issue != "").order_by(Meeting.start):
        found = re.fullmatch(r"第(\d+)期", x.minutes_issue)
        assert found, x.minutes_issue
        numbers[(x.kind, x.host_unit, x.start.year)].append(int(found.group(1)))
    assert len(numbers) > 1
    for key, issued in numbers.items():
        assert issued == list(range(1, len(issued) + 1)), (key, issued)
    people = {p.name for p in Person.select()}
    for x in Meeting.select():
        assert x.contact in people and x.contact_phone, (x.title, x.contact)
