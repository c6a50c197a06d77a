"""A 督查 时限 as the 工作台, the task list and the item's detail show it: “2027-01-29（暂按）”
only when the program counted it (an item's 办结时限 left blank at 立项, a task that took that
counted 时限) into a year whose holidays are not known yet (DOMAIN §5); a 时限 typed by a clerk
— a leader's date, a 延期 granted — is a date, never provisional (core.counted_deadlines)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from officedesk.core import counted_deadlines, workdays
from officedesk.core.supervision.items import SPEC
from officedesk.core.supervision.tasks import TASK_COUNTED


def _provisional(records: Iterable[Any]) -> dict[int, Any]:
    """Only a day in a year whose holidays are unknown can be 暂按: the others need no query."""
    return {r.id: r.deadline for r in records if workdays.provisional(r.deadline)}


def provisional_items(items: Iterable[Any]) -> set[int]:
    """The ids of the items whose 办结时限 is a count shown 暂按."""
    return counted_deadlines.counted_ids(SPEC.name, "deadline", _provisional(items))


def provisional_tasks(tasks: Iterable[Any]) -> set[int]:
    """The ids of the tasks whose 时限 is a count shown 暂按."""
    return counted_deadlines.counted_ids(TASK_COUNTED, "deadline", _provisional(tasks))


def item_deadline(item: Any) -> str:
    """The item's 办结时限 as text, 暂按 when counted into a year not entered yet."""
    return counted_deadlines.shown(SPEC.name, item, "deadline")


def task_deadline(task: Any) -> str:
    """A task's 时限 as text, 暂按 when counted into a year not entered yet."""
    return counted_deadlines.shown(TASK_COUNTED, task, "deadline")
