"""A save refused from the lower part of a long form shows the field it is about: the first
field with an error is scrolled into view with its red line (programmatic setFocus() does not
scroll a QScrollArea; the clerk saw nothing happen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from officedesk.core import registry
from tests.ui.forms import shown


def _in_view(widget: QWidget, scroll: QScrollArea) -> bool:
    viewport = scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= viewport.height()


def _from_the_bottom(dialog, qtbot) -> QScrollArea:
    """The form short enough to scroll, the clerk at its last field."""
    dialog.resize(dialog.width(), 300)
    scroll = next(s for s in dialog.findChildren(QScrollArea) if s.isVisible())
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    fields = [w for w in scroll.widget().findChildren(QWidget)
              if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    last = max(fields, key=lambda w: w.mapTo(scroll.widget(), w.rect().bottomLeft()).y())
    last.setFocus()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is last)
    return scroll


def test_a_refused_meeting_shows_its_name_field_and_error(app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    scroll = _from_the_bottom(dialog, qtbot)
    assert not _in_view(dialog.title_edit, scroll)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved_record is None
    assert QApplication.focusWidget() is dialog.title_edit
    qtbot.waitUntil(lambda: _in_view(dialog.title_edit, scroll))
    assert _in_view(dialog.errors["title"], scroll), dialog.errors["title"].text()


def test_a_refused_record_form_shows_its_first_wrong_field(app_ctx, qtbot):
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = shown(RecordFormDialog(app_ctx, registry.get("incoming")), qtbot)
    scroll = _from_the_bottom(dialog, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved_record is None
    wrong = [i for i in dialog.panel.inputs.values() if i.error.isVisible()]
    assert wrong
    focus = QApplication.focusWidget()
    field = next(i for i in wrong if focus is i.widget or i.widget.isAncestorOf(focus))
    qtbot.waitUntil(lambda: _in_view(field.widget, scroll))
    assert _in_view(field.error, scroll)
