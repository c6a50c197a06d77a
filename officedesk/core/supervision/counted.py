"""A holiday change and the 督查 deadlines (core.counted_deadlines' rule): an item's 办结时限 left
blank at 立项 was counted (立项日期 + the default days), and so was the 时限 of a task that took
it (none typed at 交办). While the item runs (not 办结 nor 已作废) each is counted again on its
own: the item's while it is counted (not typed over, not 延期), an open task's while it is
counted and its new day is within its item's 办结时限 — after a 延期 too. No open task is ever
due after its item: an open task's typed 时限 after the item's new day keeps the item where it
was; a task 办结 keeps its 时限 and pins nothing.

The calendar is the whole office's: the item is read and saved whatever the changer's
clearance (never shown to him), and counted for him only when he may see it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, counted_deadlines, i18n, records, workdays
from officedesk.core.errors import ValidationError
from officedesk.core.supervision.items import OPEN, PENDING, SPEC
from officedesk.core.supervision.task_reads import _open_tasks
from officedesk.core.supervision.tasks import TASK_COUNTED, save_task
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.db import guarded, write_transaction
from officedesk.store.supervision import SupervisionItem, SupervisionTask


def _running(item: Any) -> bool:
    return item.status in (PENDING, OPEN)  # not 办结, nor 已作废


def recompute(year: int, actor: Any) -> int:
    """After `year`'s holidays changed: each item with a counted 办结时限 or an open task's
    counted 时限 that may move, counted again (audited, signed by `actor`). Returns how many
    items moved that `actor` may see."""
    today = clock.today()
    changed = 0
    with guarded("重算期限"), write_transaction():
        rows = counted_deadlines.rows_through([SPEC.name, TASK_COUNTED], year, today)
        item_rows = {row.record_id: row for row in rows if row.registry == SPEC.name}
        task_rows = {row.record_id: row for row in rows if row.registry == TASK_COUNTED}
        tasks: dict[int, list[tuple[SupervisionTask, CountedDeadline]]] = {}
        if task_rows:
            for task in SupervisionTask.select().where(SupervisionTask.id.in_(list(task_rows))):
                tasks.setdefault(task.item_id, []).append((task, task_rows.pop(task.id)))
        for row in task_rows.values():  # the task was deleted
            row.delete_instance()
        for item_id in sorted(set(item_rows) | set(tasks)):
            changed += _recount(item_id, item_rows.get(item_id), tasks.get(item_id, []), year,
                                today, actor)
    return changed


def _recount(item_id: int, item_row: CountedDeadline | None,
             task_rows: list[tuple[SupervisionTask, CountedDeadline]], year: int,
             today: dt.date, actor: Any) -> int:
    item = SupervisionItem.get_or_none(SupervisionItem.id == item_id)
    if item is None:
        for row in [item_row, *(row for _task, row in task_rows)]:
            if row is not None:
                row.delete_instance()
        return 0
    if item_row is not None and item_row.due != item.deadline:  # typed over, 延期
        item_row.delete_instance()
        item_row = None
    counts: dict[int, CountedDeadline] = {}
    for task, row in task_rows:
        if task.deadline != row.due:  # typed over since
            row.delete_instance()
        else:
            counts[task.id] = row
    if not _running(item):
        return 0
    new = item.deadline
    if item_row is not None:
        day = counted_deadlines.recounted(item_row)
        if counted_deadlines.moves(year, today, item_row.since, item.deadline, day):
            new = day
    open_tasks = _open_tasks(item.id)
    recounted = {}
    for task in open_tasks:
        row = counts.get(task.id)
        if row is not None:
            day = counted_deadlines.recounted(row)
            if counted_deadlines.moves(year, today, row.since, task.deadline, day):
                recounted[task.id] = day

    def days_within(limit: dt.date) -> dict[int, dt.date]:
        """Each open task's day: its recount when within the item's `limit`, else its own."""
        out = {}
        for task in open_tasks:
            day = recounted.get(task.id)
            out[task.id] = day if day is not None and day <= limit else task.deadline
        return out

    days = days_within(new)
    late = [task for task in open_tasks if days[task.id] > new]
    if late:  # its own 时限, typed or not movable: the item may not be due before it
        counted_deadlines.refused(SPEC.name, item.id, year, ValidationError(
            i18n.text("%1的任务时限 %2 晚于重算的办结时限 %3：办结时限不变。",
                      late[0].lead_unit, days[late[0].id].isoformat(), new.isoformat()), "deadline"))
        new = item.deadline
        days = days_within(new)
    moving = [(task, days[task.id]) for task in open_tasks if days[task.id] != task.deadline]
    if new == item.deadline and not moving:
        return 0
    try:
        with write_transaction():  # a savepoint: a record refused is left as it was
            _move(item, new, moving, counts, item_row, actor,
                  counted_deadlines.summary(year))
    except ValidationError as exc:
        return counted_deadlines.refused(SPEC.name, item.id, year, exc)
    return counted_deadlines.seen(SPEC, item, actor)


def _move(item: Any, new: dt.date, moving: list[tuple[SupervisionTask, dt.date]],
          counts: dict[int, CountedDeadline], item_row: CountedDeadline | None, actor: Any,
          summary: str) -> None:
    """The item and its tasks, in the order the rule 任务时限不晚于办结时限 allows (the item
    earlier: the tasks first; later: the item first)."""

    def move_item() -> None:
        if new == item.deadline or item_row is None:
            return
        fresh = records.get_unchecked(SPEC, item.id)  # the tasks' saves stamp it
        records.save_changes(SPEC, fresh, {"deadline": new}, fresh.version, actor,
                             action="step", summary=summary)
        CountedDeadline.update(due=new).where(CountedDeadline.id == item_row.id).execute()

    def move_tasks() -> None:
        holder = records.get_unchecked(SPEC, item.id)
        for task, day in moving:
            save_task(task, holder, {"deadline": day}, task.version, actor, why=summary)
            CountedDeadline.update(due=day).where(
                CountedDeadline.id == counts[task.id].id).execute()

    if new < item.deadline:
        move_tasks()
        move_item()
    else:
        move_item()
        move_tasks()


workdays.register_recomputer(recompute)
