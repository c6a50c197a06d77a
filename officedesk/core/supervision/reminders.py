"""催办: which tasks need chasing (临期, 逾期, 反馈逾期, 红灯 for 进度滞后) and the escalating
reminders sent about them: 第一次催办 → 再次催办 → 通报, while the task stays behind (next_level:
a 延期 or a 反馈 back on track starts again at 第一次催办). The tasks chased are those the lights
mark (one 临期 rule, one count of days: lights.due_soon, days_left, days_overdue)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, clock, records, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.i18n import text
from officedesk.core.lifecycle import counted
from officedesk.core.summary_texts import trail_text
from officedesk.core.supervision import in_force, lights
from officedesk.core.supervision.items import DONE_STATUSES, SPEC
from officedesk.core.supervision.task_reads import get_task
from officedesk.core.supervision.tasks import TASK_OPEN, hold_item
from officedesk.store.db import guarded, write_transaction
from officedesk.store.supervision import (
    SupervisionItem,
    SupervisionReminder,
    SupervisionReport,
    SupervisionTask,
)

LEVEL_LABELS = {1: "第一次催办", 2: "再次催办", 3: "通报"}
SOON, OVERDUE, REPORT_LATE, LAG = "soon", "overdue", "report", "lag"

INTERVAL = settings.declare(
    "supervision.remind_interval_days",
    int,
    5,
    "两次催办之间至少间隔（天）",
    "督查",
    help="同一任务在此天数内不重复催办；再次催办时级别升高：第一次催办、再次催办、通报。",
)
REPLY_DAYS = settings.declare(
    "supervision.reply_days", int, 3, "催办后限期报送办理情况（天）", "督查", minimum=1, maximum=365
)


def reply_by(today: dt.date) -> dt.date:
    """报送期限 of a 催办: REPLY_DAYS calendar days on, a last day that is a rest day or a public
    holiday moved to the next working day (as other periods in calendar days)."""
    return workdays.add_days(today, int(settings.get(REPLY_DAYS.key)), False)


@dataclass(frozen=True)
class Chase:
    """One task that needs chasing, and why."""

    task: SupervisionTask
    item: SupervisionItem
    kind: str  # soon / overdue / report / lag
    reason: str
    days_overdue: int  # days past the 时限 (or past the report date for report); else 0

    @property
    def overdue(self) -> bool:
        """Chased whether or not 临期 ones are: 逾期, 反馈逾期, or red for its lag."""
        return self.kind != SOON


def _classify(task: SupervisionTask, item: SupervisionItem, today: dt.date) -> Chase | None:
    """Why the task is chased, as its light says it (None: it is not)."""
    if task.deadline < today:
        days = lights.days_overdue(task.deadline, today)
        note = lights.count_note(task.deadline, today)
        return Chase(task, item, OVERDUE, f"逾期 {days} 天未办结{note}", days)
    if task.next_report_due is not None and task.next_report_due < today:
        days = lights.days_overdue(task.next_report_due, today)
        return Chase(
            task,
            item,
            REPORT_LATE,
            lights.counted(text("应于 %1 反馈，逾期 %2 天未报", task.next_report_due.isoformat(), days),
                           task.next_report_due, today),
            days,
        )
    if lights.lags_alert(task, today):  # red for its lag, though not yet due
        return Chase(task, item, LAG, lights.lag_text(lights.lag(task, today)), 0)
    if lights.due_soon(task.deadline, today):
        left = lights.days_left(task.deadline, today)
        return Chase(task, item, SOON, "今日到期" if task.deadline == today else
                     f"{task.deadline.isoformat()} 到期" if left <= 0 else
                     lights.counted(text("剩 %1 天到期", left), today, task.deadline), 0)
    return None


def chases(
    today: dt.date | None = None,
    unit: str | None = None,
    include_soon: bool = True,
    item_ids: list[int] | None = None,
    *,
    actor: Actor,
) -> list[Chase]:
    """Open tasks that are overdue, late with a report, red for their lag, or (include_soon)
    due soon, of the items the actor may see (the actor is required: a caller that forgets it
    must not get, or chase, classified items)."""
    today = today or clock.today()
    query = _open_tasks(SupervisionTask.select(SupervisionTask, SupervisionItem)
                        .join(SupervisionItem), unit, item_ids, actor)
    out: list[Chase] = []
    with guarded("查询"):
        for task in query.order_by(
            SupervisionTask.lead_unit, SupervisionTask.deadline, SupervisionTask.id
        ):
            chase = _classify(task, task.item, today)
            if chase is not None and (include_soon or chase.overdue):
                out.append(chase)
    return out


def _open_tasks(query: Any, unit: str | None, item_ids: list[int] | None, actor: Actor) -> Any:
    """`query` (joined with the tasks and their items) narrowed to the open tasks of items still
    running (a voided item is chased by no one) that the actor may see; of `unit`'s tasks and
    of the items `item_ids` when given."""
    query = query.where((SupervisionTask.status == TASK_OPEN)
                        & SupervisionItem.status.not_in(DONE_STATUSES)
                        & counted("supervision", SupervisionItem))
    if unit:
        query = query.where(SupervisionTask.lead_unit == unit.strip())
    if item_ids is not None:
        query = query.where(SupervisionTask.item.in_(item_ids))
    levels = records.visible_levels(SPEC, actor)
    return query if levels is None else query.where(levels)


def overdue_chases(
    today: dt.date | None = None,
    unit: str | None = None,
    item_ids: list[int] | None = None,
    *,
    actor: Actor,
) -> list[Chase]:
    return chases(today, unit, include_soon=False, item_ids=item_ids, actor=actor)


def units_with_overdue(today: dt.date | None = None, *, actor: Actor) -> list[str]:
    return sorted({c.task.lead_unit for c in overdue_chases(today, actor=actor)})


def latest_reminder(task_id: int, actor: Actor) -> SupervisionReminder | None:
    """The last reminder of a task, whose item the actor may see (one above his clearance is
    refused, PermissionDeniedError, before any reminder is read)."""
    get_task(task_id, actor)
    return _latest_reminder_unchecked(task_id)


def _latest_reminder_unchecked(task_id: int) -> SupervisionReminder | None:
    """The last reminder of a task, whatever its item's 密级: only for core code whose task
    comes from `chases(…, actor=…)` in the same call (filtered by the actor's clearance)."""
    return (
        SupervisionReminder.select()
        .where(SupervisionReminder.task == task_id)
        .order_by(SupervisionReminder.issued_on.desc(), SupervisionReminder.id.desc())
        .first()
    )


def reminders_of(item_id: int, actor: Actor) -> list[SupervisionReminder]:
    records.get(SPEC, item_id, actor)  # refuses an item above the actor's clearance
    return list(
        SupervisionReminder.select()
        .where(SupervisionReminder.item == item_id)
        .order_by(SupervisionReminder.issued_on, SupervisionReminder.id)
    )


def level_label(level: int) -> str:
    return LEVEL_LABELS[max(1, min(level, 3))]


def next_level(task: SupervisionTask, last: SupervisionReminder | None) -> int:
    """One level above the task's last 催办 (to 通报 at most) while the task has stayed behind
    since it; 第一次催办 again once it has not: a 延期 granted since gave it a new 时限, or a
    反馈 since brought it back on track (dated by its 时限, its 进度 not red for its lag)."""
    if last is None:
        return 1
    found = in_force.extensions([task.item_id])
    if in_force.moved_since(task, found, last.issued_on, last.created_at):
        return 1
    since = (SupervisionReport.select()
             .where((SupervisionReport.task == task.id)
                    & (SupervisionReport.report_date >= last.issued_on)))
    for report in since:
        if report.report_date == last.issued_on and report.created_at < last.created_at:
            continue  # a 反馈 of the 催办's day entered before it: the 催办 saw it
        deadline = in_force.task_deadline(task, found, report.report_date)
        behind = (lights.expected_progress(task.assigned_on, deadline, report.report_date)
                  - report.percent)
        if report.report_date <= deadline and behind < int(settings.get(lights.LAG_ALERT.key)):
            return 1
    return min(last.level + 1, 3)


def generate_reminders(
    actor: Actor,
    today: dt.date | None = None,
    unit: str | None = None,
    item_ids: list[int] | None = None,
) -> list[SupervisionReminder]:
    """催办 every task that needs it and was not chased within the interval; each new reminder
    of a task is one level higher than its last (第一次催办, 再次催办, then 通报)."""
    records.require_writer(actor)
    today = today or clock.today()
    interval = int(settings.get(INTERVAL.key))
    reply_day = reply_by(today)
    made: list[SupervisionReminder] = []
    with guarded("保存"), write_transaction():
        for chase in chases(today, unit, item_ids=item_ids, actor=actor):
            hold_item(chase.item.id)  # another's 催办 of it meanwhile is read below, not made twice
            last = _latest_reminder_unchecked(chase.task.id)  # chases() filtered by actor
            if last is not None and (today - last.issued_on).days < interval:
                continue
            level = next_level(chase.task, last)
            reminder = SupervisionReminder.create(
                task=chase.task.id,
                item=chase.item.id,
                unit=chase.task.lead_unit,
                level=level,
                reason=chase.reason[:200],
                issued_on=today,
                reply_by=reply_day,
                created_at=clock.now(),
                created_by=actor.username,
            )
            audit.record(
                actor,
                "remind",
                SPEC.name,
                chase.item.id,
                None,
                {
                    "单位": chase.task.lead_unit,
                    "级别": level_label(level),
                    "原因": chase.reason,
                    "限期": reply_day.isoformat(),
                },
                trail_text(level_label(level) + "：%1（%2）", chase.task.lead_unit, chase.reason),  # 第一次催办：%1（%2） …
            )
            made.append(reminder)
    return made


# ---------------------------------------------------------------- what the 催办通知单 prints


@dataclass(frozen=True)
class Sent:
    """One recorded 催办 of a task, as the notice prints it."""

    reminder: SupervisionReminder
    task: SupervisionTask
    item: SupervisionItem


@dataclass(frozen=True)
class Notice:
    """A unit's 催办通知单: the 催办 recorded for its tasks on its latest 催办 day."""

    unit: str
    issued_on: dt.date
    reply_by: dt.date
    sent: list[Sent]

    @property
    def level(self) -> int:
        return max(s.reminder.level for s in self.sent)

    @property
    def all_overdue(self) -> bool:
        """Every row chased for 逾期 or 反馈逾期 (its reason says so, as recorded)."""
        return all("逾期" in s.reminder.reason for s in self.sent)


def notices(
    today: dt.date | None = None,
    unit: str | None = None,
    item_ids: list[int] | None = None,
    *,
    actor: Actor,
) -> list[Notice]:
    """The 催办 to print, per unit (its tasks' 牵头单位, by name): those recorded (the 催办 step
    done) on the unit's latest 催办 day up to `today`, of its tasks still open in items still
    running that the actor may see; the last one of a task that day. A task never chased is on
    no notice: the paper is the 催办 sent, not a list of what is late."""
    today = today or clock.today()
    query = _open_tasks(
        SupervisionReminder.select(SupervisionReminder, SupervisionTask, SupervisionItem)
        .join(SupervisionTask)
        .switch(SupervisionReminder)
        .join(SupervisionItem)
        .where(SupervisionReminder.issued_on <= today),
        unit, item_ids, actor)
    by_unit: dict[str, dict[int, Sent]] = {}
    days: dict[str, dt.date] = {}
    with guarded("查询"):
        for row in query.order_by(SupervisionReminder.issued_on, SupervisionReminder.id):
            name = row.task.lead_unit
            if days.get(name) != row.issued_on:  # a later day: its 催办 only
                days[name], by_unit[name] = row.issued_on, {}
            by_unit[name][row.task.id] = Sent(row, row.task, row.item)
    out = []
    for name in sorted(by_unit):
        sent = sorted(by_unit[name].values(),
                      key=lambda s: (s.task.deadline, s.item.id, s.task.seq, s.task.id))
        reply = max((s.reminder.reply_by for s in sent if s.reminder.reply_by), default=None)
        out.append(Notice(name, days[name], reply or reply_by(days[name]), sent))
    return out
