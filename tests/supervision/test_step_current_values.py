"""A step that changes what a record holds shows it as it is: 延期 the current 时限 (the item's,
or the named task's), 修改任务 the chosen task's fields, 反馈 its 进度 — declared once on the
StepSpec (`current`), read by `steps` (现为 …, JSON `current`) and by the generic step dialog,
which shows the chosen task's values again when another task is chosen."""

from __future__ import annotations

import datetime as dt

from officedesk.cli_steps import _field_text
from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.ui.widgets.step_form import SpecStepDialog


def _fields(item_id, admin, step):
    found = next(s for s in steps.describe("supervision", item_id, admin)["steps"] if s["step"] == step)
    return {f["name"]: f for f in found["fields"]}


def test_steps_shows_the_current_deadline_for_an_extension(item_with_tasks, admin):
    item, tasks = item_with_tasks
    fields = _fields(item.id, admin, "延期")
    assert fields["deadline"]["current"] == "2026-04-30"
    assert "default" not in fields["deadline"]  # shown, never sent for the clerk
    assert _field_text(fields["deadline"]) == "*办结时限[现为 2026-04-30]"
    spec = steps.procedure("supervision").find("延期")
    assert spec.current_values(item, {"task": str(tasks[2].seq)}) == {"deadline": dt.date(2026, 3, 20)}
    assert spec.current_values(item, {"unit": tasks[1].lead_unit}) == {"deadline": dt.date(2026, 3, 31)}


def test_editing_a_task_shows_its_values(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    spec = steps.procedure("supervision").find("修改任务")
    now = spec.current_values(item, {"task": str(tasks[1].seq)})
    assert now["lead_unit"] == tasks[1].lead_unit and now["responsible"] == "赵敏"
    assert now["deadline"] == dt.date(2026, 3, 31) and now["requirement"] == "落实改造资金"
    assert spec.current_values(item, {}) == {}  # three open tasks: none chosen, nothing shown
    # one task left open: `steps` shows its values
    fixed_today(dt.date(2026, 3, 20))
    for task in tasks[1:]:
        sv.complete_task(task.id, "2026-03-20", "已办完", admin)
    fields = _fields(item.id, admin, "修改任务")
    assert fields["responsible"]["current"] == "李明"
    assert fields["deadline"]["current"] == "2026-04-15"


def test_the_dialog_opens_with_the_current_values(app_ctx, qtbot, item_with_tasks, admin):
    item, tasks = item_with_tasks
    dialog = SpecStepDialog(admin, "supervision", item, "延期")
    qtbot.addWidget(dialog)
    assert dialog.value("deadline") == dt.date(2026, 4, 30)
    dialog.set_value("task", str(tasks[2].seq))  # the task chosen: its 时限
    assert dialog.value("deadline") == dt.date(2026, 3, 20)

    edit = SpecStepDialog(admin, "supervision", item, "修改任务")
    qtbot.addWidget(edit)
    assert edit.value("responsible") == ""  # no task chosen yet
    edit.set_value("task", str(tasks[1].seq))
    assert (edit.value("responsible"), edit.value("deadline")) == ("赵敏", dt.date(2026, 3, 31))
    edit.set_value("task", str(tasks[2].seq))
    assert (edit.value("responsible"), edit.value("deadline")) == ("孙强", dt.date(2026, 3, 20))
