"""退回修改 while a draft is out for 会签 (会签中) — or held at 已会签 by an open 不同意 — is the
decision of whoever holds the chain step the draft goes on to (审核, else 签发), as everywhere
else (README: “退回 / 退回修改, the decision of whoever holds the step the 发文 waits for”): not
its drafter sending his own draft back, not a 科员 or a leader who holds no step of it."""

from __future__ import annotations

import pytest

from officedesk.core import clock, records, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing, outgoing_spec
from officedesk.core.errors import ProcedureError
from tests.chain.test_chain_core import _request

REASON = {"理由": "请按会签单位意见重写第二部分"}


def _out_for_countersign(staffed, reviewed: bool = False) -> int:
    """A 通知 drafted by 张科员, 核稿'd by 李处长 (and 审核'd by 赵副主任), then sent for 会签."""
    doc = _request(staffed["kuiyuan"], kind="通知")
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    if reviewed:
        steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed["fuzhuren"])
    steps.perform("outgoing", doc, "送会签", {"会签单位": "应急局"}, staffed["wenshu"])
    return doc


def _state(doc: int, staffed) -> str:
    return records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state


def _offered(doc: int, actor) -> bool:
    return "退回修改" in [s.name for s in steps.available_steps("outgoing", doc, actor)]


@pytest.mark.parametrize("who", ["kuiyuan", "chuzhang", "zhuren", "fuzhuren2", "xinxi"])
def test_nobody_but_the_reviewer_sends_back_a_draft_out_for_countersigning(staffed, who):
    doc = _out_for_countersign(staffed)
    assert _state(doc, staffed) == outgoing_spec.COUNTERSIGNING
    with pytest.raises(ProcedureError, match="赵副主任"):
        steps.perform("outgoing", doc, "退回修改", REASON, staffed[who])
    assert _state(doc, staffed) == outgoing_spec.COUNTERSIGNING
    assert not _offered(doc, staffed[who])  # the window offers only what core allows


def test_the_reviewer_sends_it_back_and_the_return_says_from_where(staffed):
    doc = _out_for_countersign(staffed)
    assert _offered(doc, staffed["fuzhuren"])
    steps.perform("outgoing", doc, "退回修改", REASON, staffed["fuzhuren"])
    assert _state(doc, staffed) == outgoing_spec.DRAFTING
    sign = responsibility.last_sign("outgoing", doc, "退回修改")
    # counted by 效能 from the step it was to go on to, not as （未记录）
    assert (sign.actor, sign.returned_from, sign.returned_to) == ("fuzhuren", "审核", "拟稿")


def test_after_the_review_the_signer_decides(staffed):
    doc = _out_for_countersign(staffed, reviewed=True)
    with pytest.raises(ProcedureError, match="孙主任"):
        steps.perform("outgoing", doc, "退回修改", REASON, staffed["fuzhuren"])
    steps.perform("outgoing", doc, "退回修改", REASON, staffed["zhuren"])
    assert responsibility.last_sign("outgoing", doc, "退回修改").returned_from == "签发"


def test_a_clerk_records_the_reviewer_s_paper_return_naming_him(staffed):
    doc = _out_for_countersign(staffed)
    with pytest.raises(ProcedureError, match="赵副主任"):
        steps.perform("outgoing", doc, "退回修改", REASON, staffed["wenshu"], person="孙主任")
    steps.perform("outgoing", doc, "退回修改", REASON, staffed["wenshu"], person="赵副主任")
    sign = responsibility.last_sign("outgoing", doc, "退回修改")
    assert (sign.mode, sign.person) == ("代录", "赵副主任")


def test_an_open_disagreement_leaves_the_return_to_the_signer(staffed):
    """已会签 with a 不同意 open: 签发 waits for 协调, and a 退回修改 is the 签发人's too."""
    doc = _out_for_countersign(staffed, reviewed=True)
    steps.perform("outgoing", doc, "会签", {"会签单位": "应急局", "会签人": "刘局长",
                                          "会签结果": "不同意", "会签意见": "范围过宽",
                                          "会签时间": clock.now()}, staffed["wenshu"])
    assert _state(doc, staffed) == outgoing_spec.COUNTERSIGNED
    with pytest.raises(ProcedureError, match="孙主任"):
        steps.perform("outgoing", doc, "退回修改", REASON, staffed["kuiyuan"])
    steps.perform("outgoing", doc, "退回修改", REASON, staffed["zhuren"])
    assert _state(doc, staffed) == outgoing_spec.DRAFTING
