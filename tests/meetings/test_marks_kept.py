"""Whom the sign-in sheet recorded (已到, 缺席; 请假 at a meeting held) stays among the meeting's
people: 修改 (or import --update) that left one out deleted his row and its mark with it — the
实到 count and the 纪要's 出席/请假 lists changed under a meeting already held, with nothing in
the record saying who had signed in. The clerk takes the mark back first (登记签到 → 未签到,
itself audited), then corrects the list."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ValidationError
from tests.meetings.conftest import make_draft

DAY = dt.date(2026, 12, 3)  # make_draft's meeting: 2026-12-03 09:00


@pytest.fixture
def held(directory_data, admin, on_day, fixed_today):
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)
    fixed_today(DAY)
    steps.perform("meetings", meeting.id, "登记签到",
                  {"已到": "李建国、王海涛", "请假": "陈志明：出差"}, admin)
    return m.get(meeting.id, admin)


def _marks(meeting_id, admin):
    return {row.name: row.attendance for row in m.attendees(meeting_id, admin)}


@pytest.mark.parametrize(("kept", "dropped", "mark"), [
    ("李建国、陈志明", "王海涛", "已到"),
    ("李建国、王海涛", "陈志明", "请假"),
])
def test_a_marked_person_is_not_dropped_by_an_edit(held, admin, kept, dropped, mark):
    with pytest.raises(ValidationError) as exc:
        steps.perform("meetings", held.id, "修改", {"出席人员": kept}, admin)
    assert dropped in exc.value.message and mark in exc.value.message
    assert "未签到" in exc.value.message  # what to do
    assert _marks(held.id, admin) == {"李建国": "已到", "王海涛": "已到", "陈志明": "请假"}
    assert m.get(held.id, admin).version == held.version


def test_taken_back_first_the_person_may_go(held, admin):
    steps.perform("meetings", held.id, "登记签到", {"未签到": "王海涛"}, admin)
    steps.perform("meetings", held.id, "修改", {"出席人员": "李建国、陈志明"}, admin)
    assert _marks(held.id, admin) == {"李建国": "已到", "陈志明": "请假"}


def test_a_leave_before_the_meeting_does_not_hold_the_list(directory_data, admin, on_day):
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)
    steps.perform("meetings", meeting.id, "请假", {"姓名": "陈志明", "请假原因": "出差"}, admin)
    steps.perform("meetings", meeting.id, "修改", {"出席人员": "李建国、王海涛"}, admin)
    assert _marks(meeting.id, admin) == {"李建国": "", "王海涛": ""}


def test_a_sign_in_for_someone_taken_off_the_list_meanwhile_says_to_refresh(held, admin):
    """The sheet was read, then a 修改 on another workstation took 陈志明 off: the sign-in said
    “第 N 号参会人员不属于这次会议”, an internal id the clerk never saw."""
    from officedesk.core.errors import StaleRecordError

    rows = {row.name: row.id for row in m.attendees(held.id, admin)}
    steps.perform("meetings", held.id, "登记签到", {"未签到": "陈志明"}, admin)
    steps.perform("meetings", held.id, "修改", {"出席人员": "李建国、王海涛"}, admin)
    with pytest.raises(StaleRecordError, match="名单已有变动.*请刷新后重新登记签到") as exc:
        m.record_attendance(held.id, {rows["陈志明"]: (m.PRESENT, "")}, admin)
    assert str(rows["陈志明"]) not in exc.value.message
