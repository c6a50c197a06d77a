"""调整信息顺序: Esc or 取消 after moving items asks before the order is lost, as in every form;
nothing is asked when nothing was moved, nor after 重新读取 took the order as it stands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.forms import answer_discard, shown

from .test_chain import TODAY
from .test_issue_order_dialog import _KEPT, _order_dialog


def _esc(dialog, qtbot, asked, answer=QMessageBox.StandardButton.Cancel):
    answer_discard(answer, asked)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.wait(250)


def test_esc_after_moving_an_item_asks(report, advance, app_ctx, qtbot, fixed_today):
    _KEPT.clear()
    fixed_today(TODAY)
    a, b = (advance(report(title=t)) for t in ("甲", "乙"))
    asked: list[str] = []
    dialog = shown(_order_dialog(app_ctx, qtbot), qtbot)
    _esc(dialog, qtbot, asked)  # nothing moved: it closes
    assert asked == [] and not dialog.isVisible()

    dialog = shown(_order_dialog(app_ctx, qtbot), qtbot)
    dialog.items.setFocus()
    dialog.items.setCurrentRow(0)
    dialog.down.click()
    _esc(dialog, qtbot, asked)  # 继续填写
    assert asked == ["放弃填写的内容？"] and dialog.isVisible()
    assert dialog.order() == [b.id, a.id]  # what was moved stays

    dialog.reload.click()  # the order as it stands: nothing moved
    _esc(dialog, qtbot, asked)
    assert len(asked) == 1 and not dialog.isVisible()
    _KEPT.clear()
