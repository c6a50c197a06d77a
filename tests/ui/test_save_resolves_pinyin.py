"""Saving (Ctrl+S, Ctrl+Enter or 保存) with 拼音 still typed in a single-name picker (牵头单位
"yjj", 主持人 "hx") saved the 拼音 as typed; only Enter resolved it. The shared save path now
resolves it as Enter does: the one name it stands for is taken and saved; of several, the list
opens on that picker and nothing is saved until the clerk chooses."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from officedesk.core import records, registry, supervision
from officedesk.ui.widgets.step_form import SpecStepDialog
from tests.ui.forms import shown

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def item(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 16))
    units, persons = registry.get("units"), registry.get("people")
    records.create(units, {"单位名称": "县应急管理局", "简称": "应急局"}, admin)
    records.create(units, {"单位名称": "县委组织部", "简称": "组织部"}, admin)
    records.create(persons, {"姓名": "郝雪", "单位": "县委组织部", "职务": "部长"}, admin)
    records.create(persons, {"姓名": "何欣", "单位": "县应急管理局", "职务": "局长"}, admin)
    return supervision.create_item({"title": "整治", "content": "专项整治", "source": "其他",
                                    "start_date": "2026-11-02", "deadline": "2026-12-20"}, admin)


def _task_dialog(item, admin, qtbot) -> SpecStepDialog:
    dialog = shown(SpecStepDialog(admin, "supervision", item, "分解"), qtbot)
    dialog.widgets["lead_unit"].setFocus()
    return dialog


def _tasks(item, admin) -> list:
    return list(supervision.tasks_of(item.id, admin))


def test_ctrl_s_takes_the_one_name_pinyin_stands_for(item, admin, qtbot):
    dialog = _task_dialog(item, admin, qtbot)
    qtbot.keyClicks(dialog.widgets["lead_unit"], "yjj")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)  # at once, no list opened
    assert dialog.outcome is not None
    assert [t.lead_unit for t in _tasks(item, admin)] == ["县应急管理局"]


def test_save_button_with_pinyin_of_several_opens_the_list_and_saves_nothing(item, admin, qtbot):
    dialog = _task_dialog(item, admin, qtbot)
    dialog.set_value("lead_unit", "县应急管理局")
    responsible = dialog.widgets["responsible"]
    responsible.setFocus()
    qtbot.keyClicks(responsible, "hx")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.outcome is None and dialog.isVisible()
    assert _tasks(item, admin) == []
    popup = responsible.completer().popup()
    assert popup.isVisible() and popup.currentIndex().row() == 0
    assert QApplication.focusWidget() in (responsible, popup)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the first, highlighted, taken
    qtbot.wait(20)
    assert responsible.text() in ("郝雪", "何欣")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert dialog.outcome is not None
    assert [t.responsible for t in _tasks(item, admin)] == [responsible.text()]


def test_a_meeting_form_saves_the_chair_meant(db, admin, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    persons, units = registry.get("people"), registry.get("units")
    records.create(units, {"单位名称": "县委组织部", "简称": "组织部"}, admin)
    records.create(persons, {"姓名": "郝雪", "单位": "县委组织部", "职务": "部长"}, admin)
    dialog = shown(MeetingDialog(app_ctx), qtbot)
    dialog.chair_edit.setFocus()
    qtbot.keyClicks(dialog.chair_edit, "hx")
    qtbot.keyClick(dialog.chair_edit, Qt.Key.Key_S, CTRL)  # refused or saved: "hx" is gone
    assert dialog.chair_edit.text() == "郝雪"
