"""The item's own 办结 (with its 办结报告, once every task is done; 按期 or 逾期) and 重新打开 (an
办结 entered by mistake undone, with the reason). Each runs in one write transaction and leaves
an audit entry on the item, as the task steps (tasks.py) do."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, records, step_dates
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.summary_texts import trail_text
from officedesk.core.supervision import archiving, in_force
from officedesk.core.supervision.items import (
    DONE_LATE,
    DONE_ON_TIME,
    DONE_STATUSES,
    OPEN,
    PENDING,
    SPEC,
)
from officedesk.core.supervision.task_fields import CLOSE_FIELDS
from officedesk.core.supervision.task_reads import _open_tasks, _tasks_of
from officedesk.core.supervision.tasks import _open_item, _parse, _text, task_steps_done
from officedesk.store.db import guarded, write_transaction
from officedesk.store.supervision import SupervisionItem

__all__ = ["close_item", "reopen_item"]


NOT_SPLIT = "这个事项还没有交办任务，不能办结。请先“分解”交办，各项任务办结后再办结事项。"


def close_item(
    item_id: int, closed_on: Any, report: str, expected_version: int, actor: Actor
) -> SupervisionItem:
    """办结 of the item, with a 办结报告; refused while any task is open. 按期 when closed by its
    时限 and every task was done by its own, else 逾期."""
    records.require_writer(actor)
    values = _parse(CLOSE_FIELDS, {"closed_on": closed_on, "report": report})
    with guarded("保存"), write_transaction():
        item = _open_item(item_id, actor, "办结")
        day: dt.date = values["closed_on"]

        def on_time() -> bool:
            # by the 时限 in force that day, as a task's; and only when no task of it was late
            found = in_force.extensions([item.id])
            return (day <= in_force.item_deadline(item, found, day)
                    and not in_force.items_with_late_tasks([item.id], found))

        status = closing_status(item, _open_tasks(item.id), lambda: _tasks_of(item.id), day,
                                lambda: in_force.last_reopened(item.id), on_time)
        return records.save_changes(
            SPEC,
            item,
            {"status": status, "closed_on": day, "close_report": _text(values["report"])},
            expected_version,
            actor,
            action="close",
            summary=trail_text("事项办结（%1）：%2", status, item.title),
        )


def closing_status(item: Any, pending: list[Any], tasks: Any, day: dt.date, reopened: Any,
                   on_time: Any) -> str:
    """办结's checks (no task open, not before any step of the item, not after today) and the
    状态 it gives: close_item's, and a batch import's item imported 办结. `tasks()`,
    `reopened()` and `on_time()` are asked in that order, once each check before has passed."""
    if pending:
        names = "、".join(t.lead_unit for t in pending)
        raise ProcedureError(
            text("还有 %1 项任务未办结（%2），事项不能办结。请先办结这些任务。",
                 len(pending), names)
        )
    given = list(tasks())
    if not given:  # 办结 closes what the units did: an item never split has nothing to close
        raise ProcedureError(NOT_SPLIT)
    done: list[step_dates.Done] = [("立项", item.start_date)]
    for task in given:
        done += task_steps_done(item, task)[1:] + [("任务办结", task.done_on)]
    last = reopened()
    if last is not None:  # the 办结 it undid does not stand: a new one from then on
        done.append(("重新打开", last))
    step_dates.not_before("办结", day, done, field="closed_on", what="办结日期")
    if day > clock.today():
        raise ValidationError(text("办结日期（%1）不能晚于今天。", day.isoformat()), "closed_on")
    return DONE_ON_TIME if on_time() else DONE_LATE


def reopen_item(item_id: int, reason: str, expected_version: int, actor: Actor) -> SupervisionItem:
    """Undo an 办结 entered by mistake; the reason goes to the audit trail."""
    records.require_writer(actor)
    if not _text(reason):
        raise ValidationError("重新打开已办结的事项必须写明原因。", "reason")
    with guarded("保存"), write_transaction():
        item = records.get(SPEC, item_id, actor)
        if item.status not in DONE_STATUSES:
            raise ProcedureError("事项尚未办结，无需重新打开。")
        filed = archiving.filed_refusal(item, "重新打开")  # its 办结 is a 件 of the 目录 now
        if filed:
            raise ProcedureError(filed)
        status = OPEN if _tasks_of(item.id) else PENDING
        return records.save_changes(
            SPEC,
            item,
            {"status": status, "closed_on": None, "close_report": ""},
            expected_version,
            actor,
            action="reopen",
            summary=trail_text("重新打开事项：%1（原因：%2）", item.title, _text(reason)),
        )
