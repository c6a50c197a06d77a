"""岗位设置 is a form like the others: Esc after typing asks before the post typed is lost,
Enter in a field moves on (no save by a stray Enter), Ctrl+Enter saves; choosing another user
loads his post without counting it as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import posts_dialogs
from officedesk.ui.posts_dialogs import PostDialog
from tests.staff import STAFF, make_staff
from tests.ui.forms import answer_discard, shown


def test_esc_after_typing_a_post_asks_first(db, qtbot):
    make_staff(STAFF)
    dialog = shown(PostDialog(CLI_ACTOR), qtbot)
    dialog.user.setCurrentIndex(dialog.user.findData("xinxi"))
    asked: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(dialog.user, Qt.Key.Key_Escape)  # another user chosen, nothing typed
    qtbot.wait(250)
    assert asked == [] and not dialog.isVisible()

    dialog = shown(PostDialog(CLI_ACTOR), qtbot)
    dialog.user.setCurrentIndex(dialog.user.findData("xinxi"))
    dialog.in_charge.setFocus()
    qtbot.keyClicks(dialog.in_charge, "abc")
    answer_discard(QMessageBox.StandardButton.Cancel, asked)  # 继续填写
    qtbot.keyClick(dialog.in_charge, Qt.Key.Key_Escape)
    qtbot.wait(250)
    assert asked and dialog.isVisible() and dialog.in_charge.text().endswith("abc")
    dialog.reject()


def test_enter_in_a_field_moves_on_and_ctrl_enter_saves(db, qtbot, monkeypatch):
    make_staff(STAFF)
    saved: list[str] = []
    monkeypatch.setattr(posts_dialogs.positions, "set_post",
                        lambda username, actor, **values: saved.append(username))
    dialog = shown(PostDialog(CLI_ACTOR), qtbot)
    dialog.user.setCurrentIndex(dialog.user.findData("xinxi"))
    dialog.unit.setFocus()
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Return)
    assert saved == [] and dialog.focusWidget() is dialog.position  # moved on, nothing saved
    qtbot.keyClick(dialog.position, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved == ["xinxi"] and not dialog.isVisible()

