"""A task's 延期 past its item's 办结时限 takes the item's 办结时限 with it (a task is never due
after its item): the clerk is told so, in the step's result (the command line's 注意, the
window's message) — the item's 办结时限 moved without a word."""

from __future__ import annotations

import datetime as dt

from officedesk.core import steps
from officedesk.core import supervision as sv

from .conftest import UNITS


def test_a_task_extended_past_the_item_says_the_item_moved(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks  # 办结时限 2026-04-30
    fixed_today(dt.date(2026, 3, 18))
    outcome = steps.perform("supervision", item.id, "延期",
                            {"办结时限": "2026-05-15", "延期理由": "规划审批需省厅批复",
                             "单位": UNITS[2]}, admin)
    assert sv.get_item(item.id, admin).deadline == dt.date(2026, 5, 15)
    note = str(outcome.extra["item_extended"])
    assert "2026-04-30" in note and "2026-05-15" in note and "办结时限" in note


def test_a_task_extended_within_the_item_says_nothing_of_it(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 18))
    outcome = steps.perform("supervision", item.id, "延期",
                            {"办结时限": "2026-04-24", "延期理由": "等批复", "单位": UNITS[2]}, admin)
    assert sv.get_item(item.id, admin).deadline == dt.date(2026, 4, 30)
    assert "item_extended" not in outcome.extra


def test_the_item_s_own_extension_needs_no_such_word(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 18))
    outcome = steps.perform("supervision", item.id, "延期",
                            {"办结时限": "2026-05-15", "延期理由": "整体推迟"}, admin)
    assert "item_extended" not in outcome.extra


def test_the_window_says_the_item_moved_too(app_ctx, qtbot, item_with_tasks, fixed_today,
                                            monkeypatch):
    from officedesk.ui.supervision import step_actions

    from .test_tab_all_steps import _button, _on_dialog, _tab

    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 18))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(step_actions, "info", lambda parent, title, text: told.append((title, text)))
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)

    def extend_task(dialog) -> bool:
        dialog.set_value("deadline", dt.date(2026, 5, 15))
        dialog.set_value("reason", "规划审批需省厅批复")
        dialog.set_value("unit", UNITS[2])
        return dialog.try_submit()

    seen = _on_dialog(extend_task)
    _button(tab, "延期").click()
    assert seen.get("saved"), seen
    assert [t for t in told if "2026-04-30" in t[1] and "2026-05-15" in t[1]], told
    assert "2026-05-15" in tab.detail.text()
