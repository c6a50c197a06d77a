"""After a record is deleted from a list (删除 on the 通讯录, 删除草稿 on the 公文 lists) by
keyboard, the row now in its place is current and the list has the focus. Before, nothing was
current, the 删除 button greyed out under the focus and the window's focus went to its tab bar:
the clerk started again from the top to reach the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core import records, settings
from officedesk.core.documents import outgoing
from officedesk.ui.widgets import messages
from tests.ui.test_confirmations import OK, Answer


def _active(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_deleting_a_unit_keeps_the_list_and_the_next_row(main_window, admin, qtbot):
    _active(main_window, qtbot)
    directory = main_window.tab_widgets["directory"]
    main_window.tabs.setCurrentWidget(directory)
    page = directory.currentWidget()
    made = [records.create(page.spec, {"单位名称": f"单位{n}"}, admin).id for n in range(3)]
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    middle = page.list.model.record_id_at(1)
    page.list.select_record(middle)
    page.delete_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.delete_button)
    answer = Answer(OK)
    qtbot.keyClick(page.delete_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2)
    assert answer.unexpected == []
    # the window's focus (offscreen, the window is not active again after the question)
    assert main_window.focusWidget() is page.list.table
    left = [i for i in made if i != middle]
    assert page.list.current_id() == page.list.model.record_id_at(1) and page.list.current_id() in left


def test_deleting_a_draft_keeps_the_list_and_the_next_row(main_window, app_ctx, qtbot, monkeypatch):
    settings.put("org.code", "某委办")
    _active(main_window, qtbot)
    documents = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(documents)
    page = documents.outgoing
    documents.setCurrentWidget(page)
    drafts = [outgoing.draft({"文种": "通知", "标题": f"稿件{n}"}, app_ctx.actor).id for n in range(3)]
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    first = page.list.model.record_id_at(0)
    page.list.select_record(first)
    page.list.selection_changed.emit()
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    button = page.list.lifecycle.buttons[0]
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2)
    assert QApplication.focusWidget() is page.list.table
    assert page.list.current_id() in drafts and page.list.current_id() != first


def test_voiding_keeps_the_record_and_the_list(main_window, app_ctx, qtbot):
    """作废 by keyboard: once voided, the record stays current and the list has the focus (it
    went from the greyed-out 作废 on to 签收, one key from registering a new document)."""
    from officedesk.core.documents import incoming
    from officedesk.ui.widgets.lifecycle_actions import VoidDialog

    settings.put("org.code", "某委办")
    _active(main_window, qtbot)
    documents = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(documents)
    page = documents.incoming
    for n in range(3):
        incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": f"来文{n}"}, app_ctx.actor)
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    chosen = page.list.model.record_id_at(1)
    page.list.select_record(chosen)
    page.list.selection_changed.emit()
    button = page.list.lifecycle.buttons[1]
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    qtbot.keyClick(button, Qt.Key.Key_Space)

    def shown() -> VoidDialog | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, VoidDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None)
    dialog = shown()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.reason.setPlainText("登记重了")
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert main_window.focusWidget() is page.list.table
    assert page.list.current_id() == chosen
