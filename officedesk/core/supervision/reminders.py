"""催办: which tasks need chasing (临期, 逾期, 反馈逾期) and the escalating reminders sent about
them: 第一次催办 → 再次催办 → 通报."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from officedesk.core import audit, clock, records, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.lifecycle import counted
from officedesk.core.supervision.items import DONE_STATUSES, SPEC
from officedesk.core.supervision.task_reads import get_task
from officedesk.core.supervision.tasks import TASK_OPEN
from officedesk.store.db import guarded, write_transaction
from officedesk.store.supervision import SupervisionItem, SupervisionReminder, SupervisionTask

LEVEL_LABELS = {1: "第一次催办", 2: "再次催办", 3: "通报"}
SOON, OVERDUE, REPORT_LATE = "soon", "overdue", "report"

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
    kind: str  # soon / overdue / report
    reason: str
    days_overdue: int  # days past the 时限 (or past the report date for report); 0 when soon

    @property
    def overdue(self) -> bool:
        return self.kind in (OVERDUE, REPORT_LATE)


def _classify(
    task: SupervisionTask, item: SupervisionItem, today: dt.date, horizon: dt.date
) -> Chase | None:
    if task.deadline < today:
        days = (today - task.deadline).days
        return Chase(task, item, OVERDUE, f"逾期 {days} 天未办结", days)
    if task.next_report_due is not None and task.next_report_due < today:
        days = (today - task.next_report_due).days
        return Chase(
            task,
            item,
            REPORT_LATE,
            f"应于 {task.next_report_due.isoformat()} 反馈，逾期 {days} 天未报",
            days,
        )
    if task.deadline <= horizon:
        left = (task.deadline - today).days
        return Chase(task, item, SOON, "今日到期" if left == 0 else f"剩 {left} 天到期", 0)
    return None


def chases(
    today: dt.date | None = None,
    unit: str | None = None,
    include_soon: bool = True,
    item_ids: list[int] | None = None,
    *,
    actor: Actor,
) -> list[Chase]:
    """Open tasks that are overdue, late with a report, or (include_soon) due soon, of the
    items the actor may see (the actor is required: a caller that forgets it must not get, or
    chase, classified items)."""
    today = today or clock.today()
    horizon = (
        today + dt.timedelta(days=int(settings.get("deadlines.due_soon_days")))
        if include_soon
        else today
    )
    query = (
        SupervisionTask.select(SupervisionTask, SupervisionItem)
        .join(SupervisionItem)
        .where(
            (SupervisionTask.status == TASK_OPEN)
            & SupervisionItem.status.not_in(DONE_STATUSES)
            & counted("supervision", SupervisionItem)  # a voided item is chased by no one
            & ((SupervisionTask.deadline <= horizon) | (SupervisionTask.next_report_due < today))
        )
    )
    if unit:
        query = query.where(SupervisionTask.lead_unit == unit.strip())
    if item_ids is not None:
        query = query.where(SupervisionTask.item.in_(item_ids))
    levels = records.visible_levels(SPEC, actor)
    if levels is not None:
        query = query.where(levels)
    out: list[Chase] = []
    with guarded("查询"):
        for task in query.order_by(
            SupervisionTask.lead_unit, SupervisionTask.deadline, SupervisionTask.id
        ):
            chase = _classify(task, task.item, today, horizon)
            if chase is not None and (include_soon or chase.overdue):
                out.append(chase)
    return out


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
            last = _latest_reminder_unchecked(chase.task.id)  # chases() filtered by actor
            if last is not None and (today - last.issued_on).days < interval:
                continue
            level = min(last.level + 1, 3) if last is not None else 1
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
                f"{level_label(level)}：{chase.task.lead_unit}（{chase.reason}）",
            )
            made.append(reminder)
    return made
