"""新建会议 by Enter alone: Enter on an empty 出席人员 line goes on to the 列席人员 line, past
its own 添加 button and list. It stopped on 添加, where Enter did nothing: the clerk was stuck."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.forms import shown


def test_enter_on_an_empty_people_line_reaches_the_next_field(app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    lines = [dialog.people[k].edit for k in ("attendees_text", "nonvoting_text", "guests_text",
                                             "observers_text")]
    dialog.chair_edit.setFocus()
    qtbot.keyClick(dialog.chair_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is lines[0]
    for line, following in zip(lines[:-1], lines[1:], strict=True):
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is following
    qtbot.keyClick(lines[-1], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.podium_spin.lineEdit() or (
        QApplication.focusWidget() is dialog.podium_spin)
    # Tab still stops on the list (Delete, Alt+↑/↓ act there)
    lines[0].setFocus()
    qtbot.keyClick(lines[0], Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.people["attendees_text"].list
