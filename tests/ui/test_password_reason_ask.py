"""修改密码 and the import's 冲突原因 ask before Esc, 取消 or the window's close button lose what
was typed (GuardedDialog), as the forms and tool dialogs do; nothing is asked when nothing was
typed. Before, both closed at once: a reason or a password typed was gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.dialog_buttons import Button
from tests.ui.forms import answer_discard, shown

CONTINUE, DISCARD = QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard


def _make(which):
    if which == "password":
        from officedesk.ui.password_dialog import PasswordDialog

        dialog = PasswordDialog(CLI_ACTOR.username, CLI_ACTOR)
        return dialog, dialog.new
    from officedesk.ui.conflict_reason import ConflictReasonDialog

    dialog = ConflictReasonDialog(None, [3, 7])
    return dialog, dialog.edit


def _cancel_button(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChildren(QDialogButtonBox)[0]
    return box.button(Button.Cancel)


def _esc(dialog, qtbot, asked, answer=CONTINUE):
    answer_discard(answer, asked)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.wait(250)


@pytest.mark.parametrize("which", ["password", "reason"])
def test_nothing_typed_closes_without_asking(which, app_ctx, qtbot):
    dialog, _field = _make(which)
    shown(dialog, qtbot)
    asked: list[str] = []
    _esc(dialog, qtbot, asked)
    assert asked == [] and not dialog.isVisible()


@pytest.mark.parametrize("which", ["password", "reason"])
def test_esc_after_typing_asks_and_keeps_it(which, app_ctx, qtbot):
    dialog, field = _make(which)
    shown(dialog, qtbot)
    field.setFocus()
    qtbot.keyClicks(field, "room-busy")
    asked: list[str] = []
    _esc(dialog, qtbot, asked)  # 继续填写
    assert asked == ["放弃填写的内容？"] and dialog.isVisible() and field.text() == "room-busy"
    _esc(dialog, qtbot, asked, DISCARD)  # 放弃内容并关闭
    assert len(asked) == 2 and not dialog.isVisible()


@pytest.mark.parametrize("which", ["password", "reason"])
def test_cancel_after_typing_asks(which, app_ctx, qtbot):
    dialog, field = _make(which)
    shown(dialog, qtbot)
    field.setText("typed")
    asked: list[str] = []
    answer_discard(CONTINUE, asked)
    _cancel_button(dialog).click()
    qtbot.wait(250)
    assert asked == ["放弃填写的内容？"] and dialog.isVisible() and field.text() == "typed"
    dialog.reject()


def test_the_reason_typed_is_what_the_import_gets(app_ctx, qtbot, monkeypatch):
    from officedesk.ui import actions
    from officedesk.ui.conflict_reason import ConflictReasonDialog

    def typed_and_ok(dialog):
        dialog.edit.setText("  会议室临时调整  ")
        return True

    monkeypatch.setattr(ConflictReasonDialog, "exec", typed_and_ok)
    assert actions.ask_conflict_reason(None, [3]) == "会议室临时调整"
