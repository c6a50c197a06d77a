"""The login dialog's error message shows whole (the word-wrapped label was left at the height
the dialog had before it appeared), in Chinese and in English."""

from __future__ import annotations

import pytest

from officedesk.ui.login import LoginDialog


def _fails(qtbot) -> LoginDialog:
    dialog = LoginDialog("officedesk.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setText("nobody")
    dialog.password.setText("wrong")
    dialog.try_login()
    qtbot.wait(50)
    return dialog


def _whole(dialog: LoginDialog) -> None:
    label = dialog.error
    assert label.isVisible() and label.text()
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed, (label.size(), needed, label.text())
    assert dialog.rect().contains(label.geometry())


def test_the_error_shows_whole(db, qtbot):
    _whole(_fails(qtbot))


@pytest.mark.usefixtures("english")
def test_the_english_error_shows_whole(db, qtbot):
    dialog = _fails(qtbot)
    assert dialog.error.text().isascii()
    _whole(dialog)
