"""督查 dates that have not come yet are refused, as 反馈 and 办结 dates are: a 立项日期 or a
交办日期 after today (the item could not be split, the task could take no 反馈 until then)."""

from __future__ import annotations

import pytest

from officedesk.core import records, steps
from officedesk.core import supervision as sv
from officedesk.core.errors import ProcedureError, ValidationError

from .conftest import START, UNITS


def test_a_future_start_date_is_refused(db, admin, fixed_today):
    fixed_today(START)
    raw = {"事项名称": "测试未来立项", "来源": "领导批示", "事项内容": "x", "立项日期": "2026-03-10"}
    with pytest.raises(ValidationError, match="立项日期（2026-03-10）不能晚于今天"):
        records.create(sv.SPEC, raw, admin)
    item = records.create(sv.SPEC, {**raw, "立项日期": START.isoformat()}, admin)
    with pytest.raises(ValidationError, match="不能晚于今天"):
        records.update(sv.SPEC, item.id, {"立项日期": "2026-03-03"}, item.version, admin)


def test_a_future_assigned_date_is_refused(item_with_tasks, admin):
    item, tasks = item_with_tasks
    with pytest.raises(ValidationError, match="交办日期（2026-03-05）不能晚于今天"):
        sv.add_task(item.id, {"牵头单位": UNITS[0], "时限": "2026-04-10", "交办日期": "2026-03-05"},
                    admin)
    with pytest.raises(ValidationError, match="交办日期（2026-03-05）不能晚于今天"):
        steps.perform("supervision", item.id, "分解",
                      {"牵头单位": UNITS[0], "时限": "2026-04-10", "交办日期": "2026-03-05"}, admin)
    with pytest.raises(ValidationError, match="不能晚于今天"):
        sv.update_task(tasks[0].id, {"交办日期": "2026-03-05"}, tasks[0].version, admin)
    assert len(sv.tasks_of(item.id, admin)) == 3


def test_a_task_done_twice_points_to_the_items_close(item_with_tasks, admin):
    item, tasks = item_with_tasks
    for task in tasks:
        sv.complete_task(task.id, START, "已完成", admin)
    with pytest.raises(ProcedureError) as refused:
        steps.perform("supervision", item.id, "任务办结", {"办结情况": "再次办结"}, admin)
    assert "办结" in str(refused.value) and "分解" not in str(refused.value)
    assert "各项任务都已办结" in str(refused.value)
