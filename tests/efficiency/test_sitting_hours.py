"""A meeting over several days sits in the daytime: its hours (the “三多” 会议总时长, the
leaders' load, the 统计 of meetings) are each day's sitting between the office's day hours
(meetings.day_start / day_end, 8–18 by default), not the nights between. A meeting from 09:00
one day to 12:00 the next is 9 + 4 = 13 hours, not 27. One within a day, or an evening
sitting past midnight (less than a day long), counts its clock hours."""

from __future__ import annotations

import datetime as dt

from officedesk.core import settings, stats
from officedesk.core.efficiency import sanduo
from officedesk.core.efficiency.figures import Period
from officedesk.store.meetings import Meeting, MeetingAttendee

from .conftest import TODAY

DECEMBER = Period(dt.date(2025, 12, 1), TODAY)


def _meeting(start: dt.datetime, end: dt.datetime) -> Meeting:
    made = Meeting.create(title=f"会议{start:%d%H}", kind="工作会议", start=start, end=end,
                          host_unit="县委办公室", status="已召开")
    MeetingAttendee.create(meeting=made.id, role="出席", seq=1, name="韦刚", rank=1)
    return made


def test_the_nights_of_a_two_day_meeting_are_not_its_hours(office, admin):
    _meeting(dt.datetime(2025, 12, 3, 9), dt.datetime(2025, 12, 4, 12))
    figures = sanduo.meeting_figures(admin, DECEMBER, None, today=TODAY)
    assert figures["hours_total"] == figures["hours_longest"] == 13.0
    assert sanduo.control(admin, DECEMBER, TODAY)["leaders"] == [
        {"name": "韦刚", "meetings": 1, "hours": 13.0, "unsigned": 1}]
    assert stats.collect(admin, 2025)["meetings"]["hours"] == 13.0


def test_a_day_or_an_evening_past_midnight_counts_its_clock_hours(office, admin):
    _meeting(dt.datetime(2025, 12, 3, 9), dt.datetime(2025, 12, 3, 11, 30))
    _meeting(dt.datetime(2025, 12, 5, 19), dt.datetime(2025, 12, 6, 1))
    assert sanduo.meeting_figures(admin, DECEMBER, None, today=TODAY)["hours_total"] == 8.5
    assert stats.collect(admin, 2025)["meetings"]["hours"] == 8.5


def test_the_day_hours_are_the_offices(office):
    from officedesk.core.meetings import sitting

    settings.put("meetings.day_start", 9)
    settings.put("meetings.day_end", 17)
    # a week: Monday 9:00 to Friday 12:00 — four days of 8 hours and a morning of 3
    assert sitting.hours(dt.datetime(2025, 12, 1, 9), dt.datetime(2025, 12, 5, 12)) == 35.0


def test_the_length_in_days_counts_half_days(office):
    from officedesk.core.meetings import sitting

    at = dt.datetime
    assert sitting.length_days(at(2025, 12, 1, 9), at(2025, 12, 2, 12)) == 1.5
    assert sitting.length_days(at(2025, 12, 1, 14), at(2025, 12, 3, 12)) == 2.0
    assert sitting.length_days(at(2025, 12, 1, 9), at(2025, 12, 4, 17)) == 4.0
