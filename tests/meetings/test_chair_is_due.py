"""The 主持人 is due at his meeting (DOMAIN §3: a leader due at two meetings at once is a
conflict): booked elsewhere at the time, as 出席 or as 主持人, he is caught like those listed;
not listed among the people, he is added to 出席 and so gets his seat."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as m
from officedesk.core.meetings import MeetingConflictError
from officedesk.store.meetings import MeetingAttendee
from tests.meetings.conftest import make_draft


@pytest.fixture
def first(directory_data, admin, on_day):  # 2026-12-03 09:00–11:30, 李建国 出席 and chair
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛"], chair="李建国"), admin)


def _second(**values):
    base = {"title": "主持人冲突测试", "start": "2026-12-03 10:00", "end": "2026-12-03 11:00",
            "place": "第一会议室", "attendees": ["陈志明", "刘芳"]}
    base.update(values)
    return make_draft(**base)


def test_a_chair_due_elsewhere_is_a_conflict(first, admin):
    with pytest.raises(MeetingConflictError, match="李建国在 2026-12-03 09:00–11:30 要出席"):
        m.save_meeting(_second(chair="李建国"), admin)
    found = m.check_conflicts(_second(chair="李建国"), None, admin)
    assert [c.kind for c in found] == ["person_busy"]


def test_someone_due_where_he_chairs_is_a_conflict(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(attendees=["王海涛"], chair="李建国"), admin)
    assert "李建国" in made.attendees_text  # the chair is added to 出席
    with pytest.raises(MeetingConflictError, match="李建国在 2026-12-03 09:00–11:30 要出席"):
        m.save_meeting(_second(attendees=["李建国"], chair="陈志明"), admin)
    # a meeting saved before the chair was added: he is due there as 主持人
    MeetingAttendee.delete().where((MeetingAttendee.meeting == made.id)
                                   & (MeetingAttendee.name == "李建国")).execute()
    with pytest.raises(MeetingConflictError, match="李建国在 2026-12-03 09:00–11:30 要主持"):
        m.save_meeting(_second(attendees=["李建国"], chair="陈志明"), admin)


def test_the_chair_gets_a_seat(first, admin):
    made = m.save_meeting(_second(chair="孙红梅"), admin)
    names = {r.id: r.name for r in m.attendees(made.id, admin)}
    assert sorted(names[i] for i in m.seating(made).podium) == sorted(["孙红梅", "陈志明", "刘芳"])
