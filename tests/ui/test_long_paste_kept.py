"""Text pasted past a field's limit stays whole in the box: the clerk sees core's message at the
field (its label and limit) and saving is refused, never a silently shortened title saved."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from officedesk.core import meetings, records, registry
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.fields import TEXT
from officedesk.ui.widgets.record_form import FieldInput

PASTED = "关于进一步加强和改进新形势下机关公文处理工作的通知" * 14  # 350 characters


def _paste(qtbot, edit: QLineEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _pasted_sign_in(app_ctx, qtbot):
    """The 签收 form with a 来文机关 and PASTED pasted into its 标题: (tab, dialog, 标题's input);
    the tab holds the dialog (the caller keeps it)."""
    tab = importlib.import_module("officedesk.ui.documents").make_tab(app_ctx)
    qtbot.addWidget(tab)
    dialog = tab.incoming.new_record()
    dialog.panel.inputs["from_org"].set_value("省委办公厅")
    title = dialog.panel.inputs["title"]
    _paste(qtbot, title.widget, PASTED)
    return tab, dialog, title


def test_a_title_pasted_into_sign_in_is_kept_and_refused_at_the_field(app_ctx, qtbot):
    _tab, dialog, title = _pasted_sign_in(app_ctx, qtbot)
    assert title.value() == PASTED  # the whole paste, nothing dropped by the box
    # the clerk sees it at once, before saving
    assert title.error.isVisibleTo(dialog) and "最多 300 个字" in title.error.text()
    qtbot.keyClick(title.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "“标题”最多 300 个字，现在是 350 个" in title.error.text()
    assert title.value() == PASTED
    assert records.count(incoming.INCOMING, CLI_ACTOR) == 0
    dialog.reject()


def test_no_line_field_of_any_registry_cuts_what_is_typed(qtbot):
    registry.load_all()
    parent = QWidget()
    qtbot.addWidget(parent)
    checked = 0
    for spec in registry.all_registries():
        for field in spec.fields:
            limit = field.length_limit()
            if field.kind != TEXT or not limit or field.choices:
                continue
            field_input = FieldInput(field, parent)
            too_long = "字" * (limit * 2 + 1)
            field_input.set_value(too_long)
            assert field_input.value() == too_long, f"{spec.name}.{field.name} cut at {limit}"
            checked += 1
    assert checked > 20


def test_a_meeting_name_pasted_too_long_is_kept_and_refused_at_the_field(app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = MeetingDialog(app_ctx)
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog.title_edit, PASTED[:230])
    assert dialog.title_edit.text() == PASTED[:230]
    assert dialog.errors["title"].isVisibleTo(dialog)
    assert "最多 200 个字" in dialog.errors["title"].text()
    assert dialog.try_save() is False
    assert "“会议名称”最多 200 个字" in dialog.errors["title"].text()
    assert dialog.title_edit.text() == PASTED[:230]
    assert records.count(meetings.SPEC, CLI_ACTOR) == 0


def test_the_length_message_reads_in_english(english, app_ctx, qtbot):
    _tab, dialog, title = _pasted_sign_in(app_ctx, qtbot)
    assert dialog.try_save() is False
    shown = title.error.text()
    assert "Title" in shown and "300" in shown and "350" in shown, shown
    assert not any("\u4e00" <= c <= "\u9fff" for c in shown), shown
    dialog.reject()
