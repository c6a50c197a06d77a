"""工具 → 审批链与职务: Esc or 取消 after editing a chain (or the 职务表) asks before the edits
are lost, as every form does; it closed at once and dropped the administrator's work on every
chain he had changed. Untouched — even after looking at other chains — it closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from officedesk.core.actor import CLI_ACTOR


def _answer(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the 放弃填写的内容？ box when it shows; gives up after 0.2 s if none does."""

    def act(tries: int = 20) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle())
            box.button(answer).click()
        elif tries:
            QTimer.singleShot(10, lambda: act(tries - 1))

    QTimer.singleShot(0, act)


def _shown(qtbot):
    from officedesk.ui import chain_editor

    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.wait(10)
    return dialog


def test_esc_after_editing_a_chain_asks_first(db, qtbot):
    dialog = _shown(qtbot)
    first = dialog.table_text()
    dialog.table.item(0, 2).setText("9")  # a step's 时限 changed …
    dialog.procedure.setCurrentIndex(1)  # … and another chain looked at
    answers: list[str] = []
    _answer(QMessageBox.StandardButton.Cancel, answers)  # 继续填写
    qtbot.keyClick(dialog.procedure, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert answers == ["放弃填写的内容？"] and dialog.isVisible()
    dialog.procedure.setCurrentIndex(0)
    assert dialog.table_text() != first and dialog.table.item(0, 2).text() == "9"
    _answer(QMessageBox.StandardButton.Discard, answers)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    assert len(answers) == 2 and not dialog.isVisible()


def test_esc_on_an_untouched_editor_closes_at_once(db, qtbot):
    dialog = _shown(qtbot)
    for index in range(dialog.procedure.count()):  # every chain looked at, none changed
        dialog.procedure.setCurrentIndex(index)
    answers: list[str] = []
    _answer(QMessageBox.StandardButton.Cancel, answers)
    qtbot.keyClick(dialog.procedure, Qt.Key.Key_Escape)
    qtbot.wait(300)
    assert answers == [] and not dialog.isVisible()
