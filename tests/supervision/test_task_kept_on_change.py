"""A change to the 督查 registry (saved here, or found by the watch on other workstations) keeps
the clerk's place below the list too: the task selected under the selected item stays selected
while the list is read again, not only the item."""

from __future__ import annotations

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR

from .test_tab_all_steps import _tab


def test_the_selected_task_stays_selected_when_the_registry_changes(app_ctx, qtbot, item_with_tasks):
    item, tasks = item_with_tasks
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)
    assert tab.select_task(tasks[1].id)
    shown: list[int] = []
    tab.list.selection_changed.connect(lambda: shown.append(len(tab.tasks_model.rows)))

    # another workstation reports on the third task: the lists are read again
    sv.add_report(tasks[2].id, {"进度": 30, "进展情况": "已开工"}, CLI_ACTOR)
    app_ctx.notify_changed(sv.SPEC.name)
    current = tab.current_task()
    assert current is not None and current.id == tasks[1].id
    assert [row.id for row in tab.tasks_model.rows] == [t.id for t in tasks]
    assert tab.list.current_id() == item.id
    assert 0 not in shown  # never shown emptied on the way
