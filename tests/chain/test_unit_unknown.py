"""A chain step bound to the record's unit (@本单位, @分管) on a record without one: a 发文 with
no 拟稿单位 is nobody's to 核稿 or 审核 until it is filled in; a 收文, which has its 承办单位 only
after 批办, goes to the 主任 and to the 副主任 its 拟办意见 names — not to every 副主任."""

from __future__ import annotations

import pytest

from officedesk.core import chains, my_work, records, responsibility, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import ProcedureError

NO_UNIT = "这件发文没有填写拟稿单位，无法确定“{step}”应由{who}办理。请先填写拟稿单位"


def _draft(actor, **more):
    return outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿人": "张科员", **more},
                          actor).id


def _pending(actor):
    return [(i.registry, i.record_id, i.step) for i in my_work.my_pending(actor)]


def test_a_draft_without_its_unit_is_checked_by_nobody_until_it_is_filled_in(staffed):
    doc = _draft(staffed["kuiyuan"])
    refused = NO_UNIT.format(step="核稿", who="哪个单位的处长或科长")
    for who in ("xinxi", "chuzhang"):
        with pytest.raises(ProcedureError, match=refused):
            steps.perform("outgoing", doc, "核稿", {}, staffed[who])
        assert "核稿" not in [s.name for s in steps.available_steps("outgoing", doc, staffed[who])]
    with pytest.raises(ProcedureError, match=refused):  # nobody to record it for either
        steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, staffed["wenshu"])
    assert _pending(staffed["xinxi"]) == [] and _pending(staffed["chuzhang"]) == []
    # the drafter fills it in (修改, the chain's first step: where the unit is written)
    steps.perform("outgoing", doc, "修改", {"拟稿单位": "综合处"}, staffed["kuiyuan"])
    assert _pending(staffed["chuzhang"]) == [("outgoing", doc, "核稿")]
    with pytest.raises(ProcedureError, match="应由本单位的处长或科长（李处长）办理；您是信息处处长"):
        steps.perform("outgoing", doc, "核稿", {}, staffed["xinxi"])
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    with pytest.raises(ProcedureError, match="分管该单位的副主任（赵副主任）"):
        steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren2"])
    steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren"])


def test_a_draft_checked_before_the_chain_held_is_sent_back_to_get_its_unit(staffed):
    settings.put(chains.ENFORCE.key, "否")
    doc = _draft(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, staffed["xinxi"])
    settings.put(chains.ENFORCE.key, "是")
    for who in ("fuzhuren", "fuzhuren2"):
        with pytest.raises(ProcedureError, match=NO_UNIT.format(step="审核",
                                                                who="分管哪个单位的副主任")):
            steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed[who])
        assert _pending(staffed[who]) == []
    with pytest.raises(ProcedureError, match="“审核”应由"):  # the drafter does not decide it
        steps.perform("outgoing", doc, "退回修改", {"理由": "补填拟稿单位"}, staffed["kuiyuan"])
    steps.perform("outgoing", doc, "退回修改", {"理由": "补填拟稿单位"}, staffed["fuzhuren2"])
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "拟稿中"
    assert _pending(staffed["kuiyuan"]) == [("outgoing", doc, "拟稿")]
    steps.perform("outgoing", doc, "修改", {"拟稿单位": "综合处"}, staffed["kuiyuan"])
    assert _pending(staffed["chuzhang"]) == [("outgoing", doc, "核稿")]


def _proposed(staffed, proposal):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于防汛的通知"},
                           staffed["wenshu"]).id
    steps.perform("incoming", doc, "登记", {}, staffed["wenshu"])
    steps.perform("incoming", doc, "初审", {}, staffed["wenshu"])
    steps.perform("incoming", doc, "拟办", {"拟办意见": proposal}, staffed["wenshu"])
    return doc


def test_an_incoming_document_goes_to_the_leader_its_proposal_names_and_the_director(staffed):
    doc = _proposed(staffed, "请赵副主任阅示")
    assert _pending(staffed["fuzhuren"]) == [("incoming", doc, "批办")]
    assert _pending(staffed["zhuren"]) == [("incoming", doc, "批办")]
    assert _pending(staffed["fuzhuren2"]) == []
    assert "批办" not in [s.name for s in steps.available_steps("incoming", doc,
                                                                staffed["fuzhuren2"])]
    who = "“批办”应由拟办意见呈请的副主任或主任（赵副主任、孙主任）办理"
    with pytest.raises(ProcedureError, match=who):
        steps.perform("incoming", doc, "批办", {"批示内容": "请督查室跟踪"}, staffed["fuzhuren2"])
    with pytest.raises(ProcedureError, match="钱副主任不能“批办”：应由拟办意见呈请的副主任或主任"):
        steps.perform("incoming", doc, "批办", {"批示内容": "阅", "批示领导": "钱副主任"},
                      staffed["wenshu"])
    steps.perform("incoming", doc, "批办", {"批示内容": "请综合处落实"}, staffed["fuzhuren"])
    assert responsibility.last_sign("incoming", doc, "批办").person == "赵副主任"


def test_a_proposal_that_names_no_leader_goes_to_the_director(staffed):
    doc = _proposed(staffed, "拟请领导阅示")
    assert _pending(staffed["zhuren"]) == [("incoming", doc, "批办")]
    assert _pending(staffed["fuzhuren"]) == [] and _pending(staffed["fuzhuren2"]) == []
    with pytest.raises(ProcedureError, match="应由拟办意见呈请的副主任或主任（孙主任）办理"):
        steps.perform("incoming", doc, "批办", {"批示内容": "阅"}, staffed["fuzhuren"])
    steps.perform("incoming", doc, "批办", {"批示内容": "请综合处落实"}, staffed["zhuren"])
