"""督查: after a task's step dialog (分解, 反馈, 任务办结, 修改任务, 删除任务), saved or cancelled,
the clerk's place is the task list with the task acted on current: the focus went to the tab's
find box (the button pressed was greyed out or hidden) and he had to Tab back through the whole
button row. And Ctrl+T from the items' list goes to the task list (Tab reached it only after
the buttons)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from officedesk.core import supervision as sv
from tests.ui.test_back_to_list import ESC, SAVE, _answer


@pytest.fixture
def tab(main_window, admin, qtbot, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item_from_source("meeting", 12, "推进老旧小区改造", "议定事项。", admin,
                                      leader="王建国", deadline=dt.date(2026, 4, 30))
    for unit in ("县住房和城乡建设局", "县财政局"):
        sv.add_task(item.id, {"牵头单位": unit, "时限": "2026-03-31", "交办日期": "2026-03-02"}, admin)
    page = main_window.tab_widgets["supervision"]
    main_window.tabs.setCurrentWidget(page)
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page.list.select_record(item.id)
    qtbot.waitUntil(lambda: page.tasks_model.rowCount() == 2)
    return page


def _answer_next(qtbot, how: Any) -> list[QDialog]:
    """The next dialog that opens answered by keys (Esc, Ctrl+Enter) or by how(dialog)."""
    seen: list[QDialog] = []
    _answer(qtbot, how, None, seen)
    return seen


def _press(tab, qtbot, button) -> None:
    qtbot.waitUntil(button.isEnabled)
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _on_the_tasks(main_window, tab, qtbot, task_id: int) -> None:
    qtbot.waitUntil(lambda: main_window.focusWidget() is tab.tasks_table)
    qtbot.wait(50)  # nothing later takes it away
    assert main_window.focusWidget() is tab.tasks_table
    assert tab.current_task() is not None and tab.current_task().id == task_id


@pytest.mark.parametrize(("button", "how"), [
    ("report_button", ESC), ("done_task_button", ESC), ("edit_task_button", ESC),
    ("edit_task_button", SAVE)])
def test_a_task_step_gives_the_focus_back_to_the_task(main_window, tab, qtbot, button, how):
    second = tab.tasks_model.rows[1].id
    assert tab.select_task(second)
    _answer_next(qtbot, how)
    _press(tab, qtbot, getattr(tab, button))
    _on_the_tasks(main_window, tab, qtbot, second)


def test_a_task_made_is_current_in_the_task_list(main_window, tab, qtbot):
    def fill(dialog: Any) -> None:
        dialog.set_value("lead_unit", "县民政局")
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    _answer_next(qtbot, fill)
    _press(tab, qtbot, tab.task_button)
    made = next(t for t in tab.tasks_model.rows if t.lead_unit == "县民政局")
    _on_the_tasks(main_window, tab, qtbot, made.id)


def test_ctrl_t_from_the_items_reaches_the_tasks(main_window, tab, qtbot):
    tab.list.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.list.table)
    qtbot.keyClick(tab.list.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.tasks_table
    assert tab.current_task() is not None
