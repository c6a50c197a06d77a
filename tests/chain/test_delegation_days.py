"""代理 is judged on the day of the step (its paper's date, --on), not on the day it is entered:
a substitute may not sign for a day before his period, and may still record, after it, what he
signed within it — for 发文, 复审 after a 退回复审, and 信息 alike."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, positions, records, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from tests.staff import make_staff

from .conftest import TODAY

PERIOD = (dt.date(2026, 11, 16), dt.date(2026, 11, 20))  # 孙主任 away, 钱副主任 stands in


def _to_signing(staffed):
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staffed["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed["fuzhuren"])
    return doc


@pytest.fixture
def away(staffed):
    """Three drafts waiting for 签发 from 11-02, and 孙主任's delegation to 钱副主任."""
    clock.set_today(dt.date(2026, 11, 2))
    docs = [_to_signing(staffed) for _ in range(3)]
    positions.set_delegation("zhuren", "fuzhuren2", *PERIOD, CLI_ACTOR, "出差")
    return docs


def _record(doc):
    return records.get(outgoing.OUTGOING, doc, CLI_ACTOR)


def test_a_substitute_may_not_sign_for_a_day_before_his_period(staffed, away):
    clock.set_today(dt.date(2026, 11, 18))
    with pytest.raises(ProcedureError, match="您代理孙主任的期间是2026-11-16至2026-11-20，"
                                             "办理日期2026-11-03不在其中"):
        steps.perform("outgoing", away[0], "签发", {}, staffed["fuzhuren2"], on="2026-11-03")
    with pytest.raises(ProcedureError, match="办理日期2026-11-03不在其中"):  # the step's own date
        steps.perform("outgoing", away[0], "签发", {"签发日期": "2026-11-03"},
                      staffed["fuzhuren2"])
    assert _record(away[0]).state == "已核稿" and not _record(away[0]).signer
    assert responsibility.last_sign("outgoing", away[0], "签发") is None
    steps.perform("outgoing", away[0], "签发", {}, staffed["fuzhuren2"])  # today: within it
    sign = responsibility.last_sign("outgoing", away[0], "签发")
    assert responsibility.sign_text(sign) == "钱副主任（代理孙主任）"


def test_after_his_period_a_substitute_records_what_he_signed_within_it(staffed, away):
    clock.set_today(dt.date(2026, 11, 23))
    with pytest.raises(ProcedureError, match="办理日期2026-11-23不在其中"):
        steps.perform("outgoing", away[1], "签发", {}, staffed["fuzhuren2"])
    steps.perform("outgoing", away[1], "签发", {}, staffed["fuzhuren2"], on="2026-11-19")
    steps.perform("outgoing", away[2], "签发", {"签发日期": "2026-11-20"}, staffed["fuzhuren2"])
    for doc, day in ((away[1], dt.date(2026, 11, 19)), (away[2], dt.date(2026, 11, 20))):
        sign = responsibility.last_sign("outgoing", doc, "签发")
        assert (sign.mode, sign.person, sign.actor_name) == ("代理", "孙主任", "钱副主任")
        assert (_record(doc).state, _record(doc).signed_on) == ("已签发", day)


def test_the_original_signer_s_substitute_signs_again_on_a_day_of_his_period(staffed):
    clock.set_today(dt.date(2026, 11, 2))
    doc = _to_signing(staffed)
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    steps.perform("outgoing", doc, "退回复审", {"理由": "时限需改为12月底前"}, staffed["wenshu"])
    positions.set_delegation("zhuren", "fuzhuren2", *PERIOD, CLI_ACTOR, "出差")
    clock.set_today(dt.date(2026, 11, 23))
    steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren2"], on="2026-11-17")
    assert (_record(doc).state, _record(doc).signed_on) == ("已签发", dt.date(2026, 11, 17))
    assert responsibility.last_sign("outgoing", doc, "签发").mode == "代理"


OFFICE = "县委办公室"
INFO_STAFF = [
    ("ys", "杨帅", "clerk", OFFICE + "信息科", "科员", "", False),
    ("ty", "唐岩", "clerk", OFFICE + "信息科", "科长", "", False),
    ("wzg", "王志刚", "leader", OFFICE, "副主任", OFFICE + "秘书科", False),
]


