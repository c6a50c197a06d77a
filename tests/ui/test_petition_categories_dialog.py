"""问题类别: the list opens with the cursor after it, so what the clerk types is added, not
typed over every category; Esc after typing asks; a refused list stays in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPlainTextEdit

from officedesk.core import petitions
from tests.ui.forms import answer_discard


def _tab(app_ctx, qtbot):
    from officedesk.ui import petitions as tab_module

    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)
    return tab


def _in_dialog(act) -> None:  # noqa: ANN001
    def run(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if (isinstance(dialog, QDialog) and not isinstance(dialog, QMessageBox)
                and QApplication.activeWindow() is dialog):  # keys go to it, shortcuts too
            act(dialog)
        elif tries:
            QTimer.singleShot(10, lambda: run(tries - 1))

    QTimer.singleShot(0, run)


def test_typing_a_new_category_adds_it_to_the_list(app_ctx, qtbot):
    before = petitions.categories()
    assert len(before) > 3
    seen: dict = {}

    def act(dialog) -> None:  # noqa: ANN001
        edit = dialog.findChild(QPlainTextEdit)
        seen["selected"] = edit.textCursor().hasSelection()
        qtbot.keyClicks(edit, "yiliao")  # QTest types ASCII only
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
        if dialog.isVisible():
            dialog.accept()

    _in_dialog(act)
    _tab(app_ctx, qtbot).edit_categories()
    assert seen["selected"] is False
    assert petitions.categories() == [*before, "yiliao"]


def test_esc_after_typing_asks_before_the_categories_typed_are_lost(app_ctx, qtbot):
    before = petitions.categories()
    asked: list[str] = []

    def act(dialog) -> None:  # noqa: ANN001
        edit = dialog.findChild(QPlainTextEdit)
        qtbot.keyClicks(edit, "yiliao")  # QTest types ASCII only
        answer_discard(QMessageBox.StandardButton.Cancel, asked)  # 继续填写
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        seen.append(dialog.isVisible())
        dialog.reject()

    seen: list[bool] = []
    _in_dialog(act)
    _tab(app_ctx, qtbot).edit_categories()
    assert asked and seen == [True]
    assert petitions.categories() == before


def test_a_refused_list_stays_in_the_window(app_ctx, qtbot):
    seen: dict = {}

    def act(dialog) -> None:  # noqa: ANN001
        edit = dialog.findChild(QPlainTextEdit)
        edit.setPlainText("  \n")
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["open"] = dialog.isVisible()
        seen["text"] = edit.toPlainText()
        seen["errors"] = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        dialog.reject()

    _in_dialog(act)
    _tab(app_ctx, qtbot).edit_categories()
    assert seen["open"] and seen["text"] == "  \n"
    assert any("至少要有一项" in text for text in seen["errors"])
