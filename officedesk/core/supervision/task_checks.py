"""The 督查 task steps checked with no write (an import --update's 分解任务 sheet, before the write
lock: its dry run, and a file refused by row, take none): 分解交办, 修改任务 and 任务办结 for an item
and a task as read, each making the checks its step makes (tasks: `_open`, `_editable`,
`new_task`, `_changed`, `_completed`, which the steps themselves call) on a copy of the task,
which is returned as the step would save it and never saved."""

from __future__ import annotations

from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.supervision.task_fields import CLOSE_FIELDS, TASK_FIELDS
from officedesk.core.supervision.tasks import (
    _changed,
    _completed,
    _copy,
    _editable,
    _open,
    _parse,
    new_task,
    parsed_task,
)
from officedesk.store.supervision import SupervisionItem, SupervisionTask


def check_add(item: SupervisionItem, raw: dict[str, Any], actor: Actor) -> SupervisionTask:
    """分解交办 (add_task) checked with no write, for `item` as read (an import's dry run): the
    task as it makes it, never saved."""
    records.require_writer(actor)
    values = parsed_task(raw)
    return SupervisionTask(item=item.id, **new_task(_open(item, "分解交办"), values, 0, actor))


def check_update(task: SupervisionTask, item: SupervisionItem, raw: dict[str, Any],
                 actor: Actor) -> SupervisionTask:
    """修改任务 (update_task) checked with no write, for `task` and `item` as read (an import's
    dry run): the task as it saves it, a copy never saved."""
    records.require_writer(actor)
    values = _parse(TASK_FIELDS, raw, partial=True)
    changed = _copy(task)
    _changed(changed, _editable(_open(item, "修改任务"), actor), values, task.version)
    return changed


def check_complete(task: SupervisionTask, item: SupervisionItem, done_on: Any, report: str,
                   actor: Actor) -> SupervisionTask:
    """任务办结 (complete_task) checked with no write, for `task` and `item` as read (an import's
    dry run): the task as it saves it, a copy never saved."""
    records.require_writer(actor)
    values = _parse(CLOSE_FIELDS, {"closed_on": done_on, "report": report})
    done = _copy(task)
    _completed(item, done, values, actor)
    return done
