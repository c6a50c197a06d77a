"""阅 is offered only to whom core lets do it (逐级负责): a reader holding the document, who
reads it as himself by default, and a user with the 代录 right, for the next reader; not to
anyone else, who would be refused (只有有代录权限的用户可以代他人…录入“阅”)."""

from __future__ import annotations

import pytest

from officedesk.core import responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import ProcedureError


def _circulating(staffed, mode: str) -> int:
    clerk = staffed["wenshu"]
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于做好冬季安全生产工作的通知"},
                           clerk).id
    steps.perform("incoming", doc, "登记", {}, clerk)
    steps.perform("incoming", doc, "初审", {}, clerk)
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请孙主任阅示"}, clerk)
    steps.perform("incoming", doc, "批办", {"批示内容": "请各位领导阅"}, staffed["zhuren"])
    steps.perform("incoming", doc, "传阅", {"传阅人": "孙主任、钱副主任", "传阅方式": mode}, clerk)
    return doc


def _offered(doc: int, actor) -> dict[str, dict]:
    return {s["step"]: {f["name"]: f.get("default") for f in s["fields"]}
            for s in steps.describe("incoming", doc, actor)["steps"]}


def test_reading_is_not_offered_to_one_who_would_be_refused(staffed):
    doc = _circulating(staffed, "同时分送")
    assert "阅" not in _offered(doc, staffed["kuiyuan"])  # no reader, no 代录 right
    assert "阅" not in _offered(doc, staffed["fuzhuren"])  # a 副主任 not among the readers
    with pytest.raises(ProcedureError, match="只有有代录权限的用户可以代他人（孙主任）录入“阅”"):
        steps.perform("incoming", doc, "阅", {"阅文人": "孙主任"}, staffed["kuiyuan"])
    assert _offered(doc, staffed["wenshu"])["阅"]["reader"] == "孙主任"  # 代录: the next reader


def test_a_reader_holding_it_reads_as_himself_by_default(staffed):
    doc = _circulating(staffed, "同时分送")
    assert _offered(doc, staffed["fuzhuren2"])["阅"]["reader"] == "钱副主任"
    steps.perform("incoming", doc, "阅", {"阅文意见": "已阅知"}, staffed["fuzhuren2"])
    sign = responsibility.last_sign("incoming", doc, "阅")
    assert (sign.mode, sign.person) == ("本人", "钱副主任")
    assert [e.reader for e in incoming.holders(doc, CLI_ACTOR)] == ["孙主任"]


def test_in_order_the_next_reader_is_offered_it_only_once_it_reaches_him(staffed):
    doc = _circulating(staffed, "按顺序")
    assert "阅" not in _offered(doc, staffed["fuzhuren2"])  # 孙主任 holds it
    assert _offered(doc, staffed["zhuren"])["阅"]["reader"] == "孙主任"
    steps.perform("incoming", doc, "阅", {}, staffed["zhuren"])
    assert _offered(doc, staffed["fuzhuren2"])["阅"]["reader"] == "钱副主任"


def test_the_window_s_form_reads_as_the_user_by_default(staffed, qtbot):
    """The window's 阅 form starts from the same defaults `steps` shows this user: the reader
    himself (it started from the next reader, and a 副主任 reading in 同时分送 was refused)."""
    from officedesk.core import records
    from officedesk.ui.widgets.step_form import SpecStepDialog

    doc = _circulating(staffed, "同时分送")
    record = records.get(incoming.INCOMING, doc, staffed["fuzhuren2"])
    dialog = SpecStepDialog(staffed["fuzhuren2"], "incoming", record, "阅")
    qtbot.addWidget(dialog)
    assert dialog.value("reader") == "钱副主任"
