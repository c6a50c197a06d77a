"""办结率 and 按期办结率 say what they count: 按项计 (督查事项) or 按件计 (分解任务); `stats` leads
with the items'. An item is 按期办结 only when it was closed by its 办结时限 and every task of it
was done by its own 时限: an item whose tasks were late is no 按期办结, in its state, the 通报
and `stats` alike."""

from __future__ import annotations

import datetime as dt

from officedesk.cli_labels import summary_lines
from officedesk.core import stats
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR

ITEM_RATES = ("办结率（按项计）", "按期办结率（按项计）")
TASK_RATES = ("办结率（按件计）", "按期办结率（按件计）")


def _all_done(tasks, admin, fixed_today, late_seq: int | None):
    """Every task done on its 时限, but `late_seq`'s five days after it; the item on 4-28."""
    for task in sorted(tasks, key=lambda t: t.deadline):
        day = task.deadline + dt.timedelta(days=5 if task.seq == late_seq else 0)
        fixed_today(day)
        sv.complete_task(task.id, day, "已办完", admin)
    fixed_today(dt.date(2026, 4, 28))
    item = sv.get_item(tasks[0].item_id, admin)
    return sv.close_item(item.id, "2026-04-28", "全部办完", item.version, admin)


def test_an_item_whose_task_was_late_is_no_on_time_close(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    closed = _all_done(tasks, admin, fixed_today, late_seq=tasks[2].seq)  # due 3-20, done 3-25
    assert closed.closed_on <= closed.deadline
    assert closed.status == sv.DONE_LATE
    assert sv.item_light(closed, today=dt.date(2026, 4, 28)).reason == "逾期办结"
    result = sv.bulletin(dt.date(2026, 1, 1), dt.date(2026, 12, 31), actor=CLI_ACTOR)
    assert (result.items_done, result.items_on_time) == (1, 0)
    year = stats.collect(admin, 2026)["supervision"]
    assert (year["已办结"], year["按期办结"], year["逾期办结"]) == (1, 0, 1)
    assert year["按期办结率（按项计）"] == 0.0 and year["办结率（按项计）"] == 100.0
    # the tasks: two of three on time
    assert year["按期办结率（按件计）"] == 66.7 and year["办结率（按件计）"] == 100.0


def test_an_item_whose_tasks_were_all_on_time_is(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    closed = _all_done(tasks, admin, fixed_today, late_seq=None)
    assert closed.status == sv.DONE_ON_TIME
    year = stats.collect(admin, 2026)["supervision"]
    assert (year["已办结"], year["按期办结"]) == (1, 1)
    assert year["按期办结率（按项计）"] == 100.0 and year["按期办结率（按件计）"] == 100.0


def test_every_rate_says_what_it_counts(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    _all_done(tasks, admin, fixed_today, late_seq=None)
    year = stats.collect(admin, 2026)["supervision"]
    keys = list(year)
    rates = [key for key in keys if "率" in key]
    assert rates == [*ITEM_RATES, *TASK_RATES]  # the items' first
    assert keys.index(ITEM_RATES[0]) < keys.index(TASK_RATES[0])
    for unit in year["按单位"]:
        assert [key for key in unit if "率" in key] == list(TASK_RATES)
    lines = summary_lines({"supervision": year})
    assert any(line.strip().startswith("按期办结率（按项计）：100.0") for line in lines)
    assert not any(line.strip().startswith(("办结率：", "按期办结率：")) for line in lines)
