"""A clerk's walk through the 信息 tab (probe59): a greyed-out step says who may do it, Enter on
an item opens the step it waits for, and a clerk who may only record the step for its holder
(代录) is asked whom from the start — not handed his own name, refused after typing the rest."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from officedesk.core import info, passwords, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.context import AppContext
from officedesk.ui.info import make_tab
from tests.staff import make_staff

TODAY = dt.date(2026, 11, 16)
OFFICE = "县委办公室"
# username, 姓名, role, 单位, 职务, 分管, 代录
STAFF = [
    ("ys", "杨帅", "clerk", OFFICE + "信息科", "科员", "", False),
    ("ty", "唐岩", "clerk", OFFICE + "信息科", "科长", "", False),
    ("zjj", "赵建军", "leader", OFFICE, "副主任", OFFICE + "信息科", False),
    ("zxy", "张晓燕", "clerk", OFFICE + "秘书科", "科员", "", True),
]


@pytest.fixture
def staff(db, fixed_today, monkeypatch):
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)


@pytest.fixture
def tab_as(staff, qtbot, tmp_path):
    def make(username, record_id):
        ctx = AppContext(staff[username], "test.db",
                         QSettings(str(tmp_path / f"{username}.ini"), QSettings.Format.IniFormat))
        tab = make_tab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1366, 728)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()  # the keys go to the window the clerk works in
        qtbot.waitUntil(tab.isActiveWindow)
        tab.list.refresh()
        assert tab.list.select_record(record_id)
        tab.update_current()
        return tab

    return make


def _to_signing(report, staff):
    item = report()
    steps.perform("info", item.id, "接收", {}, staff["ys"])
    steps.perform("info", item.id, "初审", {"结论": "采"}, staff["ys"])
    steps.perform("info", item.id, "编辑", {}, staff["ys"])
    return item.id


def test_a_greyed_out_step_says_who_may_do_it(staff, report, tab_as):
    item = _to_signing(report, staff)
    clerk = tab_as("ys", item)
    button = clerk.buttons["签发"]
    assert not button.isEnabled()
    # as `officedesk step` says it: who signs, and who he is
    assert "“签发”应由信息科的科长或分管信息科的副主任" in button.toolTip()
    assert "您是县委办公室信息科科员" in button.toolTip()
    # a step the state does not allow says what may be done now
    assert "此时可以" in clerk.buttons["接收"].toolTip()
    chief = tab_as("ty", item)
    assert chief.buttons["签发"].isEnabled() and chief.buttons["签发"].toolTip() == ""


def test_enter_on_an_item_opens_the_step_it_waits_for(staff, report, tab_as, qtbot, monkeypatch):
    item = report()
    clerk = tab_as("ys", item.id)
    opened = []
    monkeypatch.setattr(type(clerk), "run_step", lambda self, step: opened.append(step))
    clerk.list.table.setFocus()
    qtbot.keyClick(clerk.list.table, Qt.Key.Key_Return)
    assert opened == ["接收"]
    steps.perform("info", item.id, "接收", {}, staff["ys"])
    clerk.list.model.invalidate(item.id)
    qtbot.keyClick(clerk.list.table, Qt.Key.Key_Return)
    assert opened == ["接收", "初审"]


def test_enter_on_an_item_already_issued_opens_nothing(staff, report, tab_as, advance, qtbot,
                                                      monkeypatch):
    item = report()
    advance(item, actor=CLI_ACTOR)  # 上报, 采用, 批示 are the clerk's choice, by their buttons
    clerk = tab_as("ys", item.id)
    opened = []
    monkeypatch.setattr(type(clerk), "run_step", lambda self, step: opened.append(step))
    clerk.list.table.setFocus()
    qtbot.keyClick(clerk.list.table, Qt.Key.Key_Return)
    assert opened == []


def test_recording_for_the_holder_asks_whom_from_the_start(staff, report, tab_as, qtbot):
    item = report()
    steps.perform("info", item.id, "接收", {}, staff["ys"])
    proxy = tab_as("zxy", item.id)  # 秘书科: 代录 only
    dialog = proxy.step_dialog("初审")
    qtbot.addWidget(dialog)
    person = dialog.widgets["person"]
    assert person.text() == ""  # not his own name: he does not hold 初审
    assert "代录" in person.placeholderText()
    own = tab_as("ys", item.id).step_dialog("初审")  # the holder: his own name, as before
    qtbot.addWidget(own)
    assert own.widgets["person"].text() == "杨帅"


def test_signing_for_the_holder_does_not_say_blank_is_oneself(staff, report, tab_as, qtbot):
    item = _to_signing(report, staff)
    proxy = tab_as("zxy", item)
    dialog = proxy.step_dialog("签发")
    qtbot.addWidget(dialog)
    hint = dialog.widgets["signer"].placeholderText()
    assert "留空即本人办理" not in hint and "代录" in hint
    chief = tab_as("ty", item).step_dialog("签发")
    qtbot.addWidget(chief)
    assert chief.widgets["signer"].placeholderText() == "留空即本人办理"
    dialog.set_value("signer", "唐岩")
    assert dialog.try_submit(), dialog.general_error.text()
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科长）"


def test_a_greyed_out_followup_says_why(staff, report, tab_as):
    item = report()  # 工作动态: no 续报
    clerk = tab_as("ys", item.id)
    assert not clerk.followup_button.isEnabled()
    assert clerk.followup_button.toolTip() == "只有突发事件才有续报。"
