"""删除任务 by keyboard leaves the task in the deleted one's place current and the task list
focused. Before, no task was current and the focus went from the greyed-out 删除任务 on to 延期:
the next Space opened 延期."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.ui.supervision import step_actions


def test_deleting_a_task_keeps_the_tasks_and_the_next_one(item_with_tasks, main_window, qtbot,
                                                         monkeypatch):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    tab = main_window.tab_widgets["supervision"]
    main_window.tabs.setCurrentWidget(tab)
    tab.list.refresh()
    qtbot.waitUntil(lambda: tab.list.model.rowCount() == 1)
    tab.list.select_record(tab.list.model.record_id_at(0))
    qtbot.waitUntil(lambda: len(tab.tasks_model.rows) == 3)
    ids = [t.id for t in tab.tasks_model.rows]
    tab.select_task(ids[1])
    monkeypatch.setattr(step_actions, "confirm", lambda *a, **k: True)
    button = tab.delete_task_button
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(tab.tasks_model.rows) == 2)
    assert QApplication.focusWidget() is tab.tasks_table
    assert tab.current_task() is not None and tab.current_task().id == ids[2]
