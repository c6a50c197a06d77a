"""Keyboard-first entry: pickers add exactly the chosen entry, Enter moves on and Ctrl+Enter
saves, unsaved work is not discarded without asking, error lines clear, no silent defaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core import directory_completion, records, registry
from tests.ui.forms import shown

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def people(db, admin):
    units, persons = registry.get("units"), registry.get("people")
    records.create(units, {"单位名称": "县委组织部", "简称": "组织部"}, admin)
    records.create(units, {"单位名称": "县应急管理局", "简称": "应急局"}, admin)
    records.create(
        persons, {"姓名": "郝雪", "单位": "县委组织部", "职务": "县委常委、组织部部长"}, admin
    )
    records.create(persons, {"姓名": "何欣", "单位": "县应急管理局", "职务": "局长"}, admin)


def _popup_rows(edit, qtbot):
    popup = edit.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible(), timeout=2000)
    return popup


def _row_of(popup, name: str) -> int:
    from officedesk.ui.widgets.pickers import NAME_ROLE

    model = popup.model()
    names = [model.index(row, 0).data(NAME_ROLE) for row in range(model.rowCount())]
    return names.index(name)


def _typed_hx(qtbot):
    """A 出席 picker, focused as in use, with "hx" typed and its suggestions open."""
    from officedesk.ui.meetings.editors import PeopleEditor

    editor = PeopleEditor("出席")
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()  # focus-in connects the completer to the field, as in use
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "hx")
    return editor, _popup_rows(editor.edit, qtbot)


def test_picker_adds_exactly_the_entry_chosen_by_keyboard(people, app_ctx, qtbot):
    editor, popup = _typed_hx(qtbot)
    assert popup.model().rowCount() == 2  # 郝雪 and 何欣
    _row_of(popup, "郝雪")
    for _ in range(popup.model().rowCount() + 2):  # ↓ until 郝雪 is highlighted
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        if editor.edit.text() == "郝雪":
            break
    assert editor.edit.text() == "郝雪"  # the name only, never the unit and title beside it
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert [p.name for p in editor.entries] == ["郝雪"]
    assert editor.entries[0].person_id is not None
    assert editor.edit.text() == "" and editor.error.isHidden()


def test_picker_adds_exactly_the_entry_clicked(people, app_ctx, qtbot):
    editor, popup = _typed_hx(qtbot)
    index = popup.model().index(_row_of(popup, "何欣"), 0)
    rect = popup.visualRect(index)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    assert [p.name for p in editor.entries] == ["何欣"]


def test_unit_found_by_the_pinyin_of_its_short_name(people):
    assert [s.text for s in directory_completion.suggest("units", "yj")] == ["县应急管理局"]
    assert [s.text for s in directory_completion.suggest("units", "zzb")] == ["县委组织部"]


def _form(app_ctx, qtbot, name="people"):
    from officedesk.ui.widgets.record_form import RecordFormDialog

    return shown(RecordFormDialog(app_ctx, registry.get(name)), qtbot)


def test_enter_moves_to_the_next_field_and_never_saves(app_ctx, qtbot):
    dialog = _form(app_ctx, qtbot, "rooms")
    name = dialog.panel.inputs["name"].widget
    name.setFocus()
    qtbot.keyClicks(name, "Room 1")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved_record is None
    assert QApplication.focusWidget() is not name
    assert records.list_ids(registry.get("rooms"), app_ctx.actor) == []


def test_ctrl_enter_saves(app_ctx, qtbot):
    dialog = _form(app_ctx, qtbot, "rooms")
    name = dialog.panel.inputs["name"].widget
    name.setFocus()
    qtbot.keyClicks(name, "Room 2")
    qtbot.keyClick(name, Qt.Key.Key_Return, CTRL)
    assert dialog.saved_record is not None and dialog.saved_record.name == "Room 2"
    assert not dialog.isVisible()


def _answer_discard_box(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        box.button(answer).click()

    QTimer.singleShot(0, act)


def test_cancel_with_unsaved_changes_asks_first(app_ctx, qtbot):
    dialog = _form(app_ctx, qtbot)
    dialog.panel.inputs["name"].widget.setText("李四")
    seen: list[str] = []
    _answer_discard_box(QMessageBox.StandardButton.Cancel, seen)  # 继续填写
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert seen and "没有保存" in seen[0]
    assert dialog.isVisible() and dialog.panel.inputs["name"].widget.text() == "李四"
    _answer_discard_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible()


def test_cancel_on_an_untouched_form_closes_at_once(app_ctx, qtbot):
    dialog = _form(app_ctx, qtbot)
    dialog.reject()
    assert not dialog.isVisible()


def test_error_line_clears_when_the_field_is_corrected(app_ctx, qtbot):
    dialog = _form(app_ctx, qtbot)
    phone = dialog.panel.inputs["phone"]
    dialog.panel.inputs["name"].widget.setText("李四")
    phone.widget.setText("abc电话")
    assert dialog.try_save() is False and not phone.error.isHidden()
    phone.widget.setText("0871-5551234")
    assert phone.error.isHidden()


def test_a_wrong_value_shows_when_the_clerk_leaves_the_field(app_ctx, qtbot):
    dialog = _form(app_ctx, qtbot)
    phone = dialog.panel.inputs["phone"]
    phone.widget.setFocus()
    qtbot.keyClicks(phone.widget, "abc")
    assert phone.error.isHidden()  # not while typing
    qtbot.keyClick(phone.widget, Qt.Key.Key_Tab)
    assert not phone.error.isHidden() and "电话" in phone.error.text()


def test_required_choices_start_empty(app_ctx, qtbot):
    from officedesk.core import (
        meetings,  # noqa: F401  (registers the spec)
        petitions,  # noqa: F401
    )
    from officedesk.core.documents import incoming, outgoing
    from officedesk.ui.meetings.dialog import MeetingDialog
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    assert incoming.INCOMING.field("kind").default_value() is None  # 登记 requires it
    assert outgoing.OUTGOING.field("kind").required
    assert outgoing.OUTGOING.field("kind").default_value() is None
    meeting = MeetingDialog(app_ctx)
    qtbot.addWidget(meeting)
    assert meeting.kind_combo.currentText() == ""
    petition = RegistrationDialog(app_ctx)
    qtbot.addWidget(petition)
    assert petition.panel.inputs["category"].value() == ""
    assert petition.panel.inputs["form"].value() == ""
    assert meeting.try_save() is False and "会议类型" in meeting.errors["kind"].text()


def test_tab_order_follows_the_form(app_ctx, qtbot):
    dialog = _form(app_ctx, qtbot, "people")
    widgets = [i.widget for i in dialog.panel.inputs.values()]
    widgets[0].setFocus()
    seen = [QApplication.focusWidget()]
    for _ in widgets[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    owners = [w if w in widgets else w.parentWidget() for w in seen]
    assert owners == widgets
