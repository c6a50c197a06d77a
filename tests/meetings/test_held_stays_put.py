"""签到, 缺席, 召开 and 纪要 are not before the meeting's day: a held meeting (or one with a
sign-in or 纪要 recorded) is not moved by 修改 to a day after today, nor after the day those were
recorded; a correction to an earlier time stays possible."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ValidationError
from tests.meetings.conftest import make_draft

DAY = dt.date(2026, 12, 3)  # make_draft's meeting: 2026-12-03 09:00–11:30


@pytest.fixture
def meeting(directory_data, admin, fixed_today):
    fixed_today(DAY)
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)


def _move(meeting, admin, start, end):
    return steps.perform("meetings", meeting.id, "修改", {"开始时间": start, "结束时间": end}, admin)


def test_a_signed_in_meeting_is_not_moved_into_the_future(meeting, admin, fixed_today):
    steps.perform("meetings", meeting.id, "签到", {"姓名": "李建国"}, admin)
    fixed_today(dt.date(2026, 12, 10))
    with pytest.raises(ValidationError, match="开始时间不能改到 2027-03-01.*李建国已到的登记（2026-12-03）"):
        _move(meeting, admin, "2027-03-01 09:00", "2027-03-01 10:00")
    with pytest.raises(ValidationError, match="不能改到 2026-12-04"):
        _move(meeting, admin, "2026-12-04 09:00", "2026-12-04 10:00")
    again = m.get(meeting.id, admin)
    assert again.start == dt.datetime(2026, 12, 3, 9) and again.status == m.HELD
    # a correction to an earlier hour or day is still possible
    _move(meeting, admin, "2026-12-02 15:00", "2026-12-02 16:00")
    assert m.get(meeting.id, admin).start == dt.datetime(2026, 12, 2, 15)


def test_a_meeting_marked_held_is_not_moved_after_today(meeting, admin, fixed_today):
    steps.perform("meetings", meeting.id, "召开", {}, admin)
    fixed_today(dt.date(2026, 12, 10))
    with pytest.raises(ValidationError, match="晚于今天（2026-12-10）"):
        _move(meeting, admin, "2026-12-11 09:00", "2026-12-11 10:00")
    _move(meeting, admin, "2026-12-10 09:00", "2026-12-10 10:00")


def test_not_after_its_minutes(meeting, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 10))
    steps.perform("meetings", meeting.id, "纪要", {"纪要正文": "会议纪要。", "纪要日期": "2026-12-05"},
                  admin)
    with pytest.raises(ValidationError, match="晚于纪要日期（2026-12-05）"):
        _move(meeting, admin, "2026-12-06 09:00", "2026-12-06 10:00")


def test_a_meeting_not_yet_held_moves_freely(meeting, admin):
    _move(meeting, admin, "2027-03-01 09:00", "2027-03-01 10:00")
    assert m.get(meeting.id, admin).start == dt.datetime(2027, 3, 1, 9)
