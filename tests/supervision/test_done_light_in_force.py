"""A task done after its 时限 and extended later (the 延期 entered first, the 办结 dated back
after it) is 逾期办结 by the 时限 in force on its 办结日期 — in its grey light as in the 通报 and
its history, not 按期办结 by the 时限 the 延期 gave it later."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, steps
from officedesk.core import supervision as sv

from .conftest import UNITS

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def test_a_task_done_late_before_its_extension_shows_late(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks  # the 市自然资源和规划局's task is due 3-20
    fixed_today(dt.date(2026, 3, 25))
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-03-31", "延期理由": "等省厅批复", "单位": UNITS[2]}, admin)
    steps.perform("supervision", item.id, "任务办结",
                  {"单位": UNITS[2], "办结日期": "2026-03-22", "办结情况": "已办结审批"}, admin)
    task = sv.tasks.get_task(tasks[2].id, admin)
    assert task.deadline == dt.date(2026, 3, 31) and task.done_on == dt.date(2026, 3, 22)
    # its history and the 通报 judge it by the 3-20 in force on 3-22
    assert any("任务办结（逾期）" in e.summary for e in audit.history("supervision", item.id))
    row = next(u for u in sv.bulletin(*MARCH, actor=admin).units if u.unit == UNITS[2])
    assert (row.done, row.on_time, row.done_late) == (1, 0, 1)
    # and so does its light
    assert sv.task_light(task).reason == "逾期办结"


def test_a_task_done_in_time_of_its_extension_shows_on_time(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 18))
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-03-31", "延期理由": "等省厅批复", "单位": UNITS[2]}, admin)
    fixed_today(dt.date(2026, 3, 25))
    steps.perform("supervision", item.id, "任务办结",
                  {"单位": UNITS[2], "办结日期": "2026-03-24", "办结情况": "已办结审批"}, admin)
    assert sv.task_light(sv.tasks.get_task(tasks[2].id, admin)).reason == "按期办结"
    # one done after its own 时限, never extended, is late (the 3-31 task done 4-02)
    fixed_today(dt.date(2026, 4, 2))
    for unit, words in ((UNITS[1], "资金已拨付"), (UNITS[0], "方案已实施")):
        steps.perform("supervision", item.id, "任务办结",
                      {"单位": unit, "办结日期": "2026-04-02", "办结情况": words}, admin)
    assert [sv.task_light(t).reason for t in sv.tasks_of(item.id, admin)] == [
        "按期办结", "逾期办结", "按期办结"]
