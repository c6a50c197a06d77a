"""A 请假 is asked for the meeting's time: when the meeting moves to another time, the marks
stay (the clerk may not know the person's new plans), but the 修改 says whose leave was asked
for the old time, so the clerk checks with them — by the command line and the window alike
(the step's outcome). A change that leaves the time alone says nothing of it."""

from __future__ import annotations

from officedesk.core import meetings as m
from officedesk.core import steps
from tests.meetings.conftest import make_draft


def _with_leave(admin):
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)
    steps.perform("meetings", made.id, "请假", {"姓名": "王海涛", "请假原因": "当天出差"}, admin)
    return made


def test_moving_a_meeting_names_who_asked_leave_for_the_old_time(directory_data, admin, on_day):
    made = _with_leave(admin)
    outcome = steps.perform("meetings", made.id, "修改",
                            {"开始时间": "2026-12-04 09:00", "结束时间": "2026-12-04 11:30"}, admin)
    note = str(outcome.extra["leave_kept"])
    assert "王海涛" in note and "原定时间" in note and "核实" in note
    # the mark itself stays: nobody said he comes now
    marks = {a.name: a.attendance for a in m.attendees(made.id, admin)}
    assert marks["王海涛"] == "请假"


def test_a_change_that_keeps_the_time_says_nothing_of_leave(directory_data, admin, on_day):
    made = _with_leave(admin)
    outcome = steps.perform("meetings", made.id, "修改", {"地点": "第一会议室"}, admin)
    assert "leave_kept" not in outcome.extra
