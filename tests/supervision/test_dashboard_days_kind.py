"""The 工作台 tells a 督查 task's 剩余 in the days 督查 counts its 时限 in (supervision.working_days),
not in the 信访 kind of day: with 督查 in working days and 信访 in calendar days, a task due on
Monday is 2 个工作日 away on the Thursday before (its list says the same)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import dashboard, settings

from .conftest import UNITS


def test_a_task_is_told_in_its_own_kind_of_day(item_with_tasks, admin, fixed_today):
    settings.put("supervision.working_days", True)
    settings.put("deadlines.due_soon_days", 5)
    today = dt.date(2026, 3, 26)  # Thursday; the 市财政局's task is due Tuesday 3-31
    fixed_today(today)
    items = [i for i in dashboard.due_items(admin, today)
             if i.registry == "supervision" and i.responsible == UNITS[1]]
    assert items and all(str(i.left_text(today)) == "3 个工作日" for i in items)
    settings.put("supervision.working_days", False)
    items = [i for i in dashboard.due_items(admin, today)
             if i.registry == "supervision" and i.responsible == UNITS[1]]
    assert items and all(str(i.left_text(today)) == "5 天" for i in items)
