"""登记信访 by keyboard: a save refused for a petitioner puts the cursor on the cell (row, column)
the refusal is about, the typing kept; Tab never stops on a widget that shows no focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
    assert dialog.people.item(wrong_row, column).isSelected()
    assert dialog.people.item(wrong_row, column).text() == typed  # kept to correct
