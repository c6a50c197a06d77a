"""What a 督查 item's sub-records hold: a task (分解交办), a progress report (反馈) and an 办结 —
their fields and forms, the 反馈 cycle (when the next report is due) and a task's audit
snapshot."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from officedesk.core import clock, workdays
from officedesk.core.fields import DATE, LONGTEXT, PERCENT, FieldSpec
from officedesk.core.i18n import Text, text
from officedesk.core.registry import RegistrySpec
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask

TASK_OPEN, TASK_DONE = "办理中", "已办结"

TASK_FIELDS = [
    FieldSpec("lead_unit", "牵头单位", required=True, completer="units", max_length=100, width=150),
    FieldSpec(
        "co_units",
        "协办单位",
        completer="units",
        max_length=300,
        width=160,
        placeholder="多个单位用“、”隔开",
    ),
    FieldSpec("responsible", "责任人", completer="people", max_length=64, width=80),
    FieldSpec("deadline", "时限", kind=DATE, width=95, placeholder="留空则同事项办结时限"),
    FieldSpec("requirement", "办理要求", kind=LONGTEXT, width=260),
    FieldSpec("assigned_on", "交办日期", kind=DATE, default=clock.today, width=95),
]
REPORT_FIELDS = [
    FieldSpec("report_date", "反馈日期", kind=DATE, default=clock.today, width=95),
    FieldSpec("percent", "进度", kind=PERCENT, required=True, width=60, placeholder="0–100"),
    FieldSpec("progress_text", "进展情况", kind=LONGTEXT, required=True, width=260),
    FieldSpec("difficulties", "存在困难", kind=LONGTEXT, width=160),
    FieldSpec("next_steps", "下一步措施", kind=LONGTEXT, width=160),
]
CLOSE_FIELDS = [
    FieldSpec("closed_on", "办结日期", kind=DATE, required=True, default=clock.today),
    FieldSpec("report", "办结报告", kind=LONGTEXT, required=True),
]

# Specs for the forms of the sub-records (not registered: they are not registries of their own)
TASK_SPEC = RegistrySpec(
    name="supervision-task",
    label="分解任务",
    model=SupervisionTask,
    fields=TASK_FIELDS,
    title_field="lead_unit",
)
REPORT_SPEC = RegistrySpec(
    name="supervision-report",
    label="进展反馈",
    model=SupervisionReport,
    fields=REPORT_FIELDS,
    title_field="progress_text",
)
CLOSE_SPEC = RegistrySpec(
    name="supervision-close",
    label="办结",
    model=SupervisionItem,
    fields=CLOSE_FIELDS,
    title_field="report",
)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_report_due(cycle: str, base: dt.date, deadline: dt.date) -> dt.date:
    """When the next 反馈 is due: one cycle after the last report (or the 交办), a day that is
    a rest day or a public holiday moved to the next working day (as a period in calendar days
    ends, workdays.add_days), at the latest on the task's deadline; 一次性 reports once, by the
    deadline."""
    if cycle == "每周":
        due = base + dt.timedelta(days=7)
    elif cycle == "每半月":
        due = base + dt.timedelta(days=15)
    elif cycle == "每月":
        due = add_months(base, 1)
    elif cycle == "每季":
        due = add_months(base, 3)
    else:
        return deadline
    return min(next_working_day(due), deadline)


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not workdays.is_workday(day):
        day += dt.timedelta(days=1)
    return day


def recount_report_dates(year: int, actor: Any = None) -> int:
    """After `year`'s holidays changed: each open task's next 反馈 date counted again from what
    it is counted from (a day made a holiday moves it on, one made a working day back). Not a
    期限 of its own (none typed, none audited: it follows the cycle), so it adds nothing to the
    deadlines a change reports recounted."""
    first, last = dt.date(year, 1, 1), dt.date(year + 1, 1, 31)  # moved on past New Year too
    query = (
        SupervisionTask.select(SupervisionTask, SupervisionItem.cycle)
        .join(SupervisionItem)
        .where((SupervisionTask.status == TASK_OPEN)
               & SupervisionTask.next_report_due.between(first, last))
    )
    for task in query:
        due = next_report_due(task.item.cycle, task.last_report_on or task.assigned_on,
                              task.deadline)
        if due != task.next_report_due:
            SupervisionTask.update(next_report_due=due).where(SupervisionTask.id == task.id).execute()
    return 0


workdays.register_recomputer(recount_report_dates)


def rest_day_note(label: str, day: dt.date, fix: str) -> Text | None:
    """What the clerk is told of a 时限 typed (or taken) on a rest day or a public holiday:
    accepted as typed, but the units will not count on it being a working day. None on a
    working day."""
    if workdays.is_workday(day):
        return None
    return text("%1 %2 是休息日或法定节假日，不是工作日。已按所填日期保存；如需改到工作日，请用“%3”改正。",
                label, day.isoformat(), fix)


def task_snapshot(task: SupervisionTask) -> dict[str, Any]:
    return {
        "序号": task.seq,
        "牵头单位": task.lead_unit,
        "协办单位": task.co_units,
        "责任人": task.responsible,
        "时限": _iso(task.deadline),
        "办理要求": task.requirement,
        "交办日期": _iso(task.assigned_on),
        "状态": task.status,
        "进度": task.progress,
        "办结日期": _iso(task.done_on),
        "办结情况": task.done_report,
    }
