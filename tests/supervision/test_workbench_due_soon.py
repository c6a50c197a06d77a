"""The 工作台 lists every 督查 task (and item) its own lights call 临期 (supervision.light.due_days,
counted as supervision.working_days says), whatever the office's 临期提醒 for 信访 and 收文
(deadlines.due_soon_days): a task yellow in the 督查 list and chased by 催办 is not missing from
the 工作台."""

from __future__ import annotations

import datetime as dt

from officedesk.core import dashboard, settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.supervision import lights

from .conftest import UNITS


def _listed(admin, today):
    return [i for i in dashboard.due_items(admin, today) if i.registry == "supervision"]


def test_a_task_due_in_four_days_is_on_the_workbench(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    today = dt.date(2026, 3, 16)  # Monday; the 市自然资源和规划局's task is due Friday 3-20
    fixed_today(today)
    # the defaults: 督查 临期 within 5 days, the 工作台's 临期提醒 3 days
    assert settings.get("supervision.light.due_days") == 5
    assert settings.get("deadlines.due_soon_days") == 3
    sv.add_report(tasks[2].id, {"反馈日期": "2026-03-16", "进度": 80, "进展情况": "已报审"}, admin)
    task = sv.tasks.get_task(tasks[2].id, admin)
    light = sv.task_light(task, today)
    assert (light.level, light.reason) == (lights.WARN, "剩 4 天")  # yellow for 临期 only
    listed = [i for i in _listed(admin, today) if i.responsible == UNITS[2] and i.due == task.deadline]
    assert len(listed) == 1 and listed[0].mark == light.hex
    # the 4-30 task (市住房和城乡建设局, 4-15) is 临期 by neither rule: not listed
    assert not [i for i in _listed(admin, today) if i.responsible == UNITS[0]
                and i.due == dt.date(2026, 4, 15)]


def test_working_days_reach_past_the_weekend(item_with_tasks, admin, fixed_today):
    settings.put("supervision.working_days", True)
    today = dt.date(2026, 3, 26)  # Thursday; the 市财政局's task is due Tuesday 3-31: 3 个工作日
    fixed_today(today)
    task = next(t for t in sv.tasks_of(sv.get_item(item_with_tasks[0].id, admin).id, admin)
                if t.lead_unit == UNITS[1])
    assert lights.due_soon(task.deadline, today)
    listed = [i for i in _listed(admin, today) if i.responsible == UNITS[1] and i.due == task.deadline]
    assert len(listed) == 1 and str(listed[0].left_text(today)) == "3 个工作日"


def test_an_item_not_split_is_on_the_workbench_while_its_light_warns(db, admin, fixed_today):
    today = dt.date(2026, 3, 16)
    fixed_today(today)
    item = sv.create_item_from_source("other", None, "清理拖欠企业账款", "排查并清理。", admin,
                                      deadline=dt.date(2026, 3, 21))  # Saturday: 5 days
    light = sv.item_light(item, today=today)
    assert (light.level, light.reason) == (lights.WARN, "剩 5 天，未交办")
    # listed, in the colour of its light (as the tasks' rows are)
    assert [(i.what, i.mark) for i in _listed(admin, today) if i.record_id == item.id] == [
        ("分解交办", light.hex)]


def test_soon_until_is_what_the_light_says(db, fixed_today):
    """lights.soon_until is the last 时限 the lights call 临期: one whose 剩 N 天 is at most
    supervision.light.due_days, either kind of day, across the 国庆 holiday and its 调休."""
    settings.put("supervision.light.due_days", 3)
    for working in (False, True):
        settings.put("supervision.working_days", working)
        for offset in range(20):
            today = dt.date(2026, 9, 24) + dt.timedelta(days=offset)
            until = lights.soon_until(today)
            for ahead in range(-2, 30):
                day = today + dt.timedelta(days=ahead)
                said = day >= today and lights.days_left(day, today) <= 3
                assert (today <= day <= until) == said == lights.due_soon(day, today), (working, day)
    # the days above hold 中秋, 国庆 and a 调休 Saturday
    assert not workdays.is_workday(dt.date(2026, 10, 5)) and workdays.is_workday(dt.date(2026, 10, 10))
