"""拟稿's 正文 editor from the keyboard: Tab goes down the screen (the heading buttons above the
text came after it), and a heading is inserted without leaving the text (Ctrl+1 … Ctrl+4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.forms import shown, tab_stops


def test_tab_reaches_the_heading_buttons_before_the_text(app_ctx, qtbot):
    from officedesk.ui.documents.outgoing_page import DraftDialog

    dialog = shown(DraftDialog(app_ctx), qtbot)
    editor = dialog.body
    buttons = [b for b in editor.findChildren(QPushButton)]
    assert len(buttons) == 4
    stops = tab_stops(buttons[0], 5)
    assert stops == [*buttons[1:], editor.edit, editor.outline]


def test_ctrl_digit_inserts_a_heading_where_one_types(app_ctx, qtbot):
    from officedesk.ui.documents.outgoing_page import DraftDialog

    dialog = shown(DraftDialog(app_ctx), qtbot)
    edit = dialog.body.edit
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClick(edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    edit.insertPlainText("总体要求")  # typed (QTest types no 汉字)
    qtbot.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    edit.insertPlainText("指导思想")
    qtbot.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "一、总体要求\n（一）指导思想\n（二）"
    assert QApplication.focusWidget() is edit
