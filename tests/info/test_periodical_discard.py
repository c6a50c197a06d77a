"""信息刊物 → 刊物设置: Esc or 取消 after typing a periodical's 编发单位 or 报/送/发 asks before it
is lost, as every form does (it closed at once); untouched, it closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.forms import answer_discard, shown


def _shown(app_ctx, qtbot):
    from officedesk.ui.info.dialogs import PeriodicalDialog

    return shown(PeriodicalDialog(app_ctx, "信息专报"), qtbot)


def test_esc_after_typing_asks_first(db, app_ctx, qtbot):
    dialog = _shown(app_ctx, qtbot)
    dialog.send_down.setFocus()
    qtbot.keyClicks(dialog.send_down, "abc")
    typed = dialog.send_down.text()
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)  # 继续填写
    qtbot.keyClick(dialog.send_down, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert answers == ["放弃填写的内容？"] and dialog.isVisible()
    assert dialog.send_down.text() == typed


def test_esc_untouched_closes_at_once(db, app_ctx, qtbot):
    dialog = _shown(app_ctx, qtbot)
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)
    qtbot.keyClick(dialog.send_down, Qt.Key.Key_Escape)
    qtbot.wait(300)
    assert answers == [] and not dialog.isVisible()
