"""协调 of a 会签 不同意 is the 签发人's decision (README): in an office whose approval chain
holds, only the holder of the chain's 签发 (or his 代理, or a 代录 clerk naming him) records it —
never the drafter naming himself — and the one who resolved it signs."""

from __future__ import annotations

import pytest

from officedesk.core import clock, records, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from tests.chain.test_chain_core import _request, _to_signing
from tests.staff import make_staff


def _disagreed(staffed) -> int:
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "送会签", {"会签单位": "应急局"}, staffed["wenshu"])
    steps.perform("outgoing", doc, "会签", {"会签单位": "应急局", "会签人": "刘局长",
                                          "会签结果": "不同意", "会签意见": "检查范围过宽",
                                          "会签时间": clock.now()},
                  staffed["wenshu"])
    return doc


def test_the_drafter_may_not_record_a_coordination(staffed):
    doc = _disagreed(staffed)
    with pytest.raises(ProcedureError, match="孙主任"):
        steps.perform("outgoing", doc, "协调", {"签发人": "张科员", "协调意见": "不采纳应急局意见"},
                      staffed["kuiyuan"])
    with pytest.raises(ProcedureError, match="孙主任"):
        steps.perform("outgoing", doc, "协调", {"协调意见": "不采纳应急局意见"}, staffed["kuiyuan"])
    # a clerk who may record for others names the 签发人, not the drafter
    with pytest.raises(ProcedureError, match="张科员不能“协调”.*孙主任"):
        steps.perform("outgoing", doc, "协调", {"签发人": "张科员", "协调意见": "不采纳"},
                      staffed["wenshu"])
    with pytest.raises(ProcedureError, match="张科员不能“协调”"):
        steps.perform("outgoing", doc, "协调", {"协调意见": "不采纳"}, CLI_ACTOR, person="张科员")
    assert outgoing.disagreements(doc, CLI_ACTOR)


def test_the_signer_coordinates_and_signs(staffed):
    doc = _disagreed(staffed)
    steps.perform("outgoing", doc, "协调", {"协调意见": "不采纳应急局意见"}, staffed["zhuren"])
    sign = responsibility.last_sign("outgoing", doc, "协调")
    assert (sign.mode, sign.person) == ("本人", "孙主任")
    assert outgoing.countersigns(doc, CLI_ACTOR)[0].resolution.startswith("孙主任协调：不采纳应急局意见")
    other = make_staff([("zhuren2", "郑主任", "leader", "办公室领导", "主任", "", False)])
    with pytest.raises(ProcedureError, match="已由孙主任协调.*应由孙主任签发"):
        steps.perform("outgoing", doc, "签发", {}, other["zhuren2"])
    steps.perform("outgoing", doc, "签发", {"签发意见": "同意"}, staffed["zhuren"])
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).signer == "孙主任"


def test_a_clerk_records_the_signer_s_coordination_for_him(staffed):
    doc = _disagreed(staffed)
    steps.perform("outgoing", doc, "协调", {"签发人": "孙主任", "协调意见": "按原稿"},
                  staffed["wenshu"])
    sign = responsibility.last_sign("outgoing", doc, "协调")
    assert (sign.mode, sign.person) == ("代录", "孙主任")


def test_a_return_before_the_coordination_says_the_disagreement_holds_it(staffed):
    """The chain holds: what stops a 退回 is the open 不同意 (签发 waits for 协调), as 签发's
    refusal says — not “审批链未启用”."""
    doc = _disagreed(staffed)
    with pytest.raises(ProcedureError) as caught:
        steps.perform("outgoing", doc, "退回", {"退回到": "审核", "理由": "再看"}, staffed["zhuren"])
    said = caught.value.message
    assert "审批链未启用" not in said
    assert "会签单位不同意：应急局（检查范围过宽）" in said and "协调" in said
