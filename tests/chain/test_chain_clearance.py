"""逐级负责 and 密级: a step of a classified record is held only by someone cleared for its 密级.
Nobody below it is named as a holder, does it, has it recorded for him (代录) or done for him
(代理), and no substitute below it acts on it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import chains, clock, my_work, records, responsibility, steps, users
from officedesk.core import positions as posts
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import PermissionDeniedError, ProcedureError


def _incoming(level: str) -> int:
    """A 收文 of that 密级 waiting for 拟办 (the command line registered it)."""
    values = {"文种": "通知", "来文机关": "省委办", "标题": f"{level}来文", "密级": level}
    if level != "非密":
        values["保密期限"] = "10年"
    doc = incoming.sign_in(values, CLI_ACTOR).id
    steps.perform("incoming", doc, "登记", {}, CLI_ACTOR)
    steps.perform("incoming", doc, "初审", {}, CLI_ACTOR)
    return doc


def _entry(registry: str, record_id: int, step: str):
    record = records.get(records_spec(registry), record_id, CLI_ACTOR)
    chain = chains.chain_for(registry, record)
    assert chain is not None
    return record, chain.find(step)


def records_spec(registry: str):
    from officedesk.core import registry as registries

    return registries.get(registry)


def test_a_leader_below_the_secrecy_is_no_holder_and_nobody_records_for_him(staffed):
    doc = _incoming("机密")
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请赵副主任阅示"}, staffed["wenshu"])
    users.set_clearance("fuzhuren", 1, CLI_ACTOR)  # 赵副主任: 秘密 only
    record, entry = _entry("incoming", doc, "批办")
    cleared = [p.label for p in responsibility.holders("incoming", record, entry)]
    assert "孙主任" in cleared and "赵副主任" not in cleared
    for clerk in (CLI_ACTOR, staffed["wenshu"]):  # the command line and the 代录 clerk
        with pytest.raises(ProcedureError) as refused:
            steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示领导": "赵副主任"}, clerk)
        assert "赵副主任的密级权限（秘密）低于这件的密级（机密）" in refused.value.message
        assert "孙主任" in refused.value.message.split("应由")[1]  # a cleared holder is named
        assert "赵副主任" not in refused.value.message.split("应由")[1]
    assert records.get(records_spec("incoming"), doc, CLI_ACTOR).state == "已拟办"
    assert my_work.my_pending(staffed["zhuren"])[0].record_id == doc
    steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示领导": "孙主任",
                                          "批示时间": clock.now()}, CLI_ACTOR)
    assert responsibility.last_sign("incoming", doc, "批办").person == "孙主任"


def test_a_post_nobody_cleared_holds_says_to_ask_the_administrator(staffed):
    secret, plain = _incoming("机密"), _incoming("非密")
    users.set_clearance("wenshu", 1, CLI_ACTOR)  # the only 秘书科 科员
    record, entry = _entry("incoming", secret, "拟办")
    assert responsibility.holders("incoming", record, entry) == []
    with pytest.raises(ProcedureError) as refused:
        steps.perform("incoming", secret, "拟办", {"拟办意见": "请阅"}, CLI_ACTOR, person="周文书")
    assert "周文书的密级权限（秘密）低于这件的密级（机密）" in refused.value.message
    assert "都没有“机密”的密级权限，请管理员" in refused.value.message
    with pytest.raises(PermissionDeniedError):  # and he himself cannot even open it
        steps.perform("incoming", secret, "拟办", {"拟办意见": "请阅"}, staffed["wenshu"])
    assert [i.record_id for i in my_work.my_pending(staffed["wenshu"])] == [plain]
    steps.perform("incoming", plain, "拟办", {"拟办意见": "请阅"}, CLI_ACTOR, person="周文书")


def _secret_request(staffed) -> int:
    doc = outgoing.draft({"标题": "关于经费的请示", "文种": "请示", "拟稿单位": "综合处", "拟稿人": "张科员",
                          "上行文": "是", "主送": "中共云山市委", "密级": "机密", "保密期限": "10年"},
                         staffed["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed["fuzhuren"])
    posts.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                         CLI_ACTOR, "出差")
    return doc


def test_no_substitute_acts_for_a_principal_below_the_secrecy(staffed):
    doc = _secret_request(staffed)
    users.set_clearance("zhuren", 1, CLI_ACTOR)  # the director himself is not cleared for it
    assert my_work.my_pending(staffed["fuzhuren2"]) == []
    with pytest.raises(ProcedureError) as refused:
        steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren2"])
    assert "孙主任的密级权限（秘密）低于这件的密级（机密）" in refused.value.message
    assert "代理时也不能" in refused.value.message
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "已核稿"


def test_a_substitute_below_the_secrecy_cannot_act_on_it(staffed):
    doc = _secret_request(staffed)
    users.set_clearance("fuzhuren2", 1, CLI_ACTOR)  # 钱副主任, the substitute
    assert my_work.my_pending(staffed["fuzhuren2"]) == []
    with pytest.raises(PermissionDeniedError):
        steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren2"])
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    refusal = responsibility.capacity("outgoing", "签发", record, staffed["fuzhuren2"], "")
    assert isinstance(refusal, str) and "钱副主任的密级权限（秘密）低于这件的密级（机密）" in refusal
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])  # the director, back
    assert responsibility.last_sign("outgoing", doc, "签发").mode == "本人"


def test_before_the_chain_holds_the_command_line_records_for_nobody_below_the_secrecy(db):
    users.create_user("k0", "pass1234x", "clerk", CLI_ACTOR, display_name="低密科员", clearance=0)
    assert not chains.enforced()  # nobody has a post yet
    doc = _incoming("机密")
    with pytest.raises(ProcedureError, match="这件的密级为机密，拟办人低密科员（公开）的密级权限低于它"):
        steps.perform("incoming", doc, "拟办", {"拟办意见": "请阅"}, CLI_ACTOR, person="低密科员")
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请阅"}, CLI_ACTOR, person="王主任")  # no account


def test_a_readonly_account_in_a_post_holds_no_step(staffed):
    doc = _incoming("非密")
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请赵副主任阅示"}, staffed["wenshu"])
    users.set_role("fuzhuren", "readonly", CLI_ACTOR)  # 赵副主任 may only read now
    record, entry = _entry("incoming", doc, "批办")
    holding = [p.label for p in responsibility.holders("incoming", record, entry)]
    assert "孙主任" in holding and "赵副主任" not in holding
    with pytest.raises(ProcedureError):
        steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示领导": "赵副主任"}, CLI_ACTOR)
