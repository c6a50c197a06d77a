"""Whose step it is: the holder of a chain step who does it himself signs in his own name; any
other step keeps the person the user gave, or its default, and a required one left blank is
refused as without the chain — never replaced by whoever enters it."""

from __future__ import annotations

import pytest

from officedesk.core import chains, clock, responsibility, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import common, incoming, outgoing
from officedesk.core.errors import ValidationError


def _countersigning(staffed):
    doc = outgoing.draft({"标题": "关于联合开展检查的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staffed["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {"核稿人": staffed["chuzhang"].label}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "送会签", {"会签单位": "县财政局、县审计局"}, staffed["wenshu"])
    return doc


@pytest.mark.parametrize("enforce", ["是", "否"])
def test_a_countersignature_left_without_its_signer_is_refused(staffed, enforce):
    settings.put(chains.ENFORCE.key, enforce)
    doc = _countersigning(staffed)
    with pytest.raises(ValidationError, match="请填写会签人"):
        steps.perform("outgoing", doc, "会签", {"会签结果": "同意"}, staffed["wenshu"])
    assert all(row.signed_at is None for row in outgoing.countersigns(doc, CLI_ACTOR))
    steps.perform("outgoing", doc, "会签", {"会签结果": "同意", "会签人": "刘科长",
                                          "会签时间": clock.now()}, staffed["wenshu"])
    assert [r.unit for r in outgoing.countersigns(doc, CLI_ACTOR) if r.signed_at is not None] == ["县财政局"]
    assert common.steps("outgoing", doc, staffed["wenshu"])[-1].person == "县财政局 刘科长"


def _circulating(staffed):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于防汛的通知"},
                           staffed["wenshu"]).id
    steps.perform("incoming", doc, "登记", {}, staffed["wenshu"])
    steps.perform("incoming", doc, "初审", {}, staffed["wenshu"])
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请赵副主任阅示"}, staffed["wenshu"])
    steps.perform("incoming", doc, "批办", {"批示内容": "请传阅", "批示领导": "赵副主任",
                                          "批示时间": clock.now()}, staffed["wenshu"])
    steps.perform("incoming", doc, "传阅", {"传阅人": "孙主任、赵副主任"}, staffed["wenshu"])
    return doc


def test_a_reading_recorded_by_the_clerk_keeps_its_default_reader(staffed):
    doc = _circulating(staffed)
    steps.perform("incoming", doc, "阅", {"阅毕时间": clock.now()}, staffed["wenshu"])
    read = {e.reader: e.read_at for e in incoming.circulation(doc, CLI_ACTOR)}
    assert read["孙主任"] is not None and read["赵副主任"] is None
    sign = responsibility.last_sign("incoming", doc, "阅")
    assert (sign.mode, sign.person, sign.actor_name) == ("代录", "孙主任", "周文书")
    steps.perform("incoming", doc, "阅", {}, staffed["fuzhuren"])  # the next reader himself
    assert all(e.read_at is not None for e in incoming.circulation(doc, CLI_ACTOR))
    assert responsibility.last_sign("incoming", doc, "阅").mode == "本人"


def test_the_holder_of_a_chain_step_signs_in_his_own_name(staffed):
    doc = _countersigning(staffed)
    for unit in ("县财政局", "县审计局"):
        steps.perform("outgoing", doc, "会签", {"会签单位": unit, "会签人": "刘科长",
                                              "会签时间": clock.now()}, staffed["wenshu"])
    steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren"])
    assert common.steps("outgoing", doc, staffed["wenshu"])[-1].person == "赵副主任"
    sign = responsibility.last_sign("outgoing", doc, "审核")
    assert (sign.mode, sign.person) == ("本人", "赵副主任")
