"""Two users with the same name: a step recorded for “王伟” means the 王伟 who holds it; when
both may, it is refused naming them (单位, 职务, 用户名) and the 用户名 is taken; the record
keeps the name, never the 用户名."""

from __future__ import annotations

import pytest

from officedesk.core import positions, records, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from tests.staff import make_staff

from .conftest import TODAY

STAFF = [
    ("wangwei1", "王伟", "clerk", "综合处", "科员", "", False),  # created first
    ("chuzhang", "李处长", "clerk", "综合处", "处长", "", False),
    ("fuzhuren", "赵副主任", "leader", "办公室领导", "副主任", "综合处", False),
    ("wangwei2", "王伟", "leader", "办公室领导", "主任", "", False),
    ("wenshu", "周文书", "clerk", "秘书科", "科员", "", True),
]


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    return make_staff(STAFF)


def _to_signing(office):
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "王伟"}, office["wangwei1"]).id
    steps.perform("outgoing", doc, "核稿", {}, office["chuzhang"])
    steps.perform("outgoing", doc, "审核", {}, office["fuzhuren"])
    return doc


def _signed(doc):
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    sign = responsibility.last_sign("outgoing", doc, "签发")
    return record.state, record.signer, sign.mode, sign.person, sign.position


def test_the_name_means_the_namesake_who_holds_the_step(office):
    doc = _to_signing(office)
    steps.perform("outgoing", doc, "签发", {"签发人": "王伟"}, office["wenshu"])
    assert _signed(doc) == ("已签发", "王伟", "代录", "王伟", "主任")


def test_a_user_name_is_stored_as_his_name(office):
    doc = _to_signing(office)
    steps.perform("outgoing", doc, "签发", {"签发人": "wangwei2"}, office["wenshu"])
    assert _signed(doc) == ("已签发", "王伟", "代录", "王伟", "主任")
    other = _to_signing(office)
    steps.perform("outgoing", other, "签发", {}, office["wenshu"], person="wangwei2")
    assert _signed(other) == ("已签发", "王伟", "代录", "王伟", "主任")
    third = _to_signing(office)
    steps.perform("outgoing", third, "签发", {"签发人": "wangwei2"}, office["wangwei2"])
    assert _signed(third) == ("已签发", "王伟", "本人", "王伟", "主任")


def test_namesakes_who_both_hold_it_are_listed_and_the_user_name_decides(office):
    make_staff([("wangwei3", "王伟", "leader", "办公室领导", "主任", "", False)])
    doc = _to_signing(office)
    with pytest.raises(ProcedureError) as refused:
        steps.perform("outgoing", doc, "签发", {"签发人": "王伟"}, office["wenshu"])
    assert str(refused.value) == (
        "有 2 位用户叫“王伟”，都可以办理“签发”：王伟（办公室领导主任，用户名 wangwei2）、"
        "王伟（办公室领导主任，用户名 wangwei3）。请填写其中一位的用户名。")
    steps.perform("outgoing", doc, "签发", {"签发人": "wangwei3"}, office["wenshu"])
    assert _signed(doc) == ("已签发", "王伟", "代录", "王伟", "主任")


def test_namesakes_are_nobody_to_find_person(office):
    assert positions.find_person("王伟") is None
    assert positions.find_person("wangwei2").position == "主任"
    assert [p.username for p in positions.people_named("王伟")] == ["wangwei1", "wangwei2"]
