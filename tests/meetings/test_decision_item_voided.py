"""A decision sent to 督查 by mistake has a way back (defect: the 纪要 said “如需撤销或调整，请在督查
事项中办理”, but the item, numbered, can only be voided — and once voided the decision stayed
tied to it: it could not be corrected, deleted or sent again, still shown as 已转督查). Voiding
the item frees its decision, the meeting's trail says so, and the chain and rows still check."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, integrity, lifecycle, steps
from officedesk.core import meetings as m
from officedesk.core.errors import ProcedureError
from tests.meetings.conftest import make_draft


@pytest.fixture
def sent(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    m.save_minutes(meeting.id, "纪要", [m.DecisionEntry("甲事项", "市财政局", "2026-12-31"),
                                      m.DecisionEntry("乙事项", "市教育局", "2026-12-31")], admin)
    outcome = steps.perform("meetings", meeting.id, "议定事项转督查", {"decision": "1"}, admin)
    return meeting, outcome.extra["supervision_id"]


def test_a_voided_item_frees_its_decision(sent, admin):
    meeting, item_id = sent
    with pytest.raises(ProcedureError, match="已转督查（[^）]+），不能删除。如属误转，请在“督查”中作废其督查事项"):
        m.save_minutes(meeting.id, "纪要", [m.DecisionEntry("乙事项", "市教育局", "2026-12-31")], admin)
    lifecycle.void_record("supervision", item_id, admin, "误转：应转第二项")
    first = m.decisions(meeting.id, admin)[0]
    assert first.content == "甲事项" and first.supervision_id is None
    assert "已作废，可重新转督查" in audit.history("meetings", meeting.id)[-1].summary
    # sent again, as a new item
    again = steps.perform("meetings", meeting.id, "议定事项转督查", {"decision": "1"}, admin)
    assert again.extra["supervision_id"] != item_id
    assert audit.verify_chain() == [] and list(integrity.check_rows()) == []


def test_a_freed_decision_may_be_corrected_or_deleted(sent, admin):
    meeting, item_id = sent
    lifecycle.void_record("supervision", item_id, admin, "误转")
    m.save_minutes(meeting.id, "纪要", [m.DecisionEntry("乙事项", "市教育局", "2026-12-31")], admin)
    assert [d.content for d in m.decisions(meeting.id, admin)] == ["乙事项"]
