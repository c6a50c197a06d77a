"""The calendar lists a meeting on the days it is held: one ending at midnight (22:00–24:00, its
end stored as 00:00 of the next day) was listed on the next day too, and a meeting running past
midnight was told as “12-05 22:00–02:00”, as if it ended before it began."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft, save_late_meetings


@pytest.fixture
def late(directory_data, admin, on_day):
    return save_late_meetings(admin)


def test_a_meeting_is_on_the_days_it_is_held(late):
    until_midnight, past_midnight = late
    assert [m.on_day(until_midnight, dt.date(2026, 12, d)) for d in (5, 6)] == [True, False]
    assert [m.on_day(past_midnight, dt.date(2026, 12, d)) for d in (7, 8, 9)] == [True, True, False]


def test_its_time_says_the_day_it_ends(late, admin):
    until_midnight, past_midnight = late
    assert m.span_text(until_midnight) == "12-05 22:00–24:00"
    assert m.span_text(past_midnight) == "12-07 22:00–12-08 02:00"
    same_day = m.save_meeting(make_draft(title="例会", start="2026-12-09 09:00", end="2026-12-09 11:30",
                                         attendees=["高静"]), admin)
    assert m.span_text(same_day) == "12-09 09:00–11:30"
