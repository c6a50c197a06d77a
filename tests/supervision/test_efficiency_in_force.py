"""The 效能 figures of 督查 read each task's 时限 as the 督查通报 does: the one in force at the
period's end (or on the day the task was done), so a 延期 granted after a period does not
rewrite its 逾期未办 or its 按时率 (DOMAIN §4: a period's figures are its state at its end)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.efficiency import drill, efficiency

from .conftest import UNITS

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _supervision(admin) -> dict:
    return efficiency(admin, *MARCH)["procedures"]["supervision"]


def _overdue_units(admin) -> dict[str, int]:
    return {row["key"]: row["overdue"] for row in _supervision(admin)["by_unit"] if row["overdue"]}


def test_an_extension_after_the_period_leaves_its_overdue_tasks_overdue(item_with_tasks, admin,
                                                                         fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 3))
    before = {o.unit for o in sv.bulletin(*MARCH, actor=admin).overdue}
    assert before == {UNITS[1], UNITS[2]}
    assert _overdue_units(admin) == {UNITS[1]: 1, UNITS[2]: 1}
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "规划审批需省厅批复", "单位": UNITS[2]},
                  admin, on="2026-04-02")
    assert {o.unit for o in sv.bulletin(*MARCH, actor=admin).overdue} == before
    assert _overdue_units(admin) == {UNITS[1]: 1, UNITS[2]: 1}
    behind = drill.records_behind(admin, "supervision", *MARCH, "unit", UNITS[2])
    assert [(row.due, row.state) for row in behind] == [(dt.date(2026, 3, 20), drill.OVERDUE)]
    # April's figures read the new 时限: not due yet
    april = efficiency(admin, dt.date(2026, 4, 1), dt.date(2026, 4, 30))["procedures"]["supervision"]
    assert {row["key"] for row in april["by_unit"] if row["overdue"]} == {UNITS[1]}


def test_a_task_extended_and_done_after_the_period_was_overdue_at_its_end(item_with_tasks, admin,
                                                                          fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 10))
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "规划审批需省厅批复", "单位": UNITS[2]},
                  admin, on="2026-04-02")
    steps.perform("supervision", item.id, "任务办结",
                  {"单位": UNITS[2], "办结日期": "2026-04-10", "办结情况": "已完成规划调整"}, admin)
    assert UNITS[2] in {o.unit for o in sv.bulletin(*MARCH, actor=admin).overdue}
    assert _overdue_units(admin).get(UNITS[2]) == 1
    april = efficiency(admin, dt.date(2026, 4, 1), dt.date(2026, 4, 30))["procedures"]["supervision"]
    assert (april["total"]["completed"], april["total"]["on_time"]) == (1, 1)  # by 4-25, in force
