"""A 议定事项 whose own 时限 has passed, sent to 督查 later: the step's 督查时限 left blank (the
window's default, and the 纪要 window's Ctrl+D, which gives none) took the decision's 时限, which
督查 refuses as before its 立项日期 (today) — desk review 22, 会议 #1, #2. Blank now takes
the decision's 时限 while it is still ahead, else the 督查 default (立项日期 + the set days);
the decision's own 时限 is kept in the item's 内容, so nothing is hidden."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps, supervision
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from tests.meetings.conftest import make_draft

HELD_ON = dt.date(2026, 7, 20)


@pytest.fixture
def decided(directory_data, admin, fixed_today):
    """A meeting held on HELD_ON whose two decisions are due 2026-08-02 and 2026-12-31."""
    fixed_today(HELD_ON)
    meeting = m.save_meeting(make_draft(start=f"{HELD_ON} 09:00", end=f"{HELD_ON} 11:30"), admin)
    m.mark_held(meeting.id, admin)
    m.save_minutes(meeting.id, "会议研究了有关事项。", [
        m.DecisionEntry("市发改委牵头完成重点项目计划编制", "市发展和改革委员会", "2026-08-02"),
        m.DecisionEntry("市财政局提请审议预算草案", "市财政局", "2026-12-31"),
    ], admin)
    return meeting


def _item(outcome) -> supervision.SupervisionItem:
    return supervision.SupervisionItem.get_by_id(outcome.extra["supervision_id"])


def test_a_decision_past_its_time_limit_goes_to_supervision_with_the_default(
        decided, admin, fixed_today):
    today = dt.date(2026, 11, 30)
    fixed_today(today)
    assert "议定事项转督查" in [s.name for s in steps.available_steps("meetings", decided.id, admin)]
    step = steps.procedure("meetings").find("议定事项转督查")
    blank = {name: value for name, value in step.defaults_for(decided, admin).items()
             if name != "decision"}
    outcome = steps.perform("meetings", decided.id, "议定事项转督查", {"decision": "1", **blank},
                            admin)
    item = _item(outcome)
    assert item.start_date == today
    assert item.deadline == supervision.default_deadline(today)
    assert "2026-08-02" in item.content  # the decision's own 时限, said in the item
    # a time limit still ahead is the decision's own, as before
    item = _item(steps.perform("meetings", decided.id, "议定事项转督查", {"decision": "2"}, admin))
    assert item.deadline == dt.date(2026, 12, 31)


def test_a_given_time_limit_is_still_judged_by_supervision(decided, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    with pytest.raises(ValidationError, match="不能早于立项日期"):
        steps.perform("meetings", decided.id, "议定事项转督查",
                      {"decision": "1", "deadline": "2026-11-01"}, admin)
    item = _item(steps.perform("meetings", decided.id, "议定事项转督查",
                               {"decision": "1", "deadline": "2026-12-15"}, admin))
    assert item.deadline == dt.date(2026, 12, 15)
    assert m.decisions(decided.id, CLI_ACTOR)[0].deadline == dt.date(2026, 8, 2)
