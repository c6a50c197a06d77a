"""Reading an item's tasks and progress reports.

An item's tasks and reports are as secret as the item: the public readers read it with the
actor first, so one above the actor's clearance is refused before any row is read. The private
ones (`_tasks_of`, …) are for core code that has read the item with the actor already."""

from __future__ import annotations

from officedesk.core import i18n, records
from officedesk.core.actor import Actor
from officedesk.core.supervision.items import SPEC
from officedesk.core.supervision.task_fields import TASK_DONE
from officedesk.store.supervision import SupervisionReport, SupervisionTask


def _tasks_of(item_id: int) -> list[SupervisionTask]:
    """An item's tasks, unchecked: for core code that has read the item with the actor."""
    return list(
        SupervisionTask.select()
        .where(SupervisionTask.item == item_id)
        .order_by(SupervisionTask.seq, SupervisionTask.id)
    )


def _reports_of(task_id: int) -> list[SupervisionReport]:
    return list(
        SupervisionReport.select()
        .where(SupervisionReport.task == task_id)
        .order_by(SupervisionReport.report_date, SupervisionReport.id)
    )


def _missing_task(task_id: int, hidden: bool = False) -> Exception:
    """A task not there, or (`hidden`) one whose item is above the reader's clearance: told in
    the same words (HiddenRecordError is a NotFoundError, as records.get answers a hidden id)."""
    from officedesk.core.errors import HiddenRecordError, NotFoundError

    refused = HiddenRecordError if hidden else NotFoundError
    return refused(i18n.text("没有找到记录号（id）为 %1 的分解任务，可能已被删除。请刷新。", task_id))


def _task(task_id: int) -> SupervisionTask:
    task = SupervisionTask.get_or_none(SupervisionTask.id == task_id)
    if task is None:
        raise _missing_task(task_id)
    return task


def task_for(task_id: int, actor: Actor) -> SupervisionTask:
    """The task, whose item the actor may see: a task of an item above his clearance is
    answered as a task that is not there (naming its item would tell that a hidden item with
    that id exists)."""
    task = _task(task_id)
    if records.shown(SPEC, task.__data__["item"], actor) is None:
        raise _missing_task(task_id, hidden=True)
    return task


def tasks_of(item_id: int, actor: Actor) -> list[SupervisionTask]:
    records.get(SPEC, item_id, actor)
    return _tasks_of(item_id)


def get_task(task_id: int, actor: Actor) -> SupervisionTask:
    return task_for(task_id, actor)


def reports_of(task_id: int, actor: Actor) -> list[SupervisionReport]:
    get_task(task_id, actor)
    return _reports_of(task_id)


def _open_tasks(item_id: int) -> list[SupervisionTask]:
    return [t for t in _tasks_of(item_id) if t.status != TASK_DONE]


def open_tasks(item_id: int, actor: Actor) -> list[SupervisionTask]:
    """The tasks not yet 办结 of an item the actor may see."""
    records.get(SPEC, item_id, actor)
    return _open_tasks(item_id)
