"""督查通报 closed by Esc alone (no 关闭 button), and its 期间 and 发文字号 had no Alt letters:
a clerk working by keys had to Tab through the window to reach them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from officedesk.ui.widgets.mnemonics import key_of
from tests.ui.forms import shown

ALT = Qt.KeyboardModifier.AltModifier


def test_bulletin_has_a_close_button(app_ctx, qtbot):
    from officedesk.ui.supervision.dialogs import BulletinDialog

    dialog = shown(BulletinDialog(app_ctx), qtbot)
    assert dialog.close_button.isVisible() and key_of(dialog.close_button.text()) == "C"
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_period_and_number_are_reached_by_alt_letters(app_ctx, qtbot):
    from officedesk.ui.supervision.dialogs import BulletinDialog

    dialog = shown(BulletinDialog(app_ctx), qtbot)
    keys = {label.buddy(): key_of(label.text()) for label in dialog.findChildren(QLabel)
            if label.buddy() is not None}
    assert keys.get(dialog.date_from) and keys.get(dialog.number)
    for field in (dialog.date_from, dialog.number):
        qtbot.keyClick(dialog, getattr(Qt.Key, "Key_" + keys[field]), ALT)
        focus = QApplication.focusWidget()
        assert focus is field or field.isAncestorOf(focus)
