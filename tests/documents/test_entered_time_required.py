"""A leader's 批示, 阅 and 会签 recorded for him by a clerk (代录) carry the time he signed on
paper: a clerk types them hours or days later, so “now” would be a false time (and 效能 measures
the time a 收文 spends at 批示 from it). Core refuses it left empty then; the leader entering his
own keeps “now”."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, records, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing
from officedesk.core.documents.common import steps as history
from officedesk.core.errors import ValidationError
from tests.documents.conftest import TODAY

REFUSED = "请填写“%s”：代领导录入时按纸面签批的时间填写。"


@pytest.fixture
def ten_o_clock(office):
    clock.set_today(TODAY, dt.time(10, 0))  # the paper's 08:30 lies before now, on the same day


def _proposed(actor) -> int:
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于防汛的通知"}, actor).id
    steps.perform("incoming", doc, "登记", {}, actor)
    steps.perform("incoming", doc, "初审", {}, actor)
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请王建国同志阅示"}, actor)
    return doc


def _instruction(doc: int, actor):
    return next(s for s in history("incoming", doc, actor) if s.step == "批办")


def test_an_instruction_recorded_for_a_leader_without_its_time_is_refused(ten_o_clock, secretary):
    doc = _proposed(secretary)
    with pytest.raises(ValidationError) as refused:
        steps.perform("incoming", doc, "批办", {"批示领导": "王建国", "批示内容": "请办理"},
                      secretary)
    assert refused.value.message == REFUSED % "批示时间" and refused.value.field == "at"
    assert records.get(incoming.INCOMING, doc, secretary).state == "已拟办"
    assert responsibility.last_sign("incoming", doc, "批办") is None


def test_an_instruction_recorded_for_a_leader_keeps_the_time_given(ten_o_clock, secretary):
    doc = _proposed(secretary)
    signed = dt.datetime.combine(TODAY, dt.time(8, 30))
    steps.perform("incoming", doc, "批办", {"批示领导": "王建国", "批示内容": "请办理",
                                          "批示时间": "2026-11-16 08:30"}, secretary)
    assert _instruction(doc, secretary).at == signed
    assert responsibility.last_sign("incoming", doc, "批办").mode == "代录"


def test_the_leader_s_own_instruction_without_a_time_is_now(ten_o_clock, leader, secretary):
    doc = _proposed(secretary)
    before = clock.now()
    steps.perform("incoming", doc, "批办", {"批示内容": "请办理"}, leader)
    step = _instruction(doc, secretary)
    assert step.person == "王建国" and before <= step.at <= clock.now()
    assert responsibility.last_sign("incoming", doc, "批办").mode == "本人"


def test_a_reading_recorded_for_the_reader_needs_its_time(ten_o_clock, secretary, leader):
    doc = _proposed(secretary)
    steps.perform("incoming", doc, "批办", {"批示内容": "请传阅"}, leader)
    steps.perform("incoming", doc, "传阅", {"传阅人": "王建国、刘志强"}, secretary)
    with pytest.raises(ValidationError) as refused:
        steps.perform("incoming", doc, "阅", {"阅文人": "王建国"}, secretary)
    assert refused.value.message == REFUSED % "阅毕时间"
    assert all(e.read_at is None for e in incoming.circulation(doc, CLI_ACTOR))
    before = clock.now()
    steps.perform("incoming", doc, "阅", {}, leader)  # his own: now
    read = {e.reader: e.read_at for e in incoming.circulation(doc, CLI_ACTOR)}
    assert before <= read["王建国"] <= clock.now() and read["刘志强"] is None


def test_a_countersignature_recorded_for_its_signer_needs_its_time(ten_o_clock, secretary):
    doc = outgoing.draft({"标题": "关于联合开展检查的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, secretary).id
    steps.perform("outgoing", doc, "核稿", {"核稿人": "李科长"}, secretary)
    steps.perform("outgoing", doc, "送会签", {"会签单位": "县财政局"}, secretary)
    with pytest.raises(ValidationError) as refused:
        steps.perform("outgoing", doc, "会签", {"会签人": "刘局长"}, secretary)
    assert refused.value.message == REFUSED % "会签时间"
    assert outgoing.countersigns(doc, CLI_ACTOR)[0].signed_at is None
    steps.perform("outgoing", doc, "会签", {"会签人": "刘局长", "会签时间": "2026-11-16 08:30"},
                  secretary)
    assert outgoing.countersigns(doc, CLI_ACTOR)[0].signed_at == dt.datetime.combine(TODAY, dt.time(8, 30))


def test_the_time_box_says_a_clerk_must_give_it():
    import officedesk.core.documents  # noqa: F401  (declares the steps)

    for registry, step in (("incoming", "批办"), ("incoming", "阅"), ("outgoing", "会签")):
        box = steps.procedure(registry).find(step).field("at")
        assert box.placeholder == "本人录入不填则为现在；代录必须按纸面签批的时间填写", step
