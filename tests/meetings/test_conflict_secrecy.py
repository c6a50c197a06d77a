"""保密 of the 人员时间冲突: a person due at a meeting above the actor's clearance is only said
to be engaged during the draft's own time — no title, role or time of that meeting — and the
rule still applies (saving needs a reason)."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as m
from officedesk.core.actor import Actor
from tests.meetings.conftest import make_draft

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")


@pytest.fixture
def secret_meetings(directory_data, admin):
    """李建国 (出席) and 马俊 (列席) at a 机密 meeting 09:00–11:00; 李建国 also at a second 机密
    meeting 11:00–12:00 and at an ordinary one 10:30–11:30."""
    m.save_meeting(make_draft(title="机密会议SECRETMTG", place="第一会议室", start="2026-12-03 09:00",
                              end="2026-12-03 11:00", attendees=["李建国"], nonvoting=["马俊"],
                              secrecy="机密"), admin)
    m.save_meeting(make_draft(title="另一机密会议SECRET2", place="第二会议室",
                              start="2026-12-03 11:00", end="2026-12-03 12:00",
                              attendees=["李建国"], secrecy="机密"), admin)
    m.save_meeting(make_draft(title="普通协调会", place="市会展中心", start="2026-12-03 10:30",
                              end="2026-12-03 11:30", attendees=["李建国"]), admin,
                   override_reason="书记中途转场")


def _draft():
    return make_draft(title="普通会", place="市政府礼堂", start="2026-12-03 10:00",
                      end="2026-12-03 11:30", attendees=["李建国", "马俊", "高静"])


def test_a_person_at_a_hidden_meeting_is_only_said_to_be_engaged(secret_meetings, admin):
    found = m.check_conflicts(_draft(), None, K0)
    messages = [c.message for c in found]
    assert messages == [
        "李建国在 2026-12-03 10:30–11:30 要出席“普通协调会”，地点：市会展中心。",
        "李建国在本次会议时段（2026-12-03 10:00–11:30）另有安排。",
        "马俊在本次会议时段（2026-12-03 10:00–11:30）另有安排。",
    ]
    text = "".join(messages)
    for secret in ("SECRET", "涉密", "列席", "09:00", "11:00", "12:00"):
        assert secret not in text
    assert all(c.kind == m.PERSON_BUSY and not c.blocking for c in found)
    assert [c.other_meeting_id is None for c in found] == [False, True, True]


def test_the_rule_still_applies_and_a_cleared_actor_sees_it_whole(secret_meetings, admin):
    with pytest.raises(m.MeetingConflictError) as refused:
        m.save_meeting(_draft(), K0)
    assert "另有安排" in refused.value.message and "SECRET" not in refused.value.message
    whole = [c.message for c in m.check_conflicts(_draft(), None, admin)]
    assert "马俊在 2026-12-03 09:00–11:00 要列席“机密会议SECRETMTG”，地点：第一会议室。" in whole
    assert "李建国在 2026-12-03 11:00–12:00 要出席“另一机密会议SECRET2”，地点：第二会议室。" in whole
