"""新建会议 / 修改会议: Alt+S saves, as in every form (保存(&S)); 开始时间 has Alt+T. It had
Alt+S, so the save button got Alt+V and a clerk's Alt+S jumped to the start time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.ui.widgets.dialog_buttons import Button
from officedesk.ui.widgets.mnemonics import key_of
from tests.ui.forms import shown


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_alt_s_saves_the_meeting_form(language, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    save = dialog.buttons.button(Button.Save)
    assert key_of(save.text()) == "S"
    start = dialog.start_edit
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.isVisible()  # nothing filled in: refused, saying what is missing
    qtbot.waitUntil(lambda: not dialog.errors["title"].isHidden())  # a button's key: after its flash
    assert QApplication.focusWidget() is not start
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is start
