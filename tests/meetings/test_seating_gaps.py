"""座次: each row sits centred with no gaps (居中为尊; only an ordered row is kept, and printed
centred). A seat moved into an empty cell re-centres its row at once, so what the clerk sees is
what is saved; a move that changes nothing says so; after 保存 the grid is what core stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from officedesk.core import meetings as m
from officedesk.core import settings
from tests.meetings.conftest import make_draft
from tests.ui.forms import shown

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def meeting(directory_data, admin, on_day):
    settings.put("meetings.seating.row_seats", 5)
    # 3 on the podium, 5 列席 in the hall's first row: the podium has a gap at either end
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"],
                                     nonvoting=["马俊", "高静", "林涛", "徐明", "孙红梅"]), admin)


def _open(app_ctx, meeting, qtbot):
    from officedesk.ui.meetings.seating import SeatingDialog

    return shown(SeatingDialog(app_ctx, m.get(meeting.id, app_ctx.actor)), qtbot)


def _grid(dialog) -> list[list[str]]:
    return [[dialog.name_at(r, c) for c in range(dialog.grid.columnCount())]
            for r in range(dialog.grid.rowCount())]


def _press(dialog, qtbot, key, row, column, times=1):
    dialog.grid.setCurrentCell(row, column)
    dialog.grid.setFocus()
    for _ in range(times):
        qtbot.keyClick(dialog.grid, key, CTRL)


def test_a_move_into_a_gap_of_its_row_changes_nothing_and_says_so(meeting, app_ctx, qtbot):
    dialog = _open(app_ctx, meeting, qtbot)
    before = _grid(dialog)
    assert before[0] == ["", "陈志明", "李建国", "王海涛", ""]
    _press(dialog, qtbot, Qt.Key.Key_Left, 0, 1, times=2)  # the reviewer's Ctrl+← twice
    assert _grid(dialog) == before  # the row stays centred: no gap is kept
    assert (dialog.grid.currentRow(), dialog.grid.currentColumn()) == (0, 1)  # still on him
    assert "不留空位" in dialog.state.text() and "未改变" in dialog.state.text()
    assert not dialog.has_unsaved_changes()


def test_what_is_shown_after_a_move_into_a_gap_is_what_is_saved(meeting, app_ctx, qtbot):
    dialog = _open(app_ctx, meeting, qtbot)
    hall = _grid(dialog)[1]
    # the hall's first seat up into the podium's empty first seat: both rows re-centre at once
    _press(dialog, qtbot, Qt.Key.Key_Up, 1, 0)
    shown_now = _grid(dialog)
    # four in each row now: the grid is four seats wide, no gap where he sat
    assert shown_now == [[hall[0], "陈志明", "李建国", "王海涛"], hall[1:]]
    assert dialog.name_at(dialog.grid.currentRow(), dialog.grid.currentColumn()) == hall[0]
    assert "尚未保存" in dialog.state.text() and "不留空位" in dialog.state.text()
    assert dialog.has_unsaved_changes()
    assert dialog.save()
    assert _grid(dialog) == shown_now and dialog.state.text() == "座次已保存"
    dialog.close()
    again = _open(app_ctx, meeting, qtbot)
    assert _grid(again) == shown_now


def test_after_a_save_the_grid_is_what_core_stored(meeting, app_ctx, qtbot):
    dialog = _open(app_ctx, meeting, qtbot)
    # a gap made by hand (as a drag leaves it before this fix): 王海涛 to the podium's last seat
    dialog.grid.setItem(0, 4, dialog.grid.takeItem(0, 3))
    dialog.grid.setItem(0, 3, dialog._seat(None))
    assert dialog.save()
    stored = m.seating(m.get(meeting.id, app_ctx.actor))
    names = {p.id: p.name for p in m.attendees(meeting.id, app_ctx.actor)}
    assert [names[i] for i in stored.podium] == ["陈志明", "李建国", "王海涛"]
    assert _grid(dialog)[0] == ["", "陈志明", "李建国", "王海涛", ""]
    assert not dialog.has_unsaved_changes()
