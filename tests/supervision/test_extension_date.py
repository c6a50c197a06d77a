"""A 延期 is dated by its approval (--on, the step dialog's 日期; default today): one approved on
time and entered late moves the 时限 from the day it was approved, so the 通报 of a period
after that day reads the new 时限. Not in the future, not before the item's 立项日期 (nor a
task's before its 交办)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk import cli
from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError
from officedesk.core.supervision import in_force
from officedesk.store.models import AuditEntry

from .conftest import UNITS

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _extensions(item):
    return in_force.extensions([item.id])[item.id]


def test_a_task_extension_approved_in_time_and_entered_late(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks  # the 3-20 task (市自然资源和规划局) is overdue in March
    fixed_today(dt.date(2026, 4, 3))
    assert [o.unit for o in sv.bulletin(*MARCH, actor=admin).overdue] == [UNITS[2], UNITS[1]]
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "规划审批需省厅批复", "单位": UNITS[2]},
                  admin, on="2026-03-18")
    march = sv.bulletin(*MARCH, actor=admin)
    assert [o.unit for o in march.overdue] == [UNITS[1]]  # approved before its 3-20 时限 ran out
    (extension,) = _extensions(item)
    assert (extension.granted, extension.new) == (dt.date(2026, 3, 18), dt.date(2026, 4, 25))
    # a 通报 of the days before the approval still reads the old 时限
    assert in_force.task_deadline(sv.tasks.get_task(tasks[2].id, admin), {item.id: [extension]},
                                  dt.date(2026, 3, 17)) == dt.date(2026, 3, 20)


def test_the_item_s_own_extension_keeps_its_approval_day(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 5, 6))
    steps.perform("supervision", item.id, "延期", {"办结时限": "2026-05-31", "延期理由": "整体推迟"},
                  admin, on="2026-04-28")
    (extension,) = _extensions(item)
    assert extension.of_item and extension.granted == dt.date(2026, 4, 28)
    after = json.loads(AuditEntry.get(AuditEntry.action == "extend").after)
    assert after["延期日期"] == "2026-04-28" and after["办结时限"] == "2026-05-31"
    fresh = sv.get_item(item.id, admin)
    assert in_force.item_deadline(fresh, {item.id: [extension]}, dt.date(2026, 4, 30)) == \
        dt.date(2026, 5, 31)
    assert in_force.item_deadline(fresh, {item.id: [extension]}, dt.date(2026, 4, 27)) == \
        dt.date(2026, 4, 30)


def test_without_a_day_it_is_today(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 3))
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "等批复", "单位": UNITS[2]}, admin)
    assert _extensions(item)[0].granted == dt.date(2026, 4, 3)


def test_a_day_in_the_future_or_before_the_start_is_refused(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 3))
    values = {"办结时限": "2026-05-31", "延期理由": "整体推迟"}
    with pytest.raises(ValidationError, match="不能晚于今天"):
        steps.perform("supervision", item.id, "延期", values, admin, on="2026-04-04")
    with pytest.raises(ValidationError, match=r"延期日期（2026-03-01）不能早于立项日期（2026-03-02）"):
        steps.perform("supervision", item.id, "延期", values, admin, on="2026-03-01")
    late = sv.add_task(item.id, {"牵头单位": "市民政局", "时限": "2026-04-20", "办理要求": "x",
                                 "交办日期": "2026-03-10"}, admin)
    with pytest.raises(ValidationError, match=r"不能早于.*交办日期（2026-03-10）"):
        steps.perform("supervision", item.id, "延期",
                      {"办结时限": "2026-04-28", "延期理由": "x", "任务序号": str(late.seq)},
                      admin, on="2026-03-05")
    assert item.id not in in_force.extensions([item.id])
    assert sv.get_item(item.id, admin).deadline == dt.date(2026, 4, 30)


def test_the_command_line_and_the_step_dialog_take_the_day(item_with_tasks, admin, fixed_today,
                                                           db, capsys, qtbot):
    from officedesk.ui.widgets.step_form import SpecStepDialog

    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 3))
    listed = steps.describe("supervision", item.id, admin)
    assert next(s for s in listed["steps"] if s["step"] == "延期")["on"] is True
    dialog = SpecStepDialog(admin, "supervision", sv.get_item(item.id, admin), "延期")
    qtbot.addWidget(dialog)
    assert "on" in dialog.widgets and dialog.value("on") == dt.date(2026, 4, 3)
    code = cli.main(["step", "supervision", str(item.id), "延期", "办结时限=2026-04-25",
                     "延期理由=规划审批需省厅批复", f"单位={UNITS[2]}", "--on", "2026-03-18",
                     "--db", str(db.database)])
    assert code == 0, capsys.readouterr()
    assert _extensions(item)[0].granted == dt.date(2026, 3, 18)


def test_a_second_extension_is_not_dated_before_the_first(item_with_tasks, admin, fixed_today):
    """The 时限 in force on a day must not depend on the order the 延期 were typed in: one dated
    before the last 延期 of the same task (or of the item) is refused."""
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 3))
    task_step = {"延期理由": "需协调", "单位": UNITS[2]}
    steps.perform("supervision", item.id, "延期", {**task_step, "办结时限": "2026-04-25"}, admin,
                  on="2026-03-25")
    with pytest.raises(ValidationError, match=r"延期日期（2026-03-21）不能早于上一次延期日期（2026-03-25）"):
        steps.perform("supervision", item.id, "延期", {**task_step, "办结时限": "2026-04-28"}, admin,
                      on="2026-03-21")
    steps.perform("supervision", item.id, "延期", {**task_step, "办结时限": "2026-04-28"}, admin,
                  on="2026-03-25")  # the same day is fine
    item_step = {"延期理由": "整体推迟"}
    steps.perform("supervision", item.id, "延期", {**item_step, "办结时限": "2026-05-20"}, admin,
                  on="2026-03-29")
    with pytest.raises(ValidationError, match="不能早于上一次延期日期（2026-03-29）"):
        steps.perform("supervision", item.id, "延期", {**item_step, "办结时限": "2026-05-31"}, admin,
                      on="2026-03-28")
    assert len(_extensions(item)) == 3


def test_a_new_time_limit_before_the_day_of_approval_is_refused(item_with_tasks, admin, fixed_today):
    """A 延期 approved on 3-25 to a 时限 of 3-22 is overdue the day it is granted."""
    item, _tasks = item_with_tasks  # the 3-20 task (市自然资源和规划局)
    fixed_today(dt.date(2026, 4, 3))
    with pytest.raises(ValidationError, match=r"早于批准延期的日期（2026-03-25）") as caught:
        steps.perform("supervision", item.id, "延期",
                      {"办结时限": "2026-03-22", "延期理由": "x", "单位": UNITS[2]}, admin, on="2026-03-25")
    assert caught.value.field == "deadline" and item.id not in in_force.extensions([item.id])


def test_a_task_done_before_a_later_extension_is_done_late(item_with_tasks, admin, fixed_today):
    """A 延期 granted after the task was done does not make its 办结 on time: the task is judged
    by the 时限 in force on the day it was done (its 办结日期), in its history and in the 通报 —
    a 延期 entered first (dated 3-28) and a 办结 entered after it, dated 3-25, read 按期 before."""
    item, tasks = item_with_tasks  # the 3-20 task (市自然资源和规划局)
    fixed_today(dt.date(2026, 4, 3))
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "单位申请", "单位": UNITS[2]},
                  admin, on="2026-03-28")
    steps.perform("supervision", item.id, "任务办结", {"单位": UNITS[2], "办结情况": "已完成",
                                                     "办结日期": "2026-03-25"}, admin)
    done = AuditEntry.select().where(AuditEntry.action == "task").order_by(AuditEntry.id.desc()).get()
    assert done.summary.startswith("任务办结（逾期）"), done.summary
    march = {u.unit: u for u in sv.bulletin(*MARCH, actor=admin).units}
    assert (march[UNITS[2]].done, march[UNITS[2]].on_time) == (1, 0)
    # one done before its own 时限 stays 按期 whatever came after
    steps.perform("supervision", item.id, "任务办结", {"单位": UNITS[1], "办结情况": "已完成",
                                                     "办结日期": "2026-03-30"}, admin)
    march = {u.unit: u for u in sv.bulletin(*MARCH, actor=admin).units}
    assert (march[UNITS[1]].done, march[UNITS[1]].on_time) == (1, 1)
