"""修改任务 is a declared step (`officedesk steps`/`step`, and the window's button): it corrects
a task's 时限, 牵头单位, 交办日期… through the same core function as before (tasks.update_task),
for the same people (分解's holders, their 代理, the administrator), the task named by its
任务序号 or 单位 as 反馈 names it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError, ValidationError
from tests.supervision.split_office import split_office


@pytest.fixture
def office(db, fixed_today, monkeypatch):
    return split_office(fixed_today, monkeypatch, [
        ("xm", "徐明", "clerk", "综合科", "科员", "", False),
    ])


def _task(office):
    return sv.tasks_of(office["item"], CLI_ACTOR)[0]


def _offered(office, who):
    return [s.name for s in steps.available_steps("supervision", office["item"], office[who])]


def test_the_office_corrects_a_tasks_deadline_by_its_number(office):
    assert "修改任务" in _offered(office, "dfk")
    steps.perform("supervision", office["item"], "修改任务", {"任务序号": "1", "时限": "2026-11-20"},
                  office["dfk"])
    task = _task(office)
    assert task.deadline == dt.date(2026, 11, 20)
    assert task.lead_unit  # what was not given stays


def test_a_clerk_of_another_section_is_neither_offered_it_nor_let(office):
    assert "修改任务" not in _offered(office, "xm")
    with pytest.raises(ProcedureError, match="“修改任务”与“分解”一样，应由督查室的科长或副科长"):
        steps.perform("supervision", office["item"], "修改任务",
                      {"任务序号": "1", "时限": "2026-11-20"}, office["xm"])
    assert _task(office).deadline == dt.date(2026, 11, 15)


def test_the_task_by_its_unit_and_what_may_be_cleared(office):
    task = _task(office)
    steps.perform("supervision", office["item"], "修改任务",
                  {"单位": task.lead_unit, "责任人": "王五"}, office["dfk"])
    assert _task(office).responsible == "王五"
    steps.perform("supervision", office["item"], "修改任务", {"清空": "责任人"}, office["dfk"])
    assert _task(office).responsible == ""
    with pytest.raises(ValidationError, match="牵头单位"):
        steps.perform("supervision", office["item"], "修改任务", {"清空": "牵头单位"},
                      office["dfk"])
    with pytest.raises(ValidationError, match="要修改"):
        steps.perform("supervision", office["item"], "修改任务", {}, office["dfk"])
