"""登记信访 by keyboard: a save refused for a petitioner puts the cursor on the cell (row, column)
the refusal is about, the typing kept; Tab never stops on a widget that shows no focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from officedesk.core import registry
from officedesk.core.actor import CLI_ACTOR
from tests.ui.forms import shown

GENDER_COLUMN, ID_COLUMN, PHONE_COLUMN, ADDRESS_COLUMN = 1, 2, 3, 4


def _registration(app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401  (registers the spec)
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    inputs = dialog.panel.inputs
    inputs["form"].set_value("来信")
    inputs["people_count"].set_value(3)
    inputs["category"].set_value("劳动社保")
    inputs["content"].set_value("反映工资被拖欠问题")
    return dialog


@pytest.mark.parametrize(
    ("rows", "wrong_row", "column"),
    [
        # the first petitioner: 17 digits
        ([{"id_number": "53902119800101123"}], 0, ID_COLUMN),
        # the third one typed, below an empty row: an impossible birth date
        ([{}, None, {"id_number": "539021198013451234"}], 2, ID_COLUMN),
        # the second one: a bad phone; a 性别 that is neither 男 nor 女
        ([{}, {"phone": "1380000111"}], 1, PHONE_COLUMN),
        ([{}, {"gender": "未知"}], 1, GENDER_COLUMN),
    ],
)
def test_a_refused_petitioner_puts_the_cursor_on_the_wrong_cell(app_ctx, qtbot, rows, wrong_row,
                                                                column):
    dialog = _registration(app_ctx, qtbot)
    names = ["王小明", "", "李桂兰"]
    for row, extra in enumerate(rows):
        if extra is not None:
            person = {"name": names[row] or "赵大", "gender": "男", "address": "某县某镇"}
            dialog.set_petitioner(row, **(person | extra))
    while dialog.people.rowCount() < len(rows):
        dialog.add_petitioner_row()
    typed = dialog.people.item(wrong_row, column).text()
    dialog.people.setFocus()
    dialog.people.setCurrentCell(wrong_row, ADDRESS_COLUMN)  # where Enter across the row left it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.people)

    qtbot.keyClick(dialog.people, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved_record is None
    assert dialog.people_error.isVisible() and dialog.people_error.text()
    assert QApplication.focusWidget() is dialog.people
    assert (dialog.people.currentRow(), dialog.people.currentColumn()) == (wrong_row, column)
    selected = {(i.row(), i.column()) for i in dialog.people.selectedIndexes()}
    assert selected == {(wrong_row, column)}, selected
    assert dialog.people.item(wrong_row, column).text() == typed  # kept to correct


# widgets that hold others and draw no focus frame: Tab landing there seems to do nothing (the
# exact classes: text edits and lists are QFrames too, and do show their focus)
CONTAINERS = (QWidget, QFrame, QGroupBox, QSplitter, QTabWidget)


def _shows_no_focus(widget: QWidget) -> bool:
    return isinstance(widget, QScrollArea) or type(widget) in CONTAINERS


def _record_dialogs(app_ctx):
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    import officedesk.core.meetings  # noqa: F401
    import officedesk.core.petitions  # noqa: F401
    import officedesk.core.supervision  # noqa: F401
    from officedesk.ui.documents.outgoing_page import DraftDialog
    from officedesk.ui.meetings.dialog import MeetingDialog
    from officedesk.ui.petitions.register_dialog import RegistrationDialog
    from officedesk.ui.settings_dialog import SettingsDialog
    from officedesk.ui.widgets.record_form import RecordFormDialog

    return {
        "登记信访": lambda: RegistrationDialog(app_ctx),
        "会议": lambda: MeetingDialog(app_ctx),
        "收文": lambda: RecordFormDialog(app_ctx, registry.get("incoming")),
        "督查": lambda: RecordFormDialog(app_ctx, registry.get("supervision")),
        "拟稿": lambda: DraftDialog(app_ctx),
        "系统设置": lambda: SettingsDialog(CLI_ACTOR),
    }


@pytest.mark.parametrize("name", ["登记信访", "会议", "收文", "督查", "拟稿", "系统设置"])
def test_tab_never_stops_on_a_widget_that_shows_no_focus(app_ctx, qtbot, name):
    dialog = shown(_record_dialogs(app_ctx)[name](), qtbot)
    start = QApplication.focusWidget()
    assert start is not None and dialog.isAncestorOf(start)
    stops = []
    for _ in range(200):  # once round the dialog
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
        if stops[-1] is start:
            break
    assert stops[-1] is start, "Tab did not come round"
    bare = [type(w).__name__ for w in stops if _shows_no_focus(w)]
    assert not bare, bare
    assert len(stops) > 3  # it went through the fields


def test_tab_still_scrolls_the_form_to_the_field_it_reaches(app_ctx, qtbot):
    dialog = shown(_record_dialogs(app_ctx)["登记信访"](), qtbot)
    dialog.resize(dialog.width(), 420)
    scroll = next(s for s in dialog.findChildren(QScrollArea) if s.isVisible())
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    last = dialog.panel.inputs["receiver"].widget
    for _ in range(40):
        focus = QApplication.focusWidget()
        if focus is last or last.isAncestorOf(focus):
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert last is QApplication.focusWidget() or last.isAncestorOf(QApplication.focusWidget())
    viewport = scroll.viewport()
    qtbot.waitUntil(lambda: 0 <= last.mapTo(viewport, last.rect().bottomLeft()).y()
                    <= viewport.height())


def test_the_refusal_under_the_list_goes_once_its_cell_is_corrected(app_ctx, qtbot):
    """A 身份证号 of 17 digits refused, then typed right in its cell (F2, then Tab on): the line
    under the list no longer says 17 位 beside the 18 digits. A change to another cell keeps it."""
    dialog = _registration(app_ctx, qtbot)
    dialog.set_petitioner(0, name="王小明", gender="男", id_number="53290119800101123",
                          address="某县某镇")
    dialog.people.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.people)
    qtbot.keyClick(dialog.people, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.people_error.isVisible() and "17" in dialog.people_error.text()
    assert (dialog.people.currentRow(), dialog.people.currentColumn()) == (0, ID_COLUMN)

    def type_in(column: int, text: str) -> None:
        dialog.people.setFocus()
        dialog.people.setCurrentCell(0, column)
        qtbot.keyClick(dialog.people, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # the cell kept, the focus on
        qtbot.waitUntil(lambda: dialog.people.item(0, column).text() == text)

    type_in(PHONE_COLUMN, "13800001111")  # another cell: the refusal stands
    assert dialog.people_error.isVisible()
    type_in(ID_COLUMN, "532901198001011236")
    assert not dialog.people_error.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_record is not None
