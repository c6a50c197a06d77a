"""A meeting's 修改 keeps the one rule of a 密级 change (core.corrections.check_level): a clerk
does not lower it (降密 is a leader's), nor sets a level above his clearance."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from tests.meetings.conftest import make_draft

CLERK = Actor(username="mk", role="clerk", clearance=1, display_name="秘密科员")
LEADER = Actor(username="ld", role="leader", clearance=1, display_name="领导")


def test_a_clerk_does_not_lower_a_meeting_s_secrecy(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"], secrecy="秘密"), admin)
    assert meeting.secrecy == "秘密"
    with pytest.raises(ValidationError, match="降密或解密"):
        steps.perform("meetings", meeting.id, "修改", {"密级": "非密"}, CLERK)
    with pytest.raises(ValidationError, match="涉密权限只到“秘密”"):
        steps.perform("meetings", meeting.id, "修改", {"密级": "机密"}, CLERK)
    assert m.get(meeting.id, admin).secrecy == "秘密"
    steps.perform("meetings", meeting.id, "修改", {"密级": "非密"}, LEADER)
    assert m.get(meeting.id, admin).secrecy == "非密"
