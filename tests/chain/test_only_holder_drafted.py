"""The only holder of 核稿 in a section drafts himself (core.self_check): nobody may check it. The
refusals say so and what to do (the administrator adds a post to the chain's step, or another
user to the post — a 代理 may not do it for the drafter), the list of who may do it does not
offer the drafter, and the draft stays in his 我已送出, waiting for nobody."""

from __future__ import annotations

import pytest

from officedesk.core import my_work, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from tests.chain.test_self_check import _draft
from tests.staff import make_staff

NOBODY_ELSE = "除李处长外无人能办理“核稿”：请管理员在“工具 → 审批链与职务”中为“核稿”增加可办理的岗位"


def _deputy():
    return make_staff([("fukezhang", "钱副科长", "clerk", "综合处", "副科长", "", False)])["fukezhang"]


def test_the_only_holder_is_told_nobody_else_may_check_his_draft(staffed):
    doc = _draft(staffed["chuzhang"], drafter="李处长")
    with pytest.raises(ProcedureError, match=NOBODY_ELSE):
        from officedesk.core import steps

        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])


def test_a_proxy_entry_naming_the_only_holder_says_what_to_do(staffed):
    from officedesk.core import steps

    doc = _draft(staffed["chuzhang"], drafter="李处长")
    with pytest.raises(ProcedureError, match=NOBODY_ELSE):
        steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, CLI_ACTOR)


def test_another_is_not_sent_to_the_drafter(staffed):
    from officedesk.core import steps

    deputy = _deputy()
    doc = _draft(staffed["chuzhang"], drafter="李处长")
    with pytest.raises(ProcedureError) as refused:
        steps.perform("outgoing", doc, "核稿", {}, deputy)
    assert "（李处长）" not in str(refused.value)
    assert "李处长是拟稿人，不能办理" in str(refused.value)
    assert "请管理员在“工具 → 审批链与职务”中为“核稿”增加可办理的岗位" in str(refused.value)


def test_the_draft_waits_in_the_drafter_s_sent_on_for_nobody(staffed):
    doc = _draft(staffed["chuzhang"], drafter="李处长")
    assert my_work.my_pending(staffed["chuzhang"]) == []
    sent = [(i.record_id, i.step, i.waiting_for) for i in my_work.sent_on(staffed["chuzhang"])]
    assert sent == [(doc, "核稿", "无人能办理（李处长是拟稿人），请管理员调整审批链")]


def test_a_clerk_s_fresh_draft_waits_in_his_sent_on_for_the_chief(staffed):
    doc = _draft(staffed["kuiyuan"])
    sent = [(i.record_id, i.step, i.waiting_for) for i in my_work.sent_on(staffed["kuiyuan"])]
    assert sent == [(doc, "核稿", "李处长")]


def test_once_the_chain_gives_the_step_to_the_deputy_he_may_check_it(staffed):
    from officedesk.core import steps

    deputy = _deputy()
    doc = _draft(staffed["chuzhang"], drafter="李处长")
    settings.put("chain.outgoing", "拟稿 科员、副科长、科长、处长@本单位\n核稿 处长、科长、副科长@本单位\n"
                                   "审核 副主任@分管\n签发 主任")
    assert [i.record_id for i in my_work.my_pending(deputy)] == [doc]
    assert [(i.record_id, i.waiting_for) for i in my_work.sent_on(staffed["chuzhang"])] == [
        (doc, "钱副科长")]
    steps.perform("outgoing", doc, "核稿", {}, deputy)
