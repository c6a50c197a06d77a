"""The step Enter on a 督查事项 opens, as Enter on a 公文 or a 信访 opens its
(step_offered.next_step): the one the item — or, a task chosen, the task — waits for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from officedesk.core.step_offered import next_step as record_next_step
from officedesk.core.supervision.items import DONE_STATUSES, SPEC
from officedesk.core.supervision.tasks import TASK_DONE

# in the order a task waits for them: its 反馈, then (its last 反馈 at 100%) its 办结
TASK_STEPS = ("反馈", "任务办结")
# the item's own: 分解 of one 待交办, 办结 once every task is done (core offers it then only).
# Not 修改任务, 删除任务, 延期 or 重新打开: corrections the clerk chooses by their buttons.
ITEM_STEPS = ("分解", "办结")


def next_step(item: Any, task: Any | None, allowed: Iterable[str]) -> str | None:
    """Of `allowed` (the steps the actor may do on the item now), the one Enter opens: the chosen
    open task's 反馈 (its 任务办结 once its last 反馈 gave 100%); else the item's 分解 or 办结
    as step_offered.next_step finds it; None when the item waits for none of them (a 办理中
    item with open tasks and none chosen: the task is the clerk's to choose)."""
    allowed = set(allowed)
    if item is None:
        return None
    if task is not None and task.status != TASK_DONE and item.status not in DONE_STATUSES:
        order = TASK_STEPS[::-1] if (task.progress or 0) >= 100 else TASK_STEPS
        found = next((name for name in order if name in allowed), None)
        if found is not None:
            return found
    return record_next_step(SPEC.name, item, [name for name in ITEM_STEPS if name in allowed])
