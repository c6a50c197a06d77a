"""座次 by keyboard (found walking it): a seat moved by Ctrl+arrow is taken back with Ctrl+Z,
one move at a time, the moved person's seat current again (there was no undo: a move into an
empty cell re-centres the rows, so the opposite Ctrl+arrow did not bring them back); and a name
typed (as an input method commits it) finds that person's seat anywhere in the grid (the
table's own search looked down one column only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from officedesk.core import meetings as m
from officedesk.core import settings
from tests.meetings.conftest import make_draft
from tests.ui.forms import shown

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialog(directory_data, admin, on_day, app_ctx, qtbot):
    from officedesk.ui.meetings.seating import SeatingDialog

    settings.put("meetings.seating.row_seats", 5)
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"],
                                        nonvoting=["马俊", "高静", "林涛", "徐明", "孙红梅"]), admin)
    dialog = shown(SeatingDialog(app_ctx, meeting), qtbot)
    dialog.grid.setFocus()
    return dialog


def _grid(dialog) -> list[list[str]]:
    return [[dialog.name_at(r, c) for c in range(dialog.grid.columnCount())]
            for r in range(dialog.grid.rowCount())]


def _current(dialog) -> str:
    return dialog.name_at(dialog.grid.currentRow(), dialog.grid.currentColumn())


def _typed(qtbot, widget, text: str) -> None:  # as an input method commits it
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    qtbot.wait(10)


def test_ctrl_z_takes_back_the_moves_one_at_a_time(dialog, qtbot):
    first = _grid(dialog)
    dialog.grid.setCurrentCell(0, 2)  # 李建国, the middle of the podium
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Right, CTRL)
    second = _grid(dialog)
    assert second != first and _current(dialog) == "李建国"
    dialog.grid.setCurrentCell(1, 0)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Up, CTRL)  # into the podium's empty seat: re-centred
    assert _grid(dialog) != second and dialog.has_unsaved_changes()

    qtbot.keyClick(dialog.grid, Qt.Key.Key_Z, CTRL)
    assert _grid(dialog) == second
    assert _current(dialog) == first[1][0]  # the one moved up, back in his seat
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Z, CTRL)
    assert _grid(dialog) == first and _current(dialog) == "李建国"
    assert not dialog.has_unsaved_changes()  # as it opened: Esc asks nothing
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Z, CTRL)  # nothing left to take back
    assert _grid(dialog) == first and dialog.isVisible()


def test_a_name_typed_finds_the_seat_in_any_row_and_column(dialog, qtbot):
    dialog.grid.setCurrentCell(0, 1)
    _typed(qtbot, dialog.grid, "徐")
    assert _current(dialog) == "徐明"
    assert dialog.grid.currentRow() == 1
    _typed(qtbot, dialog.grid, "王海涛")
    assert _current(dialog) == "王海涛" and dialog.grid.currentRow() == 0
    _typed(qtbot, dialog.grid, "不在座")  # no one: the seat stays
    assert _current(dialog) == "王海涛"
