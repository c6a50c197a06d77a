"""One unit may lead two open tasks of one item. 反馈, 任务办结 and 延期 then name the task by
its 序号 (as the task list shows it): given the unit alone they refuse, listing the tasks to
choose from, and never take the first one silently. The same declaration serves the command
line and the window."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.core.supervision import tasks
from officedesk.ui import supervision as tab_module
from tests.cli_office import Office, office  # noqa: F401 (the fixture)

from .conftest import UNITS
from .test_tab import fill_dialog

REPORT = {"进度": "30", "进展情况": "第二批小区已摸底"}


@pytest.fixture
def twice_led(item_with_tasks, admin, fixed_today):
    """The fixture's item, with a second open task for its first unit (序号 4)."""
    item, tasks = item_with_tasks
    again = sv.add_task(item.id, {"牵头单位": UNITS[0], "时限": "2026-04-20",
                                  "办理要求": "第二批小区改造"}, admin)
    assert (again.seq, again.lead_unit) == (4, tasks[0].lead_unit)
    fixed_today(dt.date(2026, 3, 10))
    return sv.get_item(item.id, admin), tasks[0], again


def _reports(task) -> list[str]:
    return [r.progress_text for r in sv.reports_of(task.id, CLI_ACTOR)]


def test_the_unit_alone_is_refused_naming_its_tasks(twice_led, admin):
    item, first, again = twice_led
    for step, values in (("反馈", REPORT), ("任务办结", {"办结情况": "已完成"}),
                         ("延期", {"办结时限": "2026-04-25", "延期理由": "工程量大"})):
        with pytest.raises(ValidationError) as refused:
            steps.perform("supervision", item.id, step, {"单位": UNITS[0], **values}, admin)
        message = refused.value.message
        assert refused.value.field == "task", (step, message)
        assert "请写明“任务序号”" in message, (step, message)
        assert f"第1项 {UNITS[0]}（时限 2026-04-15" in message, (step, message)
        assert f"第4项 {UNITS[0]}（时限 2026-04-20，第二批小区改造）" in message, (step, message)
    assert _reports(first) == _reports(again) == []
    # nothing done: no task closed, no 时限 moved
    assert [(t.seq, t.status, t.deadline) for t in sv.tasks_of(item.id, admin)][::3] == [
        (1, sv.TASK_OPEN, first.deadline), (4, sv.TASK_OPEN, again.deadline)]


def test_the_task_is_named_by_its_number(twice_led, admin):
    item, first, again = twice_led
    steps.perform("supervision", item.id, "反馈", {"任务序号": "4", **REPORT}, admin)
    assert (_reports(first), _reports(again)) == ([], ["第二批小区已摸底"])
    # with its unit too; a number and a unit that do not agree are refused
    steps.perform("supervision", item.id, "反馈",
                  {"单位": UNITS[0], "任务序号": "1", "进度": "50", "进展情况": "方案已定"}, admin)
    assert _reports(first) == ["方案已定"]
    with pytest.raises(ValidationError, match=f"第4项任务的牵头单位是“{UNITS[0]}”"):
        steps.perform("supervision", item.id, "反馈", {"单位": UNITS[1], "任务序号": "4",
                                                       **REPORT}, admin)
    steps.perform("supervision", item.id, "延期",
                  {"任务序号": "4", "办结时限": "2026-04-25", "延期理由": "工程量大"}, admin)
    assert tasks.get_task(again.id, admin).deadline == dt.date(2026, 4, 25)
    assert tasks.get_task(first.id, admin).deadline == dt.date(2026, 4, 15)
    steps.perform("supervision", item.id, "任务办结", {"任务序号": "4", "办结情况": "已完成"}, admin)
    assert tasks.get_task(again.id, admin).status == sv.TASK_DONE
    assert tasks.get_task(first.id, admin).status == sv.TASK_OPEN
    # one open task of that unit is left: the unit names it again
    steps.perform("supervision", item.id, "任务办结", {"单位": UNITS[0], "办结情况": "已完成"}, admin)
    assert tasks.get_task(first.id, admin).status == sv.TASK_DONE
    # a task done is no choice any more
    fields = steps.describe("supervision", item.id, admin)["steps"]
    report = next(s for s in fields if s["step"] == "反馈")
    assert {f["name"]: f["choices"] for f in report["fields"]}["task"] == ["2", "3"]
    with pytest.raises(ValidationError, match="任务序号"):
        steps.perform("supervision", item.id, "反馈", {"任务序号": "4", **REPORT}, admin)


def test_the_command_line_names_the_task_by_its_number(office):  # noqa: F811
    item = office.json("add", "supervision", "事项名称=冬季安全大检查", "来源=领导批示",
                       "办结时限=2026-12-31")["id"]
    office.step("supervision", item, "分解", "牵头单位=县应急局", "时限=2026-12-20",
                "办理要求=检查矿山")
    office.step("supervision", item, "分解", "牵头单位=县应急局", "时限=2026-12-10",
                "办理要求=检查危化品企业")
    shown = office.json("steps", "supervision", str(item))["steps"]
    report = next(s for s in shown if s["step"] == "反馈")
    assert [(f["label"], f["choices"]) for f in report["fields"][:2]] == [
        ("单位", ["县应急局"]), ("任务序号", ["1", "2"])]
    _out, err = office("step", "supervision", str(item), "反馈", "单位=县应急局", "进度=50",
                       "进展情况=一半", code=1)
    assert "“县应急局”有 2 项未办结的任务，请写明“任务序号”" in err
    assert "第1项 县应急局（时限 2026-12-20，检查矿山）" in err
    assert "第2项 县应急局（时限 2026-12-10，检查危化品企业）" in err
    office.step("supervision", item, "反馈", "任务序号=2", "进度=50", "进展情况=已检查一半")
    office.step("supervision", item, "任务办结", "任务序号=2", "办结情况=已完成检查")
    # the other task is now the unit's only open one
    office.step("supervision", item, "任务办结", "单位=县应急局", "办结情况=矿山已检查")
    assert office.step("supervision", item, "办结", "办结报告=均已完成")["state"] == "按期办结"


def test_the_window_reports_on_the_task_selected(app_ctx, qtbot, twice_led):
    item, first, again = twice_led
    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.show_record("supervision", item.id)
    tab.select_task(again.id)
    outcome: dict = {}
    fill_dialog({"percent": 30, "progress_text": "第二批小区已摸底"}, outcome)
    dialog = tab.add_report()
    assert outcome["saved"], outcome
    assert dialog is not None and dialog.value("task") == "4"
    assert (_reports(first), _reports(again)) == ([], ["第二批小区已摸底"])
    tab.select_task(again.id)
    fill_dialog({"report": "已完成"}, outcome)
    tab.complete_task()
    assert outcome["saved"], outcome
    assert (tasks.get_task(again.id, CLI_ACTOR).status,
            tasks.get_task(first.id, CLI_ACTOR).status) == (sv.TASK_DONE, sv.TASK_OPEN)
