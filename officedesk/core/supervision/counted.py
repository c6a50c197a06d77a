"""A holiday change and the 督查 deadlines (core.counted_deadlines): an item's 办结时限 left blank
at 立项 was counted (立项日期 + the default days); while the item is not 办结 it is counted again,
and the open tasks that took it as their 时限 (none typed at 交办) move with it, so that no task
is due after its item. A task 时限 typed after the new day keeps the item where it was."""

from __future__ import annotations

from typing import Any

from officedesk.core import counted_deadlines, records
from officedesk.core.errors import ValidationError
from officedesk.core.supervision.items import OPEN, PENDING, SPEC
from officedesk.core.supervision.task_reads import _open_tasks, _tasks_of
from officedesk.core.supervision.tasks import TASK_COUNTED, update_task


def _running(item: Any, field: str) -> bool:
    return item.status in (PENDING, OPEN)  # not 办结, nor 已作废


def _following(item: Any) -> list[tuple[Any, Any]]:
    """The item's open tasks whose 时限 is the item's counted one, each with its count."""
    out = []
    for task in _open_tasks(item.id):
        row = counted_deadlines.counted(TASK_COUNTED, task.id, "deadline")
        if row is not None and row.due == task.deadline == item.deadline:
            out.append((task, row))
    return out


def _move(item: Any, values: dict[str, Any], actor: Any, summary: str) -> None:
    """The item and the tasks following it, in the order the rule 任务时限不晚于办结时限 allows
    (earlier: the tasks first; later: the item first)."""
    new = values["deadline"]
    earlier = new < item.deadline
    following = _following(item)

    def move_tasks() -> None:
        for task, row in following:
            update_task(task.id, {"deadline": new}, task.version, actor, why=summary)
            counted_deadlines.remember(TASK_COUNTED, task.id, "deadline", row.since, row.days,
                                       row.working, new)

    if earlier:
        moving = {task.id for task, _row in following}
        late = [t for t in _tasks_of(item.id) if t.id not in moving and t.deadline > new]
        if late:  # its own 时限, typed: the item may not be due before it (items._check_item)
            raise ValidationError(
                f"{late[0].lead_unit}的任务时限 {late[0].deadline.isoformat()} 晚于重算的办结时限 "
                f"{new.isoformat()}：办结时限不变。", "deadline")
        move_tasks()
        item = records.get_unchecked(SPEC, item.id)  # read again: the tasks' save stamped it
    records.save_changes(SPEC, item, values, item.version, actor, action="step", summary=summary)
    if not earlier:
        move_tasks()


counted_deadlines.declare(SPEC.name, _running, _move)
