"""A 议定事项 transferred to 督查 keeps its 内容, 牵头单位 and 时限: a later 纪要 rewriting them is
refused (the 督查 item would keep the old text while the printed 纪要 says the new), as its
removal is, with what to do; the 督查 item is named only to who may see it. Its place in the
list may change, and the items not transferred may be changed as before."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.store.supervision import SupervisionItem
from tests.meetings.conftest import make_draft


@pytest.fixture
def sent(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(), admin)
    m.mark_held(meeting.id, admin)
    m.save_minutes(meeting.id, "会议研究了重点项目。",
                   [m.DecisionEntry("编制重点项目计划", "市发展和改革委员会", "2026-12-31"),
                    m.DecisionEntry("提请审议预算草案", "市财政局")], admin)
    item = m.send_to_supervision(m.decisions(meeting.id, admin)[0].id, admin)
    assert item.number
    return meeting, item


def _minutes(meeting, admin, first: m.DecisionEntry, actor: Actor | None = None) -> None:
    rows = m.decisions(meeting.id, admin)
    second = m.DecisionEntry(rows[1].content, rows[1].lead_unit, rows[1].deadline, rows[1].id)
    m.save_minutes(meeting.id, "会议研究了重点项目。", [first, second], actor or admin)


@pytest.mark.parametrize("change", [
    {"content": "取消原定事项，不再办理"},
    {"lead_unit": "市财政局"},
    {"deadline": dt.date(2027, 3, 31)},
    {"deadline": None},
])
def test_a_transferred_decision_is_not_rewritten(sent, admin, change):
    meeting, item = sent
    row = m.decisions(meeting.id, admin)[0]
    entry = {"content": row.content, "lead_unit": row.lead_unit, "deadline": row.deadline,
             "id": row.id, **change}
    with pytest.raises(ProcedureError) as refused:
        _minutes(meeting, admin, m.DecisionEntry(**entry))
    assert f"已转督查（{item.number}）" in str(refused.value)
    assert "请在督查事项中办理" in str(refused.value)
    kept = m.decisions(meeting.id, admin)[0]
    assert (kept.content, kept.lead_unit, kept.deadline) == (
        "编制重点项目计划", "市发展和改革委员会", dt.date(2026, 12, 31))


def test_the_reviewers_step_is_refused(sent, admin):
    meeting, _ = sent
    with pytest.raises(ProcedureError, match="已转督查"):
        steps.perform("meetings", meeting.id, "纪要", {
            "议定事项": "取消原定事项，不再办理｜市财政局｜2026-12-31｜1\n提请审议预算草案｜市财政局｜｜2"},
            admin)
    assert m.decisions(meeting.id, admin)[0].content == "编制重点项目计划"


def test_unchanged_it_may_move_and_others_change(sent, admin):
    meeting, _ = sent
    rows = m.decisions(meeting.id, admin)
    m.save_minutes(meeting.id, "改写的纪要", [
        m.DecisionEntry("提请人大审议预算草案", "市财政局", None, rows[1].id),
        m.DecisionEntry(rows[0].content, rows[0].lead_unit, rows[0].deadline, rows[0].id)], admin)
    now = m.decisions(meeting.id, admin)
    assert [(d.seq, d.content) for d in now] == [(1, "提请人大审议预算草案"), (2, "编制重点项目计划")]
    assert now[1].supervision_id is not None


def test_an_item_above_the_actors_clearance_is_not_named(sent, admin):
    meeting, item = sent
    SupervisionItem.update(secrecy="机密").where(SupervisionItem.id == item.id).execute()
    clerk = Actor(username="clerk", role="clerk", clearance=1, display_name="科员")
    row = m.decisions(meeting.id, admin)[0]
    with pytest.raises(ProcedureError) as refused:
        _minutes(meeting, admin, m.DecisionEntry("改写", row.lead_unit, row.deadline, row.id),
                 clerk)
    text = str(refused.value)
    assert "已转督查" in text and item.number not in text and f"第 {item.id} 号" not in text


def test_sending_it_again_names_no_item_above_the_clearance(sent, admin):
    meeting, item = sent
    row = m.decisions(meeting.id, admin)[0]
    with pytest.raises(ProcedureError) as refused:
        m.send_to_supervision(row.id, admin)
    assert f"督查事项 {item.id}" in str(refused.value)  # who may see it is told which
    SupervisionItem.update(secrecy="机密").where(SupervisionItem.id == item.id).execute()
    clerk = Actor(username="clerk", role="clerk", clearance=1, display_name="科员")
    with pytest.raises(ProcedureError) as refused:
        m.send_to_supervision(row.id, clerk)
    assert "已经转督查" in str(refused.value) and str(item.id) not in str(refused.value)


def test_its_removal_is_refused_without_sending_the_clerk_to_an_item_he_cannot_see(sent, admin):
    """The refusal of a removal told everyone to void the 督查 item in “督查”: a clerk below
    its 密级 was sent to an item he cannot find. He is told who can; who may see it is told which."""
    meeting, item = sent
    rows = m.decisions(meeting.id, admin)
    only_second = [m.DecisionEntry(rows[1].content, rows[1].lead_unit, rows[1].deadline, rows[1].id)]
    with pytest.raises(ProcedureError) as refused:
        m.save_minutes(meeting.id, "会议研究了重点项目。", only_second, admin)
    assert f"已转督查（{item.number}），不能删除" in str(refused.value)
    assert "请在“督查”中作废其督查事项" in str(refused.value)
    SupervisionItem.update(secrecy="机密").where(SupervisionItem.id == item.id).execute()
    clerk = Actor(username="clerk", role="clerk", clearance=1, display_name="科员")
    with pytest.raises(ProcedureError) as refused:
        m.save_minutes(meeting.id, "会议研究了重点项目。", only_second, clerk)
    text = str(refused.value)
    assert "已转督查，不能删除" in text and item.number not in text
    assert "请在“督查”中作废" not in text and "可查看该督查事项的人员" in text
    assert [d.content for d in m.decisions(meeting.id, admin)][0] == "编制重点项目计划"
