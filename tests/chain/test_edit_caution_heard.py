"""The caution before a 发文's 修改 by one who holds a later level of its chain (the sole 核稿 处长
after 退回到核稿: editing makes him a drafter, and nobody then may 核稿 it) is core's: the step
runner does the 修改 only once the caller says it was heard (`cautioned`), for whomever the 修改
is the work of (himself, a 代录 clerk naming him). The window shows it in its dialog; the command
line lists it with `steps` and refuses `step … 修改` without --confirm, saying it."""

from __future__ import annotations

import pytest

from officedesk.core import records, steps
from officedesk.core.documents import outgoing
from officedesk.core.errors import CautionError, ProcedureError
from tests.chain.test_after_return_record import _sent_back_to_check
from tests.chain.test_cli_users import staffed_cli  # noqa: F401 (the fixture)
from tests.cli_office import Office, office  # noqa: F401 (the fixture)


def _body(doc, actor):
    return records.get(outgoing.OUTGOING, doc, actor).body


def test_the_sole_checkers_edit_waits_for_the_caution_to_be_heard(staffed):
    doc = _sent_back_to_check(staffed)
    before = _body(doc, staffed["chuzhang"])
    with pytest.raises(CautionError) as told:
        steps.perform("outgoing", doc, "修改", {"正文": "一、核稿人改过的稿"}, staffed["chuzhang"])
    message = str(told.value.message)
    assert "拟稿人" in message and "核稿" in message and "管理员" in message
    assert _body(doc, staffed["chuzhang"]) == before  # nothing saved
    steps.perform("outgoing", doc, "修改", {"正文": "一、核稿人改过的稿"}, staffed["chuzhang"],
                  cautioned=True)
    assert _body(doc, staffed["chuzhang"]) == "一、核稿人改过的稿"
    with pytest.raises(ProcedureError, match="修改"):  # as he was told
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])


def test_the_drafter_is_not_asked(staffed):
    doc = _sent_back_to_check(staffed)
    steps.perform("outgoing", doc, "修改", {"正文": "一、拟稿人改过的稿"}, staffed["kuiyuan"])
    assert _body(doc, staffed["kuiyuan"]) == "一、拟稿人改过的稿"


def test_a_clerk_recording_the_checkers_edit_is_told_of_him(staffed):
    doc = _sent_back_to_check(staffed)
    with pytest.raises(CautionError) as told:
        steps.perform("outgoing", doc, "修改", {"正文": "一、代录的改稿"}, staffed["wenshu"],
                      person="李处长")
    message = str(told.value.message)
    assert "李处长" in message and "您就是" not in message and "核稿" in message
    steps.perform("outgoing", doc, "修改", {"正文": "一、代录的改稿"}, staffed["wenshu"],
                  person="李处长", cautioned=True)
    assert _body(doc, staffed["wenshu"]) == "一、代录的改稿"


def test_the_command_line_lists_the_caution_and_asks_for_confirm(staffed_cli):  # noqa: F811
    run = staffed_cli
    doc = str(run.json("add", "outgoing", "标题=关于做好冬季防火工作的通知", "文种=通知",
                       "拟稿单位=综合处", "拟稿人=张科员", "主送=各乡镇党委", "密级=非密")["id"])
    run("step", "outgoing", doc, "核稿", "--as", "chuzhang")
    run("step", "outgoing", doc, "审核", "意见=同意", "--as", "fzr")
    run("step", "outgoing", doc, "退回", "退回到=核稿", "理由=再核", "--as", "zhuren")
    listed, _err = run("steps", "outgoing", doc, "--as", "chuzhang")
    edit = listed.split("  修改", 1)[1].split("\n  核稿", 1)[0]
    assert "拟稿人之一" in edit and "--confirm" in edit
    offered = run.json("steps", "outgoing", doc, "--as", "chuzhang")["steps"]
    assert "拟稿人之一" in next(s for s in offered if s["step"] == "修改")["caution"]
    assert "caution" not in next(s for s in offered if s["step"] == "核稿")
    _out, err = run("step", "outgoing", doc, "修改", "正文=改写", "--as", "chuzhang", code=1)
    assert "拟稿人之一" in err and "--confirm" in err and "Traceback" not in err
    _out, err = run("step", "outgoing", doc, "修改", "正文=改写", "--person", "李处长", code=1)
    assert "李处长" in err and "--confirm" in err
    said, _err = run("step", "outgoing", doc, "修改", "正文=改写", "--as", "chuzhang", "--confirm")
    assert "已办理“修改”" in said
    # the drafter needs no --confirm; given, it is not refused
    run("step", "outgoing", doc, "修改", "正文=再改", "--as", "kuiyuan", "--confirm")
