"""工具 → 审批链与职务: Esc or 取消 after editing a chain (or the 职务表) asks before the edits
are lost, as every form does; it closed at once and dropped the administrator's work on every
chain he had changed. Untouched — even after looking at other chains — it closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from officedesk.core.actor import CLI_ACTOR
from tests.ui.forms import answer_discard, shown


def _shown(qtbot):
    from officedesk.ui import chain_editor

    return shown(chain_editor.ChainEditorDialog(CLI_ACTOR), qtbot)


def test_esc_after_editing_a_chain_asks_first(db, qtbot):
    dialog = _shown(qtbot)
    first = dialog.table_text()
    dialog.table.item(0, 2).setText("9")  # a step's 时限 changed …
    dialog.procedure.setCurrentIndex(1)  # … and another chain looked at
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)  # 继续填写
    qtbot.keyClick(dialog.procedure, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert answers == ["放弃填写的内容？"] and dialog.isVisible()
    dialog.procedure.setCurrentIndex(0)
    assert dialog.table_text() != first and dialog.table.item(0, 2).text() == "9"
    answer_discard(QMessageBox.StandardButton.Discard, answers)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    assert len(answers) == 2 and not dialog.isVisible()


def test_esc_on_an_untouched_editor_closes_at_once(db, qtbot):
    dialog = _shown(qtbot)
    for index in range(dialog.procedure.count()):  # every chain looked at, none changed
        dialog.procedure.setCurrentIndex(index)
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)
    qtbot.keyClick(dialog.procedure, Qt.Key.Key_Escape)
    qtbot.wait(300)
    assert answers == [] and not dialog.isVisible()
