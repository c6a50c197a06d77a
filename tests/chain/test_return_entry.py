"""退回修改 (and 退回) is the decision of whoever holds the step the draft waits for (审核, 签发 …):
a clerk who records it from the paper (代录) names him, and it is signed as his decision entered
by the clerk — on the command line and in the window alike — never as the clerk's own; nobody
who does not hold that step may have it recorded for him."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from officedesk.core import my_work, records, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import common, outgoing
from officedesk.core.errors import ProcedureError, ValidationError
from tests.chain.test_chain_core import _days_before
from tests.chain.test_cli_users import staffed_cli  # noqa: F401 (the fixture)
from tests.cli_office import Office, office  # noqa: F401 (the fixture)
from tests.returns_counted import returns_of

REASON = "经费数字与预算不符，请核实后重拟"


def _checked(staffed) -> int:
    """A 综合处 draft after its 核稿: it waits for the 分管 副主任's 审核."""
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staffed["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    return doc


def _entered_for_the_holder(doc: int, step: str, actor: str, holder: str) -> None:
    sign = responsibility.last_sign("outgoing", doc, step)
    assert (sign.mode, sign.actor, sign.person) == ("代录", actor, holder)
    assert (sign.returned_to, sign.returned_from, sign.reason) == ("拟稿", "审核", REASON)
    row = common.last_step("outgoing", doc, step, CLI_ACTOR)
    assert row.person == holder  # the 办理过程 names whose decision it was …
    assert responsibility.history_marks("outgoing", doc)[row.id].startswith("（代录：")  # … entered
    assert responsibility.sign_text(sign).startswith(f"{holder}（代录：")
    assert returns_of("outgoing", doc) == 1  # still counted as a 退回 (效能)
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "拟稿中"


def test_a_proxy_clerk_records_the_return_for_the_leader_who_decided_it(staffed):
    doc = _checked(staffed)
    clerk = staffed["wenshu"]  # 秘书科, with the 代录 right
    with pytest.raises(ProcedureError, match="代录时请写明代谁录入"):
        steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, clerk)
    with pytest.raises(ProcedureError, match="李处长不能“退回修改”：这件待“审核”，应由分管该单位的副主任"):
        steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, clerk, person="李处长")
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "已核稿"  # nothing recorded
    steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, clerk, person="赵副主任")
    _entered_for_the_holder(doc, "退回修改", "wenshu", "赵副主任")
    assert [(i.record_id, i.step) for i in my_work.my_pending(staffed["kuiyuan"])] == [
        (doc, "拟稿")]


def test_a_return_to_an_earlier_step_is_recorded_for_its_holder_too(staffed):
    doc = _checked(staffed)
    with pytest.raises(ProcedureError, match="李处长不能“退回”：这件待“审核”"):
        steps.perform("outgoing", doc, "退回", {"退回到": "拟稿", "理由": REASON}, staffed["wenshu"],
                      person="李处长")
    steps.perform("outgoing", doc, "退回", {"退回到": "拟稿", "理由": REASON}, staffed["wenshu"],
                  person="赵副主任")
    _entered_for_the_holder(doc, "退回", "wenshu", "赵副主任")


def test_the_holder_s_own_return_is_signed_as_a_return(staffed):
    doc = _checked(staffed)
    steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, staffed["fuzhuren"])
    sign = responsibility.last_sign("outgoing", doc, "退回修改")
    assert (sign.mode, sign.person, sign.returned_from) == ("退回", "赵副主任", "审核")
    assert common.last_step("outgoing", doc, "退回修改", CLI_ACTOR).person == "赵副主任"


def test_the_command_line_records_a_return_for_the_holder_it_names(staffed_cli):  # noqa: F811
    doc = staffed_cli.json("add", "outgoing", "标题=关于经费的通知", "文种=通知", "拟稿单位=综合处",
                           "拟稿人=张科员")["id"]
    staffed_cli("step", "outgoing", str(doc), "核稿", "--as", "chuzhang")
    _out, err = staffed_cli("step", "outgoing", str(doc), "退回修改", f"理由={REASON}", code=1)
    assert "代录时请写明代谁录入" in err
    _out, err = staffed_cli("step", "outgoing", str(doc), "退回修改", f"理由={REASON}",
                            "--person", "孙主任", code=1)
    assert "孙主任不能“退回修改”：这件待“审核”" in err
    staffed_cli.step("outgoing", doc, "退回修改", f"理由={REASON}", "--person", "赵副主任")
    _entered_for_the_holder(doc, "退回修改", "cli-admin", "赵副主任")


def test_the_window_records_the_return_for_the_holder_named_as_handler(staffed, qtbot, tmp_path):
    from officedesk.ui.context import AppContext
    from officedesk.ui.documents import DocumentsTab

    doc = _checked(staffed)
    ctx = AppContext(staffed["wenshu"], "test.db",
                     QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    tab = DocumentsTab(ctx)
    qtbot.addWidget(tab)
    page = tab.outgoing
    page.list.refresh()
    assert page.list.select_record(doc)
    page.step_handlers()["退回修改"]()
    dialog = page.active_dialog
    # 经办人: whom he records it for, asked from the start (his own name was refused after the
    # 理由 was typed: he does not hold 退回修改)
    assert dialog.value(dialog.entered_for) == ""
    assert "代录" in dialog.widgets[dialog.entered_for].placeholderText()
    dialog.set_value("reason", REASON)
    assert not dialog.try_submit()
    assert "代录时请写明代谁录入" in dialog.errors[dialog.entered_for].text() + \
        dialog.general_error.text()
    dialog.set_value(dialog.entered_for, "赵副主任")
    assert dialog.try_submit(), dialog.general_error.text()
    _entered_for_the_holder(doc, "退回修改", "wenshu", "赵副主任")


def test_a_return_entered_later_carries_the_day_on_the_paper(staffed):
    with _days_before():  # 拟稿 and 核稿 on 2026-11-12
        doc = _checked(staffed)
    clerk = staffed["wenshu"]
    with pytest.raises(ValidationError, match="退回修改日期（2026-11-11）不能早于核稿日期（2026-11-12）"):
        steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, clerk, person="赵副主任",
                      on=dt.date(2026, 11, 11))
    steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, clerk, person="赵副主任",
                  on=dt.date(2026, 11, 13))
    sign = responsibility.last_sign("outgoing", doc, "退回修改")
    assert (sign.mode, sign.person, sign.paper_date) == ("代录", "赵副主任", dt.date(2026, 11, 13))
    assert common.last_step("outgoing", doc, "退回修改", CLI_ACTOR).at.date() == dt.date(2026, 11, 13)
