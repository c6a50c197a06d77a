"""A clerk's day at 1366×768 by keys (probe100): the 作废 and 删除草稿 questions name the registry
in the window's language (“Void Incoming”, not “Void 收文”); 督查催办's 经办人, beside the unit
chosen, is the next Tab stop after it (it came after 关闭)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core.documents import incoming, outgoing
from officedesk.ui.widgets import messages
from tests.ui.forms import shown


def _select(page, qtbot, record_id: int) -> None:
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.select_record(record_id))
    page.list.selection_changed.emit()


def test_void_and_delete_name_the_registry_in_english(main_window, app_ctx, qtbot, english, monkeypatch):
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    page = tab.incoming
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "登记重了的来文"}, app_ctx.actor)
    _select(page, qtbot, doc.id)
    dialog = page.list.lifecycle.void_current()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Void Incoming"
    dialog.reject()
    draft_page = tab.outgoing
    tab.setCurrentWidget(draft_page)
    draft = outgoing.draft({"文种": "通知", "标题": "放弃的稿件"}, app_ctx.actor)
    _select(draft_page, qtbot, draft.id)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a[2]) and False)
    draft_page.list.lifecycle.delete_current()
    assert asked and "发文" not in asked[0] and "Outgoing" in asked[0]


def test_reminders_person_is_the_tab_stop_after_the_unit(app_ctx, qtbot):
    from officedesk.ui.supervision.dialogs import ReminderDialog

    dialog = ReminderDialog(app_ctx)
    dialog.person.setVisible(True)  # as when core asks whose 催办 a clerk records (代录)
    dialog.person_label.setVisible(True)
    shown(dialog, qtbot)
    dialog.unit_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.unit_combo)
    qtbot.keyClick(dialog.unit_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.person
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.generate_button
