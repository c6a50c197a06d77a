"""Enter on a 督查事项 opens the step it waits for, as Enter on a 公文 or a 信访 does (it opened
修改, the item's correction): 分解 of one 待交办; a task chosen, its 反馈 (任务办结 once its last
反馈 gave 100%); 办结 once every task is done. An item waiting for its tasks, none chosen: the
task list takes the focus on the first open one, and Enter there opens its 反馈."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from officedesk.core import supervision as sv
from officedesk.core.supervision.awaited import next_step
from tests.supervision.test_tab_all_steps import _tab


def _opened(tab, monkeypatch) -> list[str]:
    opened: list[str] = []
    for name in tab.step_actions:
        tab.step_actions[name] = lambda n=name: opened.append(n)
    monkeypatch.setattr(tab, "edit_current", lambda: opened.append("修改"))
    return opened


def _enter(qtbot, view) -> None:
    view.window().activateWindow()  # offscreen, a window shown is active a moment later
    qtbot.waitUntil(view.window().isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_enter_on_an_item_待交办_opens_分解(app_ctx, qtbot, monkeypatch, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item({"title": "推进城区老旧小区改造", "source": "领导批示", "leader": "王建国",
                           "deadline": "2026-04-30"}, app_ctx.actor)
    tab = _tab(app_ctx, qtbot)
    opened = _opened(tab, monkeypatch)
    assert tab.show_record(sv.SPEC.name, item.id)
    _enter(qtbot, tab.list.table)
    assert opened == ["分解"]


def test_enter_on_an_item_with_a_task_chosen_opens_its_反馈(app_ctx, qtbot, monkeypatch, item_with_tasks):
    item, tasks = item_with_tasks
    tab = _tab(app_ctx, qtbot)
    opened = _opened(tab, monkeypatch)
    assert tab.show_record(sv.SPEC.name, item.id)
    assert tab.select_task(tasks[1].id)
    _enter(qtbot, tab.list.table)
    assert opened == ["反馈"]
    _enter(qtbot, tab.tasks_table)  # on the task itself
    assert opened == ["反馈", "反馈"]


def test_none_chosen_the_tasks_take_the_focus(app_ctx, qtbot, monkeypatch, item_with_tasks):
    item, tasks = item_with_tasks
    tab = _tab(app_ctx, qtbot)
    opened = _opened(tab, monkeypatch)
    assert tab.show_record(sv.SPEC.name, item.id)
    tab.tasks_table.clearSelection()
    tab.tasks_table.setCurrentIndex(tab.tasks_model.index(-1, -1))
    assert tab.current_task() is None
    _enter(qtbot, tab.list.table)
    assert opened == []
    assert tab.tasks_table.hasFocus()
    assert tab.current_task().id == tasks[0].id
    qtbot.keyClick(tab.tasks_table, Qt.Key.Key_Return)
    assert opened == ["反馈"]


def test_the_step_a_task_or_item_waits_for(admin, item_with_tasks):
    item, tasks = item_with_tasks
    every = {"分解", "反馈", "修改任务", "删除任务", "任务办结", "延期"}  # as core offers them now
    assert next_step(item, tasks[0], every) == "反馈"
    assert next_step(item, None, every) is None  # 延期 or 修改任务 are not what it waits for
    sv.add_report(tasks[0].id, {"进度": 100, "进展情况": "方案已实施完毕"}, admin)
    task = sv.tasks.get_task(tasks[0].id, admin)
    assert next_step(item, task, every) == "任务办结"
    for t in tasks:
        sv.complete_task(t.id, dt.date(2026, 3, 2), "已办结", admin)
    done = sv.get_item(item.id, admin)
    assert next_step(done, sv.tasks.get_task(tasks[0].id, admin), {"办结", "延期"}) == "办结"
