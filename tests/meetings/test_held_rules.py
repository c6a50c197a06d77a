"""A meeting is held on its day: 签到, 缺席 and 召开 are refused before it (saying when it
starts; a 请假 may be recorded in advance); a 纪要 is not written before the meeting's day (on it,
the 纪要 marks the meeting held) nor printed for a meeting not held. A meeting whose decisions went to 督查 is not 取消 (the item would stay
待交办 under a meeting that never was)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from officedesk.store.meetings import MeetingDecision
from officedesk.store.supervision import SupervisionItem
from tests.meetings.conftest import make_draft

DAY = dt.date(2026, 12, 3)  # make_draft's meeting: 2026-12-03 09:00


@pytest.fixture
def meeting(directory_data, admin, on_day):  # today 2026-11-30, three days before
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)


@pytest.mark.parametrize(("step", "values"), [
    ("签到", {"姓名": "李建国"}),
    ("缺席", {"姓名": "李建国"}),
    ("登记签到", {"已到": "李建国"}),
    ("召开", {}),
])
def test_the_meeting_is_not_held_before_its_day(meeting, admin, step, values):
    with pytest.raises(ProcedureError, match="会议 2026-12-03 09:00 开始，还没有到会议当天"):
        steps.perform("meetings", meeting.id, step, values, admin)
    assert m.get(meeting.id, admin).status == m.PREPARING
    assert {r.attendance for r in m.attendees(meeting.id, admin)} == {""}


def test_a_leave_may_be_recorded_in_advance(meeting, admin):
    steps.perform("meetings", meeting.id, "请假", {"姓名": "陈志明", "请假原因": "出差"}, admin)
    assert m.get(meeting.id, admin).status == m.PREPARING


def test_on_its_day_the_sign_in_holds_the_meeting(meeting, admin, fixed_today):
    fixed_today(DAY)
    steps.perform("meetings", meeting.id, "签到", {"姓名": "李建国"}, admin)
    assert m.get(meeting.id, admin).status == m.HELD


def test_no_minutes_before_the_meetings_day(meeting, admin, fixed_today):
    with pytest.raises(ProcedureError, match="还没有到会议当天，现在不能写纪要"):
        steps.perform("meetings", meeting.id, "纪要", {"纪要正文": "会议纪要。"}, admin)
    with pytest.raises(ProcedureError, match="还没有召开，不能打印.*纪要"):
        forms.get("minutes").build([meeting.id], admin)
    assert m.get(meeting.id, admin).minutes_text == ""
    fixed_today(DAY)
    # on its day the 纪要 says the meeting was held, as a first 签到 does
    steps.perform("meetings", meeting.id, "纪要", {"纪要正文": "会议纪要。"}, admin)
    assert m.get(meeting.id, admin).status == m.HELD
    assert forms.get("minutes").build([meeting.id], admin)[:4] == b"%PDF"


def test_a_meeting_whose_decision_is_in_supervision_is_not_cancelled(meeting, admin):
    # a decision stored before the meeting was marked held (older data, an import)
    MeetingDecision.create(meeting=meeting.id, seq=1, content="抓紧推进重点项目",
                           created_by="admin", updated_by="admin")
    outcome = steps.perform("meetings", meeting.id, "议定事项转督查", {"议定事项": "1"}, admin)
    number = outcome.extra["supervision_number"]
    with pytest.raises(ProcedureError,
                       match=f"已转督查（{number}，待交办）.*不能取消.*请先在“督查”中删除"):
        steps.perform("meetings", meeting.id, "取消", {"取消原因": "改期"}, admin)
    assert m.get(meeting.id, admin).status == m.PREPARING
    assert SupervisionItem.get_by_id(outcome.extra["supervision_id"]).status == "待交办"
