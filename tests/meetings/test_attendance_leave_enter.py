"""签到 by keyboard: 2 (请假), the reason typed, Enter — the cursor goes on to the next person, as
after 1 and 3; the next digit marks him, not the one just given leave (found walking 会议 by
keyboard: a 3 after the reason turned the 请假 into 缺席, the reason left beside it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from officedesk.core import meetings as core
from tests.meetings.conftest import make_draft
from tests.ui.forms import shown


def _typed(qtbot, text: str) -> None:  # as an input method commits it
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(QApplication.focusWidget(), event)
    qtbot.wait(10)


def _sign_in(app_ctx, qtbot, admin):
    """The 签到 dialog of a meeting on the fixed day, shown: (dialog, its table)."""
    from officedesk.ui.meetings.attendance import AttendanceDialog

    meeting = core.save_meeting(make_draft(start="2026-11-30 09:00", end="2026-11-30 11:00"),
                                admin)
    dialog = shown(AttendanceDialog(app_ctx, meeting), qtbot)
    return dialog, dialog.table


@pytest.mark.usefixtures("directory_data")
def test_enter_after_the_leave_reason_goes_on_to_the_next_person(app_ctx, qtbot, admin, on_day):
    dialog, table = _sign_in(app_ctx, qtbot, admin)
    qtbot.keyClick(table, Qt.Key.Key_1)  # the first present; on to the second
    qtbot.keyClick(table, Qt.Key.Key_2)  # the second on leave: his reason to type
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    _typed(qtbot, "在省委党校学习")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert QApplication.focusWidget() is table
    assert (table.currentRow(), table.currentColumn()) == (2, 0)
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert [dialog.status_at(r) for r in range(3)] == [core.PRESENT, core.LEAVE, core.ABSENT]
    assert table.item(1, 5).text() == "在省委党校学习"


@pytest.mark.usefixtures("directory_data")
def test_esc_in_the_reason_stays_on_the_person(app_ctx, qtbot, admin, on_day):
    dialog, table = _sign_in(app_ctx, qtbot, admin)
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert table.currentRow() == 0 and dialog.isVisible()
