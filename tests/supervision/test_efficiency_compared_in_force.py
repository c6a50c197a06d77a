"""The 效能 comparison columns (环比: the previous period, 同比: the same period last year) of
督查 read each task's 时限 as in force at THAT period's end, as that period's 督查通报 did: a 延期
granted after the previous period must not rewrite its 逾期未办 in a later report (DOMAIN §4:
a period's figures are its state at its end)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import steps
from officedesk.core.efficiency import efficiency

from .conftest import UNITS

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
APRIL = (dt.date(2026, 4, 1), dt.date(2026, 4, 30))


def _overdue(figures: dict, column: str | None = None) -> dict[str, int]:
    rows = figures["procedures"]["supervision"]["by_unit"]
    return {row["key"]: (row[column] if column else row)["overdue"] for row in rows
            if (row[column] if column else row)["overdue"]}


def _extend(item, unit: str, new: str, on: str, admin) -> None:
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": new, "延期理由": "需上级批复", "单位": unit}, admin, on=on)


def test_the_previous_period_column_keeps_the_time_limit_in_force_at_its_end(
        item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 10))
    march = efficiency(admin, *MARCH)
    assert _overdue(march) == {UNITS[1]: 1, UNITS[2]: 1}
    _extend(item, UNITS[2], "2026-04-25", "2026-04-02", admin)
    assert _overdue(efficiency(admin, *MARCH)) == _overdue(march)  # its own report: unchanged
    april = efficiency(admin, *APRIL)
    total = april["procedures"]["supervision"]["total"]
    # March as April's 环比 column: both tasks were 逾期未办 at March's end, as March said
    assert total["previous"]["overdue"] == march["procedures"]["supervision"]["total"]["overdue"] == 2
    # April reads the new 时限: not due yet (a unit with nothing in April has no row of its own)
    assert _overdue(april) == {UNITS[1]: 1}


def test_a_task_extended_and_done_later_was_overdue_in_the_previous_column(
        item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 10))
    _extend(item, UNITS[2], "2026-04-25", "2026-04-02", admin)
    steps.perform("supervision", item.id, "任务办结",
                  {"单位": UNITS[2], "办结日期": "2026-04-10", "办结情况": "已完成规划调整"}, admin)
    april = efficiency(admin, *APRIL)
    assert _overdue(april, "previous") == _overdue(efficiency(admin, *MARCH)) \
        == {UNITS[1]: 1, UNITS[2]: 1}


def test_the_last_year_column_keeps_the_time_limit_in_force_a_year_ago(
        item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 5, 6))
    _extend(item, UNITS[0], "2026-06-30", "2026-05-05", admin)  # after April: due 4-15 then
    april = efficiency(admin, *APRIL)
    assert _overdue(april) == {UNITS[0]: 1, UNITS[1]: 1, UNITS[2]: 1}
    fixed_today(dt.date(2027, 4, 10))
    a_year_on = efficiency(admin, dt.date(2027, 4, 1), dt.date(2027, 4, 30))
    assert _overdue(a_year_on, "last_year") == _overdue(april)
