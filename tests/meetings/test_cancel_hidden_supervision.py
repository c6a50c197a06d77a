"""保密 of the 取消 refusal of a meeting whose decisions went to 督查: a 督查 item above the
clerk's clearance (its 密级 raised since) is neither named nor counted, and nothing in the refusal
differs between one such item and two — nor, where an item he may see refuses it already, between
none and some. Refused for hidden ones alone, he is told who can do it (涉密权限足够的人员)."""

from __future__ import annotations

import re

import pytest

from officedesk.core import meetings as m
from officedesk.core import records, steps, supervision
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.store.meetings import MeetingDecision
from tests.meetings.conftest import make_draft

CLERK1 = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员乙")


@pytest.fixture
def meeting(directory_data, admin, on_day):
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)
    for seq, content in enumerate(["抓紧推进重点项目", "做好冬季安全生产", "完善应急预案"], start=1):
        MeetingDecision.create(meeting=meeting.id, seq=seq, content=content,
                               created_by="admin", updated_by="admin")
    return meeting


def _to_supervision(meeting, seq, admin):
    outcome = steps.perform("meetings", meeting.id, "议定事项转督查", {"议定事项": str(seq)}, admin)
    return records.get(supervision.SPEC, outcome.extra["supervision_id"], admin)


def _raise(item, admin):
    records.update(supervision.SPEC, item.id, {"密级": "机密"}, item.version, admin)
    return records.get(supervision.SPEC, item.id, admin)


def _refusal(meeting):
    with pytest.raises(ProcedureError) as refused:
        m.cancel(meeting.id, "改期", CLERK1)
    assert m.get(meeting.id, CLERK1).status == m.PREPARING
    return refused.value.message


def _untold(said, *hidden):
    assert not re.search(r"\d+\s*项", said), said
    for item in hidden:
        assert item.number not in said, said


def test_hidden_items_beside_a_visible_one_change_nothing_in_the_refusal(meeting, admin):
    shown = _to_supervision(meeting, 1, admin)
    without = _refusal(meeting)
    one = _raise(_to_supervision(meeting, 2, admin), admin)
    with_one = _refusal(meeting)
    two = _raise(_to_supervision(meeting, 3, admin), admin)
    with_two = _refusal(meeting)
    assert shown.number in without
    assert without == with_one == with_two
    _untold(with_two, one, two)


def test_hidden_items_alone_are_not_counted_and_say_who_can(meeting, admin):
    one = _raise(_to_supervision(meeting, 1, admin), admin)
    with_one = _refusal(meeting)
    two = _raise(_to_supervision(meeting, 2, admin), admin)
    with_two = _refusal(meeting)
    assert with_one == with_two
    _untold(with_two, one, two)
    assert "涉密权限足够的人员" in with_two, with_two
