"""“三多” counts a meeting held: marked 已召开, or 已发通知 and over by now (held in all
likelihood, though nobody marked it). Never one 筹备中 (never notified, never held), never one
still to come or still going on — the month's count, the meetings' figures, the leaders' load
and the paper's 说明 agree."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock
from officedesk.core.efficiency import report, sanduo
from officedesk.core.efficiency.figures import Period
from officedesk.store.meetings import Meeting, MeetingAttendee

from .conftest import TODAY

NOW = dt.datetime.combine(TODAY, dt.time(1, 50))  # 01:50 on 2025-12-15


@pytest.fixture
def at_night(office, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: NOW)


def _meeting(start: dt.datetime, status: str, hours: int = 1) -> Meeting:
    made = Meeting.create(title=f"会议{start:%d%H}{status}", kind="专题会议", start=start,
                          end=start + dt.timedelta(hours=hours), host_unit="县委办公室",
                          status=status)
    MeetingAttendee.create(meeting=made.id, role="出席", seq=1, name="韦刚", rank=1)
    return made


def _december(admin) -> int:
    return sanduo.control(admin, Period(dt.date(2025, 12, 1), TODAY), TODAY)["meetings"]["total"]


def test_a_meeting_later_today_still_notified_is_not_held(at_night, admin):
    _meeting(dt.datetime.combine(TODAY, dt.time(9, 30)), "已发通知")
    assert _december(admin) == 0
    figures = sanduo.meeting_figures(admin, Period(dt.date(2025, 12, 1), TODAY), None, today=TODAY)
    assert figures["held"] == 0
    assert sanduo.control(admin, Period(dt.date(2025, 12, 1), TODAY), TODAY)["leaders"] == []


def test_a_past_meeting_never_notified_is_not_held(at_night, admin):
    _meeting(dt.datetime(2025, 12, 3, 9), "筹备中")
    assert _december(admin) == 0


def test_held_meetings_and_past_notified_ones_count(at_night, admin):
    _meeting(dt.datetime(2025, 12, 3, 9), "已召开")
    _meeting(dt.datetime(2025, 12, 4, 9), "已发通知")  # over, nobody marked it
    _meeting(dt.datetime(2025, 12, 5, 9), "已取消")
    assert _december(admin) == 2
    leaders = sanduo.control(admin, Period(dt.date(2025, 12, 1), TODAY), TODAY)["leaders"]
    assert leaders == [{"name": "韦刚", "meetings": 2, "hours": 2.0, "unsigned": 2}]


def test_the_papers_definition_says_which_meetings_count():
    assert "筹备中" in report.DEFINITIONS and "已发通知且结束时间已过" in report.DEFINITIONS
