"""The 催办 window's summary counts each task once: the overdue, late-to-report and red ones,
then the rest due soon (临期) — “另有临期任务 N 项”. It said “临期任务 0 项” while a red task
was due today, as if nothing were due soon."""

from __future__ import annotations

import datetime as dt

from officedesk.core import supervision as sv
from officedesk.ui.supervision import dialogs


def test_the_summary_says_the_due_soon_are_the_others(app_ctx, qtbot, item_with_tasks,
                                                      fixed_today):
    fixed_today(dt.date(2026, 3, 31))  # the 财政局's task due today, far behind: red
    found = sv.chases(actor=app_ctx.actor)
    pressing = [c for c in found if c.overdue]
    assert any(c.task.deadline == dt.date(2026, 3, 31) for c in pressing)
    window = dialogs.ReminderDialog(app_ctx)
    qtbot.addWidget(window)
    said = window.summary.text()
    assert f"的任务 {len(pressing)} 项" in said
    assert f"另有临期任务 {len(found) - len(pressing)} 项" in said
