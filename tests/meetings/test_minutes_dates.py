"""Dates a meeting's papers would print wrong are refused where they are typed: a 议定事项 whose
时限 is before the meeting's day (督查 would refuse it later: 办结时限不能早于立项日期), a
纪要日期 later than today (“2026年12月5日印发” printed on 1 December; `--on` says the same),
and a 报名截止 not earlier than the meeting's start (the rule says 应早于)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ValidationError
from tests.cli_office import office  # noqa: F401  (the fixture)
from tests.meetings.conftest import make_draft

DAY = dt.date(2026, 12, 3)  # make_draft's meeting


@pytest.fixture
def held(directory_data, admin, fixed_today):
    fixed_today(DAY)
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)


def test_a_decision_due_before_the_meeting_is_refused(held, admin):
    with pytest.raises(ValidationError, match=r"第 2 项议定事项的时限（2026-11-20）早于会议日期"
                                              r"（2026-12-03）"):
        steps.perform("meetings", held.id, "纪要", {
            "纪要正文": "会议纪要。",
            "议定事项": "抓紧推进重点项目｜市财政局｜2026-12-20\n清理欠款｜市财政局｜2026-11-20"}, admin)
    assert m.decisions(held.id, admin) == []
    # the meeting's day itself is a time limit
    steps.perform("meetings", held.id, "纪要", {"议定事项": "清理欠款｜市财政局｜2026-12-03"}, admin)
    assert m.decisions(held.id, admin)[0].deadline == DAY


def test_a_minutes_date_after_today_is_refused(held, admin):
    with pytest.raises(ValidationError, match=r"纪要日期（2026-12-05）不能晚于今天"):
        steps.perform("meetings", held.id, "纪要", {"纪要正文": "会议纪要。",
                                                   "纪要日期": "2026-12-05"}, admin)
    assert m.get(held.id, admin).minutes_text == ""
    steps.perform("meetings", held.id, "纪要", {"纪要正文": "会议纪要。", "纪要日期": "2026-12-03"},
                  admin)
    assert m.get(held.id, admin).minutes_date == DAY


def test_a_signup_deadline_at_the_start_is_refused(directory_data, admin, on_day):
    with pytest.raises(Exception, match=r"报名截止（2026-12-03 09:00）应早于会议开始") as raised:
        m.save_meeting(make_draft(signup_deadline="2026-12-03 09:00"), admin)
    assert "报名截止" in str(raised.value)
    m.save_meeting(make_draft(signup_deadline="2026-12-03 08:59"), admin)


def test_on_the_command_line(office):  # noqa: F811
    from officedesk.core import clock

    meeting = office.json("add", "meetings", "会议名称=全县工作会", "会议类型=工作会议",
                          "开始时间=2026-12-01 10:00", "结束时间=2026-12-01 12:00",
                          "出席人员=王建国、李海")["id"]
    clock.set_today(dt.date(2026, 12, 1))  # the fixture resets it
    _out, err = office("step", "meetings", str(meeting), "纪要",
                       "议定事项=开展安全大检查｜县财政局｜2026-11-20", code=1)
    assert "时限（2026-11-20）早于会议日期（2026-12-01）" in err
    _out, err = office("step", "meetings", str(meeting), "纪要", "纪要日期=2026-12-05", code=1)
    assert "纪要日期（2026-12-05）不能晚于今天" in err
    _out, err = office("add", "meetings", "会议名称=报名会", "会议类型=工作会议",
                       "开始时间=2026-12-08 10:00", "结束时间=2026-12-08 12:00",
                       "报名截止=2026-12-08 10:00", code=1)
    assert "报名截止（2026-12-08 10:00）应早于会议开始" in err
