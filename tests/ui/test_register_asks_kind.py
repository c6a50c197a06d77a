"""收文登记 by keyboard: 文种, without which 登记 is refused, is asked as required — marked *,
nothing chosen until the clerk chooses — not found out by a refusal once the rest was typed
(the box offered a blank entry and no *)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from officedesk.core import records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming


def _registering(main_window, qtbot, **given):
    doc = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": "来文",
                            **given}, CLI_ACTOR)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page = main_window.tab_widgets["documents"].incoming
    main_window.tabs.setCurrentWidget(main_window.tab_widgets["documents"])
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.select_record(doc.id))
    dialog = page.register_current()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return doc, dialog


def _caption(dialog, widget) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.buddy() is widget)


def test_kind_is_asked_as_required_and_chosen_by_keyboard(main_window, qtbot):
    doc, dialog = _registering(main_window, qtbot)
    kind = dialog.panel.inputs["kind"].widget
    assert isinstance(kind, QComboBox)
    assert _caption(dialog, kind).startswith("* ")
    assert kind.currentIndex() == -1 and "" not in [kind.itemData(i) for i in range(kind.count())]
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # the first 文种, chosen by the clerk
    chosen = kind.currentData()
    assert chosen
    qtbot.keyClick(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = records.get(incoming.INCOMING, doc.id, CLI_ACTOR)
    assert (saved.state, saved.kind) == (incoming.REGISTERED, chosen)


def test_a_kind_given_at_sign_in_is_shown_and_not_insisted_on(main_window, qtbot):
    _doc, dialog = _registering(main_window, qtbot, 文种="通知")
    kind = dialog.panel.inputs["kind"].widget
    assert kind.currentData() == "通知"
    assert not _caption(dialog, kind).startswith("* ")
    dialog.reject()


def test_the_focus_starts_on_the_kind_to_choose(main_window, qtbot):
    """The clerk opening 登记 types the 文种 at once (the focus was on 收文日期, already
    filled at 签收: four Tabs to reach 文种)."""
    _doc, dialog = _registering(main_window, qtbot)
    assert QApplication.focusWidget() is dialog.panel.inputs["kind"].widget
    dialog.reject()


def test_with_a_kind_the_focus_starts_on_the_first_field(main_window, qtbot):
    _doc, dialog = _registering(main_window, qtbot, 文种="通知")
    assert QApplication.focusWidget() is dialog.panel.inputs["received_on"].widget
    dialog.reject()
