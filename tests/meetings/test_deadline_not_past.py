"""A 报名截止 already past is refused where it is given — when a meeting still to come is added,
or its 报名截止 set or changed — and at 发通知: the notice would ask for names by a time gone
(and prints no 报名 paragraph at all). One kept as it was by another 修改, or of a meeting
already held (an old one entered), is left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, steps
from officedesk.core import meetings as m
from officedesk.core.errors import ProcedureError, ValidationError
from tests.meetings.conftest import make_draft

PASSED = "报名截止时间（2026-12-01 09:00）已过"


@pytest.fixture
def now(fixed_today, monkeypatch):
    moment = dt.datetime(2026, 12, 1, 17, 17)
    fixed_today(moment.date())
    monkeypatch.setattr(clock, "now", lambda: moment)
    return moment


def test_a_past_deadline_is_refused_when_the_meeting_is_added(directory_data, admin, now):
    with pytest.raises(ValidationError, match=PASSED) as refused:
        m.save_meeting(make_draft(attendees=["李建国"], signup_deadline="2026-12-01 09:00"), admin)
    assert refused.value.field == "signup_deadline"
    assert "请设置新的报名截止时间" in refused.value.message
    # later the same day is still ahead
    made = m.save_meeting(make_draft(attendees=["李建国"], signup_deadline="2026-12-01 18:00"),
                          admin)
    assert made.signup_deadline == dt.datetime(2026, 12, 1, 18, 0)


def test_a_past_deadline_is_refused_when_it_is_set_or_changed(directory_data, admin, now):
    made = m.save_meeting(make_draft(attendees=["李建国"]), admin)
    with pytest.raises(ValidationError, match=PASSED):
        steps.perform("meetings", made.id, "修改", {"报名截止": "2026-12-01 09:00"}, admin)
    steps.perform("meetings", made.id, "修改", {"报名截止": "2026-12-02 09:00"}, admin)
    with pytest.raises(ValidationError, match=PASSED):
        steps.perform("meetings", made.id, "修改", {"报名截止": "2026-12-01 09:00"}, admin)
    assert m.get(made.id, admin).signup_deadline == dt.datetime(2026, 12, 2, 9, 0)


def test_a_deadline_gone_by_since_is_refused_at_the_notice_only(directory_data, admin, now,
                                                                monkeypatch, fixed_today):
    made = m.save_meeting(make_draft(attendees=["李建国"], signup_deadline="2026-12-02 09:00"),
                          admin)
    later = dt.datetime(2026, 12, 2, 10, 0)
    fixed_today(later.date())
    monkeypatch.setattr(clock, "now", lambda: later)
    # another change leaves the deadline as it was: not refused for it
    steps.perform("meetings", made.id, "修改", {"备注": "请提前到场"}, admin)
    with pytest.raises(ProcedureError, match="报名截止时间（2026-12-02 09:00）已过") as refused:
        steps.perform("meetings", made.id, "发通知", {}, admin)
    assert "设置新的报名截止时间" in refused.value.message
    assert m.get(made.id, admin).status == m.PREPARING
    steps.perform("meetings", made.id, "修改", {"报名截止": "2026-12-02 17:00"}, admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    assert m.get(made.id, admin).status == m.NOTIFIED


def test_an_old_meeting_entered_keeps_its_deadline(directory_data, admin, now):
    made = m.save_meeting(make_draft(attendees=["李建国"], start="2026-11-20 09:00",
                                     end="2026-11-20 11:00", signup_deadline="2026-11-18 17:00"),
                          admin)
    assert made.signup_deadline == dt.datetime(2026, 11, 18, 17, 0)
    steps.perform("meetings", made.id, "发通知", {}, admin)  # entered after the event
    assert m.get(made.id, admin).status == m.NOTIFIED
