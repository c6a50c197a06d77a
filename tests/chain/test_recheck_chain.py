"""复核 and 退回复审 in an office whose approval chain holds (逐级负责): the office's clerk does
复核; a 退回复审 puts the document back in the original signer's own 待办, and only he (or his
代理) signs it again."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import chains, my_work, positions, records, responsibility, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import PermissionDeniedError, ProcedureError
from tests.chain.test_chain_core import _request, _to_signing
from tests.staff import make_staff

REASON = "请示事项的经费数额与附件不一致"


def _signed(staffed) -> int:
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "签发", {"签发意见": "同意印发"}, staffed["zhuren"])
    return doc


def test_the_office_s_clerk_rechecks_before_numbering(staffed):
    doc = _signed(staffed)
    with pytest.raises(PermissionDeniedError, match="“复核”只能由"):
        steps.perform("outgoing", doc, "复核", {}, staffed["zhuren"])
    with pytest.raises(ProcedureError, match="此时可以：复核、退回复审"):
        steps.perform("outgoing", doc, "编号", {}, staffed["wenshu"])
    steps.perform("outgoing", doc, "复核", {}, staffed["wenshu"])
    sign = responsibility.last_sign("outgoing", doc, "复核")
    assert (sign.mode, sign.person) == ("本人", "周文书")
    assert steps.perform("outgoing", doc, "编号", {}, staffed["wenshu"]).state == "已编号"


def test_a_return_for_rereview_waits_for_the_original_signer(staffed):
    doc = _signed(staffed)
    assert my_work.my_pending(staffed["zhuren"]) == []
    steps.perform("outgoing", doc, "退回复审", {"理由": REASON}, staffed["wenshu"])
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "复审中"
    item, = my_work.my_pending(staffed["zhuren"])
    assert (item.record_id, item.step) == (doc, "签发")
    with pytest.raises(ProcedureError, match="“签发”应由主任（孙主任）办理"):
        steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren"])
    with pytest.raises(ProcedureError, match="“签发”应由主任"):  # his decision, not the drafter's
        steps.perform("outgoing", doc, "退回修改", {"理由": "改"}, staffed["kuiyuan"])
    steps.perform("outgoing", doc, "签发", {"签发意见": "同意，按复核意见改正"}, staffed["zhuren"])
    assert my_work.my_pending(staffed["zhuren"]) == []
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "已签发"


def test_the_original_signer_s_substitute_may_sign_again_nobody_else(staffed):
    doc = _signed(staffed)
    steps.perform("outgoing", doc, "退回复审", {"理由": REASON}, staffed["wenshu"])
    # another 主任 holds the chain's 签发 too, but the 复审 is the original signer's
    other = make_staff([("zhuren2", "郑主任", "leader", "办公室领导", "主任", "", False)])
    with pytest.raises(ProcedureError, match="已退回原签批人孙主任复审，应由孙主任重新签发"):
        steps.perform("outgoing", doc, "签发", {}, other["zhuren2"])
    positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                             staffed["zhuren"], "出差")
    steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren2"])
    sign = responsibility.last_sign("outgoing", doc, "签发")
    assert (sign.mode, sign.person, sign.actor_name) == ("代理", "孙主任", "钱副主任")
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "已签发"


def test_a_signer_who_may_not_sign_now_does_not_block_the_document(staffed):
    """Signed before the chain held by one who does not hold its 签发 now: the 主任 may not sign
    in his place, but sends the draft back for the change, and it is signed anew."""
    settings.put(chains.ENFORCE.key, "否")
    doc = _request(staffed["kuiyuan"], kind="通知")
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, staffed["wenshu"])
    steps.perform("outgoing", doc, "签发", {"签发人": "赵副主任"}, staffed["wenshu"])
    settings.put(chains.ENFORCE.key, "是")
    steps.perform("outgoing", doc, "退回复审", {"理由": REASON}, staffed["wenshu"])
    with pytest.raises(ProcedureError, match="应由赵副主任重新签发.*请“退回修改”"):
        steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    steps.perform("outgoing", doc, "退回修改", {"理由": "按复核意见改稿"}, staffed["zhuren"])
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    assert (record.state, record.signer) == ("拟稿中", "")
    assert [(i.record_id, i.step) for i in my_work.my_pending(staffed["kuiyuan"])] == [
        (doc, "拟稿")]  # back with the drafter, to be signed anew after 核稿 and 审核
