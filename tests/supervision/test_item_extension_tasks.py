"""An item's 延期 and its tasks' 时限: an open task that ran to the item's old 办结时限 (its 时限
equal to it) is extended with the item, from the same 延期日期, so its light, its 催办 and the
通报's 按期 read the new 时限; a task with an earlier 时限 of its own keeps it (a 延期 of its
own moves it), and a task already 办结 is judged as it was."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, steps
from officedesk.core import supervision as sv
from officedesk.core.supervision import in_force, reminders

from .conftest import UNITS

LAST = "市民政局"


def _with_a_task_to_the_end(item, admin):
    """A fourth task whose 时限 is the item's own 办结时限 (2026-04-30)."""
    return sv.add_task(item.id, {"牵头单位": LAST, "时限": "2026-04-30", "办理要求": "配合"}, admin)


def test_a_task_due_with_the_item_moves_with_its_extension(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    last = _with_a_task_to_the_end(item, admin)
    fixed_today(dt.date(2026, 4, 28))
    outcome = steps.perform("supervision", item.id, "延期",
                            {"办结时限": "2026-05-31", "延期理由": "整体推迟"}, admin,
                            on="2026-04-27")
    assert outcome is not None
    moved = sv.tasks.get_task(last.id, admin)
    assert moved.deadline == dt.date(2026, 5, 31)
    # the tasks with a 时限 of their own keep it
    assert sv.tasks.get_task(tasks[0].id, admin).deadline == dt.date(2026, 4, 15)
    # moved from the item's 延期日期, as a task's own 延期: a 通报 before it reads the old 时限
    found = in_force.extensions([item.id])
    assert in_force.task_deadline(moved, found, dt.date(2026, 4, 26)) == dt.date(2026, 4, 30)
    assert in_force.task_deadline(moved, found, dt.date(2026, 4, 27)) == dt.date(2026, 5, 31)
    # after the old 时限: not chased as 逾期 (its 反馈 is late: that stays), not red, not 逾期未办结 in May's 通报
    fixed_today(dt.date(2026, 5, 6))
    chased = {c.task.lead_unit: c.kind for c in reminders.chases(actor=admin)}
    assert chased[LAST] != reminders.OVERDUE and chased[UNITS[0]] == reminders.OVERDUE
    assert "逾期" not in sv.task_light(moved).reason
    may = sv.bulletin(dt.date(2026, 5, 1), dt.date(2026, 5, 5), actor=admin)
    assert LAST not in [o.unit for o in may.overdue]
    # the history says so
    assert "市民政局 2026-04-30 → 2026-05-31" in " ".join(
        e.summary for e in audit.history("supervision", item.id, admin))


def test_a_done_task_is_not_moved(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    last = _with_a_task_to_the_end(item, admin)
    fixed_today(dt.date(2026, 4, 28))
    steps.perform("supervision", item.id, "任务办结", {"单位": LAST, "办结情况": "已完成"}, admin)
    steps.perform("supervision", item.id, "延期", {"办结时限": "2026-05-31", "延期理由": "整体推迟"},
                  admin)
    assert sv.tasks.get_task(last.id, admin).deadline == dt.date(2026, 4, 30)
