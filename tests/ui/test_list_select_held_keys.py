"""A list selects the record it is told to (after a step, a new record, 定位) whatever keys are
held down. `select_record` went through QTableView.selectRow, which in the lists' extended
selection takes the keyboard's modifiers: with Ctrl held (a dialog closed by Ctrl+Enter, or a
modifier left down by an earlier GUI test in the same process) it toggled the row off, the
current record stayed only as the current index, and the next refresh (a change of the
registry) lost it — the 督查 tab then showed no item and no tasks
(tests/supervision/test_tab.py::test_supervision_tab_end_to_end failed so in parallel runs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from officedesk.core import directory, records
from officedesk.ui.widgets.records_table import RegistryListView


@pytest.fixture
def ctrl_held(qtbot):
    """Ctrl down, as the application sees it (Ctrl+A typed; its release leaves the modifier
    on, as Ctrl+Enter closing a dialog does while the key is still held); let go after."""
    box = QLineEdit()
    qtbot.addWidget(box)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier
    yield
    qtbot.keyClick(box, Qt.Key.Key_A)  # the modifiers as the next test expects them: none


def test_a_record_selected_twice_with_ctrl_held_stays_selected_through_a_refresh(app_ctx, admin, qtbot,
                                                                                ctrl_held):
    made = [records.create(directory.PEOPLE, {"姓名": name}, admin) for name in ("甲一", "乙二", "丙三")]
    view = RegistryListView(app_ctx, directory.PEOPLE)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    target = made[1].id
    assert view.select_record(target)
    assert view.select_record(target)  # after a step: the tab selects its record again
    assert view.selected_ids() == [target] and view.current_id() == target
    app_ctx.notify_changed(directory.PEOPLE.name)  # a change: the list is read again, in place
    assert view.selected_ids() == [target] and view.current_id() == target
    assert view.select_record(made[2].id)  # another record: it alone, not added to the first
    assert view.selected_ids() == [made[2].id] and view.current_id() == made[2].id
