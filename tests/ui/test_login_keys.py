"""The log-in dialog by keyboard: Enter after the user name goes on to the password (it tried
to log in with none and said “请输入用户名和密码。” at once), Enter in the password logs in;
a letter typed with Caps Lock on (its case against Shift) says 大写锁定已打开 under the
password, before a wrong password counts toward the lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from officedesk.core import users
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.login import LoginDialog

PASSWORD = "pass1234x"


def _login(qtbot) -> LoginDialog:
    users.create_user("k0", PASSWORD, "clerk", CLI_ACTOR, display_name="科员甲")
    dialog = LoginDialog("officedesk.db")
    qtbot.addWidget(dialog)
    dialog.username.clear()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.username.setFocus()
    return dialog


def _key(widget, key: Qt.Key, text: str, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def test_enter_after_the_user_name_goes_on_to_the_password(db, qtbot):
    dialog = _login(qtbot)
    qtbot.keyClicks(dialog.username, "k0")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password
    assert dialog.error.isHidden() and dialog.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "k0"


def test_enter_in_an_empty_password_still_says_what_is_missing(db, qtbot):
    dialog = _login(qtbot)
    qtbot.keyClicks(dialog.username, "k0")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and dialog.isVisible() and dialog.actor is None


def test_caps_lock_is_said_under_the_password(db, qtbot):
    dialog = _login(qtbot)
    dialog.password.setFocus()
    _key(dialog.password, Qt.Key.Key_P, "P")  # a capital without Shift: Caps Lock is on
    assert dialog.caps_lock.isVisible() and dialog.caps_lock.text() == "大写锁定已打开"
    _key(dialog.password, Qt.Key.Key_A, "a", shift=True)  # still on (Shift gives the small)
    assert dialog.caps_lock.isVisible()
    _key(dialog.password, Qt.Key.Key_S, "s")  # off again
    assert dialog.caps_lock.isHidden()
    _key(dialog.password, Qt.Key.Key_1, "1")  # a digit says nothing either way
    _key(dialog.password, Qt.Key.Key_S, "S", shift=True)
    assert dialog.caps_lock.isHidden()
