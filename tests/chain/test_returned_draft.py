"""A draft sent back to 拟稿 (退回到拟稿, 退回修改) is its drafter's to rework (逐级负责): he finds it in
his 待办, he (or his 代理, or a 代录 clerk naming him) does 修改 — not another 科员 or the 科长 of the
unit, whose 待办 does not show it — and whoever sent it back sees it waiting for him. One rule in
core (core.chain_holders) read by the step runner and by 我的待办 alike."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import my_work, positions, records, responsibility, steps, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from tests.chain.test_cli_users import staffed_cli  # noqa: F401 (the fixture)
from tests.cli_office import Office, office  # noqa: F401 (the fixture)


@pytest.fixture
def section(staffed):
    """综合处 with a second 科员 (王科员) beside the drafter 张科员 and their 李处长."""
    users.create_user("kuiyuan2", "pass1234", "clerk", CLI_ACTOR, display_name="王科员", clearance=3)
    positions.set_post("kuiyuan2", CLI_ACTOR, unit="综合处", position="科员")
    staffed["kuiyuan2"] = users.actor_for(users.get_user("kuiyuan2"))
    return staffed


def _sent_back_to_drafting(staff, drafter: str = "张科员") -> int:
    """The reviewer's loop: 核稿, sent back to 核稿 by the 副主任, then to 拟稿 by the 处长."""
    doc = outgoing.draft({"标题": "关于做好冬季防火工作的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": drafter, "主送": "各乡镇党委"}, staff["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staff["chuzhang"])
    steps.perform("outgoing", doc, "退回", {"退回到": "核稿", "理由": "文字需再斟酌"},
                  staff["fuzhuren"])
    steps.perform("outgoing", doc, "退回", {"退回到": "拟稿", "理由": "重写"}, staff["chuzhang"])
    assert responsibility.waiting_step("outgoing", _record(doc)) == "拟稿"
    return doc


def _record(doc: int):
    return records.get(outgoing.OUTGOING, doc, CLI_ACTOR)


def _pending(actor) -> list[tuple[int, str]]:
    return [(i.record_id, i.step) for i in my_work.my_pending(actor)]


def test_who_sent_it_back_sees_it_waiting_for_the_drafter_not_for_himself(section):
    doc = _sent_back_to_drafting(section)
    assert _pending(section["kuiyuan"]) == [(doc, "拟稿")]
    assert _pending(section["kuiyuan2"]) == []
    assert _pending(section["chuzhang"]) == []
    sent, = my_work.sent_on(section["chuzhang"])
    assert (sent.record_id, sent.step, sent.waiting_for) == (doc, "拟稿", "张科员")
    assert responsibility.holders("outgoing", _record(doc), _entry(doc)) == [
        positions.post_of("kuiyuan")]


def _entry(doc: int):
    from officedesk.core import chains

    record = _record(doc)
    chain = chains.chain_for("outgoing", record)
    assert chain is not None
    return responsibility.open_entry(steps.procedure("outgoing"), chain, record)


def test_another_clerk_or_the_section_chief_may_not_rework_a_returned_draft(section):
    doc = _sent_back_to_drafting(section)
    for other in ("kuiyuan2", "chuzhang"):
        with pytest.raises(ProcedureError, match="退回拟稿人张科员修改"):
            steps.perform("outgoing", doc, "修改", {"正文": "改写"}, section[other])
    assert responsibility.waiting_step("outgoing", _record(doc)) == "拟稿"  # not moved on
    # 代录 naming another 科员: the same reason as he would get himself, not “any 科员 may”
    with pytest.raises(ProcedureError, match="王科员不能“拟稿”：这件已退回拟稿人张科员修改"):
        steps.perform("outgoing", doc, "修改", {"正文": "改写"}, section["wenshu"],
                      person="王科员")
    steps.perform("outgoing", doc, "修改", {"正文": "一、总体要求"}, section["kuiyuan"])
    assert responsibility.waiting_step("outgoing", _record(doc)) == "核稿"
    assert _pending(section["chuzhang"]) == [(doc, "核稿")]


def test_the_drafters_substitute_reworks_it_for_him(section):
    doc = _sent_back_to_drafting(section)
    positions.set_delegation("kuiyuan", "kuiyuan2", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                             CLI_ACTOR)
    item, = my_work.my_pending(section["kuiyuan2"])
    assert (item.record_id, item.step, item.on_behalf) == (doc, "拟稿", "代理张科员")
    steps.perform("outgoing", doc, "修改", {"正文": "一、总体要求"}, section["kuiyuan2"])
    sign = responsibility.last_sign("outgoing", doc, "修改")
    assert (sign.mode, sign.person) == ("代理", "张科员")
    assert responsibility.waiting_step("outgoing", _record(doc)) == "核稿"


def test_a_draft_whose_drafter_holds_no_post_stays_with_the_unit(section):
    # 拟稿人 is not a user of the office (or has left the unit): the unit's holders of 拟稿 rework it
    doc = _sent_back_to_drafting(section, drafter="外聘人员")
    assert _pending(section["kuiyuan2"]) == [(doc, "拟稿")]
    assert _pending(section["kuiyuan"]) == [(doc, "拟稿")]
    assert _pending(section["chuzhang"]) == [(doc, "拟稿")]  # his too: not sent on, then
    assert my_work.sent_on(section["chuzhang"]) == []
    steps.perform("outgoing", doc, "修改", {"正文": "一、总体要求"}, section["kuiyuan2"])
    assert responsibility.waiting_step("outgoing", _record(doc)) == "核稿"


def test_before_any_return_a_colleague_may_still_edit_the_draft(section):
    # only a draft sent back is held for its drafter; 修改 while it waits for 核稿 is not 拟稿's turn
    doc = outgoing.draft({"标题": "关于经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, section["kuiyuan"]).id
    steps.perform("outgoing", doc, "修改", {"正文": "一、依据"}, section["kuiyuan2"])
    assert responsibility.waiting_step("outgoing", _record(doc)) == "核稿"


def test_the_command_line_refuses_another_clerks_rework(staffed_cli):  # noqa: F811
    run = staffed_cli
    run("users", "add", "kuiyuan2", "姓名=王科员", "单位=综合处", "职务=科员", "角色=科员",
        "密级=秘密")
    doc = run.json("add", "outgoing", "标题=关于做好冬季防火工作的通知", "文种=通知",
                   "拟稿单位=综合处", "拟稿人=张科员", "主送=各乡镇党委", "密级=非密")["id"]
    run("step", "outgoing", str(doc), "核稿", "--as", "chuzhang")
    run("step", "outgoing", str(doc), "退回", "退回到=核稿", "理由=文字需再斟酌", "--as", "fzr")
    run("step", "outgoing", str(doc), "退回", "退回到=拟稿", "理由=重写", "--as", "chuzhang")
    _out, err = run("step", "outgoing", str(doc), "修改", "正文=改写", "--as", "kuiyuan2", code=1)
    assert "退回拟稿人张科员修改" in err and "Traceback" not in err
    _out, err = run("step", "outgoing", str(doc), "修改", "正文=改写", "--person", "王科员",
                    code=1)
    assert "王科员不能“拟稿”：这件已退回拟稿人张科员修改" in err
    offered = {user: [s["step"] for s in run.json("steps", "outgoing", str(doc), "--as", user)["steps"]]
               for user in ("kuiyuan2", "kuiyuan")}
    assert "修改" not in offered["kuiyuan2"] and "修改" in offered["kuiyuan"]
    run("step", "outgoing", str(doc), "修改", "正文=一、总体要求", "--as", "kuiyuan")
    _out, err = run("step", "outgoing", str(doc), "退回", "退回到=拟稿", "理由=再改",
                    "--as", "kuiyuan", code=1)
    assert "核稿" in err  # moved on: it waits for the 处长's 核稿 again


@pytest.mark.parametrize("step, values, waiting", [
    ("退回修改", {"理由": "数据不准"}, ("拟稿", "张科员")),
    ("退回", {"退回到": "核稿", "理由": "再看"}, ("核稿", "李处长")),
])
def test_who_only_sent_it_back_sees_it_sent_on(section, step, values, waiting):
    """The 副主任's one step on the draft is the return: his 我已送出 shows it waiting for the one
    it went back to, as the 处长's does after his 核稿 and a return."""
    doc = outgoing.draft({"标题": "关于统计数据的报告", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "主送": "各乡镇党委"}, section["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, section["chuzhang"])
    assert my_work.sent_on(section["fuzhuren"]) == []
    steps.perform("outgoing", doc, step, values, section["fuzhuren"])
    sent, = my_work.sent_on(section["fuzhuren"])
    assert (sent.record_id, sent.step, sent.waiting_for) == (doc, *waiting)
    assert my_work.sent_on(section["chuzhang"]) == []  # the return sent it on, not his 核稿
