"""逐级负责: 核稿, 审核, 签发 and 复核 are someone else's check of a draft — its 拟稿人 does none of
them (himself, as someone's 代理, or named by a 代录 clerk), and one person does not do two
levels of a record that the chain gives to different positions (核稿 and 签发). A 代理 is not
someone in a unit the principal is in charge of (分管)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import my_work, positions, responsibility, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError, ValidationError
from tests.chain.test_chain_core import _to_signing
from tests.staff import make_staff

PERIOD = (dt.date(2026, 11, 16), dt.date(2026, 11, 20))


def _draft(actor, drafter="张科员"):
    return outgoing.draft({"标题": "关于做好年终工作的通知", "文种": "通知", "拟稿单位": "综合处",
                           "拟稿人": drafter, "主送": "各乡镇"}, actor).id


def _second_chief():
    return make_staff([("chuzhang2", "王科长", "clerk", "综合处", "科长", "", False)])["chuzhang2"]


def test_the_drafter_may_not_check_his_own_draft(staffed):
    other = _second_chief()
    doc = _draft(staffed["chuzhang"], drafter="李处长")
    with pytest.raises(ProcedureError, match="李处长是这件发文的拟稿人，不能“核稿”"):
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    # the window does not offer it to him
    assert "核稿" not in [s.name for s in steps.available_steps("outgoing", doc, staffed["chuzhang"])]
    assert [i.step for i in my_work.my_pending(other)] == ["核稿"]
    steps.perform("outgoing", doc, "核稿", {}, other)
    assert responsibility.last_sign("outgoing", doc, "核稿").person == "王科长"


def test_a_proxy_entry_naming_the_drafter_is_refused(staffed):
    _second_chief()
    doc = _draft(staffed["chuzhang"], drafter="李处长")
    for actor in (staffed["wenshu"], CLI_ACTOR):
        with pytest.raises(ProcedureError, match="李处长是这件发文的拟稿人，不能“核稿”"):
            steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, actor)
    steps.perform("outgoing", doc, "核稿", {"核稿人": "王科长"}, staffed["wenshu"])


def test_a_document_added_as_checked_by_its_drafter_is_refused(staffed):
    with pytest.raises(ValidationError, match="李处长是这件发文的拟稿人，不能“核稿”"):
        outgoing.draft({"标题": "关于做好年终工作的通知", "文种": "通知", "拟稿单位": "综合处",
                        "拟稿人": "李处长", "核稿人": "李处长", "主送": "各乡镇", "状态": "已核稿"},
                       staffed["wenshu"])


def test_the_drafter_may_not_sign_his_draft_as_a_substitute(staffed):
    doc = _draft(staffed["kuiyuan"])
    _to_signing(doc, staffed)
    positions.set_delegation("zhuren", "kuiyuan", *PERIOD, staffed["zhuren"], "出差")
    with pytest.raises(ProcedureError, match="张科员是这件发文的拟稿人，不能“签发”（代理孙主任）"):
        steps.perform("outgoing", doc, "签发", {}, staffed["kuiyuan"])
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])


def test_the_drafter_may_not_recheck_the_signed_draft(staffed):
    doc = _draft(staffed["kuiyuan"], drafter="周文书")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    with pytest.raises(ProcedureError, match="周文书是这件发文的拟稿人，不能“复核”"):
        steps.perform("outgoing", doc, "复核", {}, staffed["wenshu"])
    with pytest.raises(ProcedureError, match="周文书是这件发文的拟稿人，不能“复核”"):
        steps.perform("outgoing", doc, "复核", {"复核人": "周文书"}, CLI_ACTOR)
    steps.perform("outgoing", doc, "复核", {"复核人": "李处长"}, CLI_ACTOR)


def test_one_person_does_not_do_two_levels_the_chain_gives_to_two_positions(staffed):
    doc = _draft(staffed["kuiyuan"])
    _to_signing(doc, staffed)  # 核稿 李处长, 审核 赵副主任
    positions.set_delegation("zhuren", "fuzhuren", *PERIOD, staffed["zhuren"], "出差")
    with pytest.raises(ProcedureError, match="赵副主任已“审核”这件发文，不能再“签发”（代理孙主任）"):
        steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren"])
    positions.set_delegation("zhuren", "chuzhang", *PERIOD, staffed["zhuren"], "出差")
    with pytest.raises(ProcedureError, match="李处长已“核稿”这件发文，不能再“签发”"):
        steps.perform("outgoing", doc, "签发", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])


def test_a_chain_that_gives_two_levels_to_one_position_lets_one_person_do_both(staffed):
    settings.put("chain.outgoing",
                 "拟稿 科员、处长@本单位\n核稿 处长@本单位\n审核 主任\n签发 主任")
    doc = _draft(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "审核", {}, staffed["zhuren"])
    assert steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"]).state == "已签发"


def test_a_substitute_is_not_in_a_unit_the_principal_is_in_charge_of(staffed):
    with pytest.raises(ValidationError, match="张科员（综合处科员）在赵副主任分管的综合处"):
        positions.set_delegation("fuzhuren", "kuiyuan", *PERIOD, CLI_ACTOR)
    with pytest.raises(ValidationError, match="李处长（综合处处长）在赵副主任分管的综合处"):
        positions.set_delegation("fuzhuren", "chuzhang", *PERIOD, staffed["fuzhuren"])
    positions.set_delegation("fuzhuren", "fuzhuren2", *PERIOD, staffed["fuzhuren"])


def test_the_clerk_who_proposed_does_not_decide_as_the_director_s_substitute(staffed):
    from tests.chain.test_chain_clearance import _incoming

    doc = _incoming("非密")
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请孙主任阅示"}, staffed["wenshu"])
    positions.set_delegation("zhuren", "wenshu", *PERIOD, staffed["zhuren"], "出差")
    with pytest.raises(ProcedureError, match="周文书已“拟办”这件收文，不能再“批办”（代理孙主任）"):
        steps.perform("incoming", doc, "批办", {"批示内容": "同意"}, staffed["wenshu"])
    steps.perform("incoming", doc, "批办", {"批示内容": "同意"}, staffed["zhuren"])
