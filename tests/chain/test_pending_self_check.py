"""我的待办 lists only the steps the user may do: not the 核稿 of his own draft, nor, as a 代理,
a 签发 whose 审核 he did (core.self_check) — the step runner would refuse them."""

from __future__ import annotations

import datetime as dt

from officedesk.core import my_work, positions, steps
from officedesk.core.documents import outgoing
from tests.chain.test_chain_core import _to_signing
from tests.staff import make_staff

PERIOD = (dt.date(2026, 11, 16), dt.date(2026, 11, 20))


def _draft(actor, drafter="张科员"):
    return outgoing.draft({"标题": "关于做好年终工作的通知", "文种": "通知", "拟稿单位": "综合处",
                           "拟稿人": drafter, "主送": "各乡镇"}, actor).id


def _pending(actor):
    return [(i.record_id, i.step, i.on_behalf) for i in my_work.my_pending(actor)]


def test_the_drafter_s_own_draft_is_not_in_his_pending_checks(staffed):
    other = make_staff([("chuzhang2", "王科长", "clerk", "综合处", "科长", "", False)])["chuzhang2"]
    mine = _draft(staffed["chuzhang"], drafter="李处长")
    theirs = _draft(staffed["kuiyuan"])
    assert _pending(staffed["chuzhang"]) == [(theirs, "核稿", "")]
    assert sorted(_pending(other)) == [(mine, "核稿", ""), (theirs, "核稿", "")]
    # what the list shows, the runner lets him do
    assert "核稿" in [s.name for s in steps.available_steps("outgoing", theirs, staffed["chuzhang"])]


def test_a_substitute_does_not_see_the_signing_of_what_he_reviewed(staffed):
    reviewed = _draft(staffed["kuiyuan"])
    _to_signing(reviewed, staffed)  # 审核 by 赵副主任
    positions.set_delegation("zhuren", "fuzhuren", *PERIOD, staffed["zhuren"], "出差")
    assert _pending(staffed["fuzhuren"]) == []
    assert _pending(staffed["zhuren"]) == [(reviewed, "签发", "")]
    # 我已送出: it waits for the 主任, not for him
    assert [(i.record_id, i.step) for i in my_work.sent_on(staffed["fuzhuren"])] == [
        (reviewed, "签发")]
    # one reviewed by another 副主任 he signs as 代理
    third = make_staff([("fuzhuren3", "郑副主任", "leader", "办公室领导", "副主任", "综合处",
                         False)])["fuzhuren3"]
    other = _draft(staffed["kuiyuan"])
    steps.perform("outgoing", other, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", other, "审核", {}, third)
    assert _pending(staffed["fuzhuren"]) == [(other, "签发", "代理孙主任")]
    steps.perform("outgoing", other, "签发", {}, staffed["fuzhuren"])


def test_the_drafter_standing_in_for_the_director_does_not_see_his_draft_s_signing(staffed):
    doc = _draft(staffed["kuiyuan"])
    _to_signing(doc, staffed)
    positions.set_delegation("zhuren", "kuiyuan", *PERIOD, staffed["zhuren"], "出差")
    assert _pending(staffed["kuiyuan"]) == []
    assert _pending(staffed["zhuren"]) == [(doc, "签发", "")]
