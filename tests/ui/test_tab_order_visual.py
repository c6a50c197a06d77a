"""Tab walks a dialog as it reads: top to bottom, a row left to right. The 信息刊物 dialog went
刊物 → the list → 印发 → 删除空期 → 打印 → back up to 刊物设置 (its buttons in the order they
were made, not shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def tab_walk(dialog: QWidget, qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab reaches from start, start first."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    reached = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def _show(dialog: QWidget, qtbot) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def test_the_periodicals_dialog_tabs_as_it_reads(app_ctx, qtbot):
    from officedesk.ui.info.dialogs import IssuesDialog

    dialog = IssuesDialog(app_ctx, lambda *a, **k: None)
    _show(dialog, qtbot)
    seen = tab_walk(dialog, qtbot, dialog.periodical, 5)
    assert seen == [dialog.periodical, dialog.setup_button, dialog.remove_button,
                    dialog.publish_button, dialog.print_button, dialog.table], \
        [w.accessibleName() for w in seen]
