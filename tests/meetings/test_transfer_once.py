"""A 议定事项 goes to 督查 once, even from two workstations at once. On PostgreSQL (read
committed) both read the decision as not yet sent, both made an item, and the second's write of
the decision's link went over the first's: two 督查 items for one decision, the first linked from
nowhere. The link is written only while the decision has none; the later transfer is refused
and its item taken back with it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import supervision
from officedesk.core.errors import ProcedureError
from officedesk.store.meetings import MeetingDecision
from officedesk.store.supervision import SupervisionItem
from tests.meetings.conftest import make_draft


@pytest.fixture
def decision(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(), admin)
    m.mark_held(meeting.id, admin)
    m.save_minutes(meeting.id, "会议研究了重点项目。",
                   [m.DecisionEntry("编制重点项目计划", "市发展和改革委员会", "2026-12-31")], admin)
    return m.decisions(meeting.id, admin)[0]


def test_a_decision_sent_meanwhile_is_not_sent_again(decision, admin, monkeypatch):
    made = supervision.create_item_from_source
    other: list[int] = []

    def meanwhile(**kwargs):
        # the other workstation's transfer commits while this one makes its item
        first = made(**kwargs)
        other.append(first.id)
        MeetingDecision.update(supervision_id=first.id).where(
            MeetingDecision.id == decision.id).execute()
        return made(**kwargs)

    monkeypatch.setattr(supervision, "create_item_from_source", meanwhile)
    with pytest.raises(ProcedureError, match="已经转督查"):
        m.send_to_supervision(decision.id, admin)
    # all of this transfer is taken back (here the "other" one rode in the same transaction)
    assert SupervisionItem.select().count() == 0
    assert MeetingDecision.get_by_id(decision.id).supervision_id is None


def test_one_transfer_links_its_item(decision, admin):
    item = m.send_to_supervision(decision.id, admin)
    assert MeetingDecision.get_by_id(decision.id).supervision_id == item.id
    with pytest.raises(ProcedureError, match="已经转督查"):
        m.send_to_supervision(decision.id, admin)
    assert SupervisionItem.select().count() == 1


@pytest.fixture
def sent_meanwhile(decision, monkeypatch):
    """A 纪要 being saved while another workstation sends its decision to 督查: the transfer
    commits after the 纪要 read the decisions, before it writes them."""
    from officedesk.core.meetings import proceedings

    read = proceedings._deadlines_from_the_meeting

    def then_sent(*args, **kwargs):
        MeetingDecision.update(supervision_id=999, version=MeetingDecision.version + 1).where(
            MeetingDecision.id == decision.id).execute()
        return read(*args, **kwargs)

    monkeypatch.setattr(proceedings, "_deadlines_from_the_meeting", then_sent)
    return decision


@pytest.mark.parametrize("entries", [
    [m.DecisionEntry("改写后的议定事项", "市财政局", "2026-12-31")],  # rewritten
    [],  # removed
], ids=["rewritten", "removed"])
def test_minutes_do_not_rewrite_a_decision_sent_meanwhile(sent_meanwhile, admin, entries):
    decision = sent_meanwhile
    if entries:
        entries = [m.DecisionEntry(entries[0].content, entries[0].lead_unit,
                                   entries[0].deadline, decision.id)]
    with pytest.raises(ProcedureError, match="刷新"):
        m.save_minutes(decision.__data__["meeting"], "会议研究了重点项目。", entries, admin)
    kept = MeetingDecision.get_or_none(MeetingDecision.id == decision.id)
    assert kept is not None and (kept.content, kept.lead_unit) == ("编制重点项目计划", "市发展和改革委员会")
