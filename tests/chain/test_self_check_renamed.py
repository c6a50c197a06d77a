"""逐级负责 across a rename: a user who renames himself (or is renamed) is still the one a 代录
signature or the 拟稿人 field named under his former 姓名 — he does not check his own draft, nor
sign a second level of it, under the new name. A former name another user bears now means that
user, not him."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import my_work, positions, responsibility, steps, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from tests.staff import make_staff

PERIOD = (dt.date(2026, 11, 16), dt.date(2026, 11, 20))


def _draft(actor, drafter="张科员"):
    return outgoing.draft({"标题": "关于做好年终工作的通知", "文种": "通知", "拟稿单位": "综合处",
                           "拟稿人": drafter, "主送": "各乡镇"}, actor).id


def _renamed(username, name):
    me = users.actor_for(users.get_user(username))
    users.set_display_name(username, name, me)  # his own rename: no administrator needed
    return users.actor_for(users.get_user(username))


def test_a_chief_whose_check_was_entered_for_him_does_not_sign_it_after_renaming_himself(staffed):
    doc = _draft(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, staffed["wenshu"])  # 代录
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed["fuzhuren"])
    positions.set_delegation("zhuren", "chuzhang", *PERIOD, staffed["zhuren"], "出差")
    me = _renamed("chuzhang", "李明")
    with pytest.raises(ProcedureError, match="李明（曾用名李处长）已“核稿”这件发文，不能再“签发”（代理孙主任）"):
        steps.perform("outgoing", doc, "签发", {}, me)
    assert "签发" not in [item.step for item in my_work.my_pending(me)]
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    assert responsibility.last_sign("outgoing", doc, "签发").person == "孙主任"


def test_a_drafter_named_by_a_clerk_does_not_check_the_draft_after_renaming_himself(staffed):
    make_staff([("chuzhang2", "王科长", "clerk", "综合处", "科长", "", False)])
    doc = _draft(staffed["wenshu"], drafter="李处长")  # typed in by the 代录 clerk
    me = _renamed("chuzhang", "李明")
    with pytest.raises(ProcedureError, match="李明（曾用名李处长）是这件发文的拟稿人，不能“核稿”"):
        steps.perform("outgoing", doc, "核稿", {}, me)
    with pytest.raises(ProcedureError, match="李明（曾用名李处长）是这件发文的拟稿人"):
        steps.perform("outgoing", doc, "核稿", {"核稿人": "李明"}, staffed["wenshu"])


def test_a_former_name_another_user_bears_now_means_him(staffed):
    doc = _draft(staffed["wenshu"], drafter="李处长")
    users.set_display_name("chuzhang", "李明", CLI_ACTOR)
    make_staff([("chuzhang2", "李处长", "clerk", "综合处", "科员", "", False)])
    me = users.actor_for(users.get_user("chuzhang"))
    steps.perform("outgoing", doc, "核稿", {}, me)
    assert responsibility.last_sign("outgoing", doc, "核稿").person == "李明"
