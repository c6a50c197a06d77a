"""The meetings' rules on SQLite and on PostgreSQL: conflicts, attendance, minutes and the link
to supervision, seating, figures."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import stats
from officedesk.core.actor import CLI_ACTOR
from tests.meetings.conftest import make_draft


def test_meeting_loop_on_any_database(directory_any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 3))  # signed in on the meeting's day
    meeting = m.save_meeting(make_draft(nonvoting=["马俊"]), admin)
    clash = make_draft(
        title="另一个会", start="2026-12-03 10:00", end="2026-12-03 10:30", attendees=["高静"]
    )
    assert [c.kind for c in m.check_conflicts(clash, None, CLI_ACTOR)] == [m.ROOM_BOOKED]
    with pytest.raises(m.MeetingConflictError):
        m.save_meeting(clash, admin, override_reason="x")
    busy = make_draft(
        title="座谈",
        place="第一会议室",
        start="2026-12-03 10:00",
        end="2026-12-03 10:30",
        attendees=["李建国"],
    )
    assert [c.kind for c in m.check_conflicts(busy, None, CLI_ACTOR)] == [m.PERSON_BUSY]
    m.save_meeting(busy, admin, override_reason="只参加开头")
    rows = m.attendees(meeting.id, CLI_ACTOR)
    m.record_attendance(meeting.id, {r.id: (m.PRESENT, "") for r in rows}, admin)
    m.save_minutes(
        meeting.id, "纪要", [m.DecisionEntry("甲事项"), m.DecisionEntry("乙事项")], admin
    )
    item = m.send_to_supervision(m.decisions(meeting.id, CLI_ACTOR)[0].id, admin)
    assert m.meeting_of_supervision(item.id, CLI_ACTOR)[0].id == meeting.id
    layout = m.seating(m.get(meeting.id, admin))
    assert len(layout.all_ids()) == 13
    m.save_seating(meeting.id, layout, admin)
    assert m.seating(m.get(meeting.id, admin)).manual
    figures = stats.collect(admin, 2026)["meetings"]
    assert figures["total"] == 2 and figures["by_kind"] == {"常委会": 2}
