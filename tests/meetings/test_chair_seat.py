"""The 主持人 is the meeting's own: he is never one of its 旁听 (who sit in the 旁听席, get no 桌签
and are not 应到), and when he is added to 出席 (not listed) he takes a seat the room must have."""

from __future__ import annotations

import dataclasses

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ValidationError
from officedesk.core.meetings import MeetingConflictError
from tests.meetings.conftest import PEOPLE, make_draft


def test_a_chair_named_among_the_observers_is_refused(directory_data, admin, on_day):
    draft = dataclasses.replace(make_draft(attendees=["王海涛", "陈志明"], chair="李建国"),
                                observers=[m.resolve_person("李建国")])
    with pytest.raises(ValidationError, match="李建国同时出现在“主持人”和“旁听”中") as refused:
        m.save_meeting(draft, admin)
    assert refused.value.field == "observers_text"
    # and by the 修改 step (the command line, the window's form), naming the chair anew
    made = m.save_meeting(make_draft(attendees=["王海涛", "陈志明"], chair="李建国"), admin)
    with pytest.raises(ValidationError, match="同时出现在“主持人”和“旁听”中"):
        steps.perform("meetings", made.id, "修改", {"旁听人员": "李建国", "出席人员": "王海涛、陈志明"},
                      admin)
    with pytest.raises(ValidationError, match="刘芳同时出现在“主持人”和“旁听”中"):
        steps.perform("meetings", made.id, "修改", {"旁听人员": "刘芳", "主持人": "刘芳"}, admin)
    assert [r.role for r in m.attendees(made.id, admin) if r.name == "李建国"] == [m.ROLE_ATTEND]


def test_the_chair_added_to_the_people_counts_in_the_room(directory_data, admin, on_day):
    # 第二会议室 seats 12: twelve listed and the chair besides are thirteen
    listed = [p[0] for p in PEOPLE[1:13]]
    draft = make_draft(place="第二会议室", attendees=listed, chair="李建国")
    found = m.check_conflicts(draft, None, admin)
    assert [c.message for c in found if c.kind == m.ROOM_SMALL] == [
        "第二会议室只能坐 12 人，本次会议有 13 人。"]
    with pytest.raises(MeetingConflictError, match="本次会议有 13 人"):
        m.save_meeting(draft, admin)
    # eleven listed and the chair fit
    made = m.save_meeting(make_draft(place="第二会议室", attendees=listed[:11], chair="李建国"),
                          admin)
    assert made.head_count == 12
