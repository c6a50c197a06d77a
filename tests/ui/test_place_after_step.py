"""After a step done from the 收文 list by keys, the clerk's place is kept: the list has the
focus again with the record current and selected (it went to the find box: the clerk had to
Tab back to go on by arrow keys), and the 办理过程 pane shows the step just done (it opened at
the record's fields, the step below out of view). A record merely selected opens at its top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from officedesk.core import settings
from officedesk.core.documents import incoming


def _incoming_page(main_window, app_ctx, qtbot, count: int = 3):
    settings.put("org.code", "某委办")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    documents = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(documents)
    page = documents.incoming
    documents.setCurrentWidget(page)
    for n in range(count):
        incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": f"来文{n}",
                          "备注": "说明" * 300}, app_ctx.actor)
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == count)
    return page


def _step_by_keys(page, qtbot, cancel: bool = False, by_button: bool = False) -> QDialog:
    """Enter on the list's current row opens its next step, or the step's button (as its
    Alt+letter does: the button takes the focus and is pressed, then is gone with the step
    done); Ctrl+Enter does it (Esc: not)."""
    shown = [b for b in page.step_buttons.values() if b.isVisible()]  # 登记 of one 已签收
    opener = shown[0] if by_button else page.list.table
    opener.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is opener)
    before = page.active_dialog
    qtbot.keyClick(opener, Qt.Key.Key_Space if by_button else Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.active_dialog is not before and page.active_dialog.isVisible())
    dialog = page.active_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    target = QApplication.focusWidget() or dialog
    if cancel:
        qtbot.keyClick(target, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return dialog


def _back_on_the_list(page, main_window, qtbot, record_id: int) -> None:
    table = page.list.table
    qtbot.waitUntil(lambda: main_window.focusWidget() is table)
    qtbot.wait(50)  # nothing later takes it away
    assert main_window.focusWidget() is table
    assert page.list.current_id() == record_id
    assert page.list.selected_ids() == [record_id]


def test_after_a_step_the_pane_shows_the_newest_step(main_window, app_ctx, qtbot):
    main_window.resize(1366, 768)
    page = _incoming_page(main_window, app_ctx, qtbot)
    chosen = page.list.model.record_id_at(0)
    page.list.select_record(chosen)
    bar = page.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0  # merely selected: its top
    _step_by_keys(page, qtbot)
    qtbot.wait(100)
    assert bar.maximum() > 0 and bar.value() > 0
    last = page.detail.cursorForPosition(page.detail.viewport().rect().bottomLeft())
    shown = page.detail.toPlainText()
    # the last step's row is in view: the text shown reaches past the 办理过程 heading
    heading = shown.rfind("办理过程")
    assert last.position() > heading
    # another record merely selected opens at its top again
    page.list.select_record(page.list.model.record_id_at(1))
    qtbot.waitUntil(lambda: bar.value() == 0)