def test_an_info_item_s_signature_is_judged_on_the_day_it_was_signed(db, fixed_today):
    fixed_today(dt.date(2026, 11, 2))
    staff = make_staff(INFO_STAFF)
    items = []
    for _ in range(2):
        item = records.create(info.SPEC, {
            "title": "县林业局扎实开展秋冬季森林防火检查", "unit": "县林业局", "reporter": "李明",
            "phone": "13812345678", "category": "工作动态", "reported_at": clock.now(),
            "content": "近日，县林业局组织3个检查组，对全县重点林区开展防火检查。"}, CLI_ACTOR)
        steps.perform("info", item.id, "接收", {}, staff["ys"])
        steps.perform("info", item.id, "初审", {"结论": "采"}, staff["ys"])
        steps.perform("info", item.id, "编辑", {}, staff["ys"])
        items.append(item.id)
    positions.set_delegation("ty", "wzg", *PERIOD, CLI_ACTOR, "学习")
    clock.set_today(dt.date(2026, 11, 18))
    with pytest.raises(ProcedureError, match="您代理唐岩的期间是2026-11-16至2026-11-20"):
        steps.perform("info", items[0], "签发", {}, staff["wzg"], on="2026-11-03")
    assert info.get(items[0], CLI_ACTOR).state == "待签发"
    clock.set_today(dt.date(2026, 11, 23))
    steps.perform("info", items[1], "签发", {}, staff["wzg"], on="2026-11-19")
    sign = responsibility.last_sign("info", items[1], "签发")
    assert (sign.mode, sign.person, sign.actor_name) == ("代理", "唐岩", "王志刚")
    assert info.get(items[1], CLI_ACTOR).signed_on == dt.date(2026, 11, 19)


def test_today_is_the_default_day(staffed):
    assert clock.today() == TODAY
    positions.set_delegation("zhuren", "fuzhuren2", *PERIOD, CLI_ACTOR)
    assert [p.username for p in positions.principals_of("fuzhuren2")] == ["zhuren"]
    assert positions.principals_of("fuzhuren2", dt.date(2026, 11, 21)) == []


def test_after_his_period_the_step_is_still_offered_to_record_a_day_within_it(staffed, away):
    """The window and `steps` list what may be done: a substitute whose period has ended sees
    the step (to record a day within it), and the day he gives is then judged."""
    clock.set_today(dt.date(2026, 11, 23))
    offered = [s.name for s in steps.available_steps("outgoing", away[0], staffed["fuzhuren2"])]
    assert "签发" in offered
    assert "签发" in [s["step"] for s in steps.describe("outgoing", away[0], staffed["fuzhuren2"])["steps"]]
    # someone else's step in the same state is not offered to him, nor to a stranger
    assert "签发" not in [s.name for s in steps.available_steps("outgoing", away[0], staffed["kuiyuan"])]
    with pytest.raises(ProcedureError, match="办理日期2026-11-23不在其中"):
        steps.perform("outgoing", away[0], "签发", {}, staffed["fuzhuren2"])
    steps.perform("outgoing", away[0], "签发", {}, staffed["fuzhuren2"], on="2026-11-18")
    assert _record(away[0]).signed_on == dt.date(2026, 11, 18)


def test_before_his_period_the_step_is_not_offered(staffed, away):
    clock.set_today(dt.date(2026, 11, 10))  # the period is still to come: no day of it is past
    offered = [s.name for s in steps.available_steps("outgoing", away[0], staffed["fuzhuren2"])]
    assert "签发" not in offered


def test_a_day_outside_both_periods_names_both(staffed, away):
    positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 25), dt.date(2026, 11, 30),
                             CLI_ACTOR, "休假")
    clock.set_today(dt.date(2026, 11, 23))
    with pytest.raises(ProcedureError, match="您代理孙主任的期间是2026-11-16至2026-11-20、"
                                             "2026-11-25至2026-11-30，办理日期2026-11-23不在其中"):
        steps.perform("outgoing", away[0], "签发", {}, staffed["fuzhuren2"])
    clock.set_today(dt.date(2026, 11, 26))
    steps.perform("outgoing", away[0], "签发", {}, staffed["fuzhuren2"])  # within the second
