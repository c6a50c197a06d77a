"""作废…: Esc or 取消 after typing the reason asks before it is lost, as every form does (the
dialog closed at once and the reason was gone); untouched, it closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from officedesk.core import lifecycle, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from tests.ui.forms import answer_discard, shown


def _shown(app_ctx, qtbot):
    from officedesk.ui.widgets.lifecycle_actions import VoidDialog

    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "登记重了的来文"}, app_ctx.actor)
    return shown(VoidDialog(app_ctx, incoming.INCOMING, doc), qtbot), doc


def test_esc_after_typing_the_reason_asks_first(db, app_ctx, qtbot):
    dialog, doc = _shown(app_ctx, qtbot)
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "twice")
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)  # 继续填写
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert answers == ["放弃填写的内容？"] and dialog.isVisible()
    assert dialog.reason.toPlainText() == "twice"
    assert records.get(incoming.INCOMING, doc.id, CLI_ACTOR).state != lifecycle.VOIDED


def test_esc_untouched_closes_at_once(db, app_ctx, qtbot):
    dialog, _doc = _shown(app_ctx, qtbot)
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    qtbot.wait(300)
    assert answers == [] and not dialog.isVisible()
