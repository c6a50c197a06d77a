"""反馈 with a lower 进度 than the task's last report, or with 100%: saved as typed (refusing would
lose what was entered), and now said — a 进度 that went from 60% to 40% passed without a word,
and a task reported 100% stayed open with nothing asking for its 任务办结."""

from __future__ import annotations

import datetime as dt

from officedesk.core import steps
from officedesk.core import supervision as sv

from .conftest import UNITS


def _report(item_id: int, percent: int, admin, day: str) -> steps.StepOutcome:
    return steps.perform("supervision", item_id, "反馈", {"单位": UNITS[0], "进度": str(percent),
                                                        "进展情况": "按计划推进", "反馈日期": day}, admin)


def test_a_lower_progress_is_kept_and_said(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 20))
    assert "progress_note" not in _report(item.id, 60, admin, "2026-03-10").extra
    lower = _report(item.id, 40, admin, "2026-03-17")
    note = lower.extra["progress_note"]
    assert "40%" in note and "60%" in note and "2026-03-10" in note
    assert sv.tasks_of(item.id, admin)[0].progress == 40  # kept as typed
    # a report dated before the last one moves nothing: nothing to say of it
    assert "progress_note" not in _report(item.id, 10, admin, "2026-03-05").extra


def test_a_full_progress_asks_for_the_tasks_close(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 20))
    note = _report(item.id, 100, admin, "2026-03-18").extra["progress_note"]
    assert "100%" in note and "任务办结" in note


def test_the_command_line_says_it_as_a_note():
    """`step` prints each of the outcome's extras by its label: this one as 注意 (its key is
    not shown raw)."""
    from officedesk.cli_labels import label

    assert label("progress_note") == "注意"


def test_the_window_says_it_after_the_report(app_ctx, qtbot, fixed_today, monkeypatch):
    from officedesk.ui import supervision as tab_module
    from officedesk.ui.supervision import step_actions
    from tests.supervision.test_tab import fill_dialog

    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item_from_source("meeting", 12, "推进城区老旧小区改造", "年内完成改造。", app_ctx.actor,
                                      deadline=dt.date(2026, 4, 30))
    sv.add_task(item.id, {"牵头单位": UNITS[0], "时限": "2026-04-15"}, app_ctx.actor)
    told: list[str] = []
    monkeypatch.setattr(step_actions, "info", lambda _parent, _title, text: told.append(text))
    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.show_record("supervision", item.id)
    fixed_today(dt.date(2026, 3, 20))
    tab.select_task(tab.tasks_model.rows[0].id)
    outcome: dict = {}
    fill_dialog({"percent": 100, "progress_text": "已全部完成"}, outcome)
    tab.add_report()
    assert outcome["saved"], outcome
    assert len(told) == 1 and "任务办结" in told[0]
