"""The procedure of an item: 分解交办 (tasks), 反馈 (progress reports), task 办结 and item 办结.

Every step runs in one write transaction, refuses bad input with a Chinese message that says
what to do, and leaves an audit entry on the item (registry "supervision", the item's id)."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from officedesk.core import audit, clock, records, step_dates
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, StaleRecordError, ValidationError
from officedesk.core.fields import DATE, LONGTEXT, PERCENT, FieldSpec, parse_value
from officedesk.core.registry import RegistrySpec
from officedesk.core.supervision.items import (
    DONE_LATE,
    DONE_ON_TIME,
    DONE_STATUSES,
    OPEN,
    PENDING,
    SPEC,
)
from officedesk.store.db import guarded, write_transaction
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


def _parse(fields: list[FieldSpec], raw: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    by_key = {f.name: f for f in fields} | {f.label: f for f in fields}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        spec = by_key.get(key)
        if spec is None:
            raise ValidationError(f"没有“{key}”这一项。", key)
        values[spec.name] = parse_value(spec, value)
    if not partial:
        for spec in fields:
            if values.get(spec.name) is None:
                default = spec.default_value()
                if default is not None:
                    values[spec.name] = default
                elif spec.required:
                    raise ValidationError(f"请填写“{spec.label}”。", spec.name)
    return values


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_report_due(cycle: str, base: dt.date, deadline: dt.date) -> dt.date:
    """When the next 反馈 is due: one cycle after the last report (or the 交办), at the latest
    on the task's deadline; 一次性 reports once, by the deadline."""
    if cycle == "每周":
        due = base + dt.timedelta(days=7)
    elif cycle == "每半月":
        due = base + dt.timedelta(days=15)
    elif cycle == "每月":
        due = add_months(base, 1)
    elif cycle == "每季":
        due = add_months(base, 3)
    else:
        due = deadline
    return min(due, deadline)


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


def task_steps_done(item: SupervisionItem, task: SupervisionTask) -> list[step_dates.Done]:
    """A task's steps and their days (core.step_dates): the item's 立项, the task's 交办 and its
    反馈, which its 办结 may not precede. The tasks of an item run side by side: one task's
    dates do not hold back another's; reports may be entered in any order. (For core code
    that has read the item with the actor.)"""
    return [("立项", item.start_date), ("交办", task.assigned_on),
            *(("反馈", r.report_date) for r in _reports_of(task.id))]


def _task(task_id: int) -> SupervisionTask:
    task = SupervisionTask.get_or_none(SupervisionTask.id == task_id)
    if task is None:
        from officedesk.core.errors import NotFoundError

        raise NotFoundError(f"没有找到编号为 {task_id} 的分解任务，可能已被删除。请刷新。")
    return task


# An item's tasks and reports are as secret as the item: the public readers read it with the
# actor first, so one above the actor's clearance is refused before any row is read.


def tasks_of(item_id: int, actor: Actor) -> list[SupervisionTask]:
    records.get(SPEC, item_id, actor)
    return _tasks_of(item_id)


def get_task(task_id: int, actor: Actor) -> SupervisionTask:
    task = _task(task_id)
    records.get(SPEC, task.__data__["item"], actor)
    return task


def reports_of(task_id: int, actor: Actor) -> list[SupervisionReport]:
    get_task(task_id, actor)
    return _reports_of(task_id)


def _open_item(item_id: int, actor: Actor, doing: str) -> SupervisionItem:
    item = records.get(SPEC, item_id, actor)
    if item.status in DONE_STATUSES:
        raise ProcedureError(f"事项“{item.title}”已办结，不能再{doing}。")
    return item


def _check_task_dates(item: SupervisionItem, deadline: dt.date, assigned_on: dt.date) -> None:
    if deadline > item.deadline:
        raise ValidationError(
            f"任务时限（{deadline.isoformat()}）不能晚于事项的办结时限（{item.deadline.isoformat()}）。"
            "请改早任务时限，或先延长事项的办结时限。",
            "deadline",
        )
    if assigned_on < item.start_date:
        raise ValidationError(
            f"交办日期（{assigned_on.isoformat()}）不能早于事项的立项日期（{item.start_date.isoformat()}）。",
            "assigned_on",
        )
    if deadline < assigned_on:
        raise ValidationError(
            f"任务时限（{deadline.isoformat()}）不能早于交办日期（{assigned_on.isoformat()}）。",
            "deadline",
        )


def _sync_item(item_id: int, actor: Actor, summary: str) -> SupervisionItem:
    """Keep the item's 牵头单位/协办单位/责任人 and 状态 in step with its tasks; reindex."""
    item = SupervisionItem.get_by_id(item_id)
    tasks = _tasks_of(item_id)

    def joined(values: list[str], limit: int) -> str:
        seen: list[str] = []
        for value in values:
            for part in value.replace("，", "、").replace(",", "、").split("、"):
                part = part.strip()
                if part and part not in seen:
                    seen.append(part)
        return "、".join(seen)[:limit]

    wanted = {
        "lead_unit": joined([t.lead_unit for t in tasks], 300),
        "co_units": joined([t.co_units for t in tasks], 300),
        "responsible": joined([t.responsible for t in tasks], 200),
    }
    if item.status not in DONE_STATUSES:
        wanted["status"] = OPEN if tasks else PENDING
    changes = {k: v for k, v in wanted.items() if getattr(item, k) != v}
    if changes:
        item = records.save_changes(
            SPEC, item, changes, item.version, actor, action="step", summary=summary
        )
    else:
        records.reindex(SPEC, item)
    return item


def add_task(item_id: int, raw: dict[str, Any], actor: Actor) -> SupervisionTask:
    """分解交办: one task of the item for a 牵头单位, with its own 时限 (not after the item's)."""
    records.require_writer(actor)
    values = _parse(TASK_FIELDS, raw)
    with guarded("保存"), write_transaction():
        item = _open_item(item_id, actor, "分解交办")
        deadline = values.get("deadline") or item.deadline
        assigned_on = values.get("assigned_on") or clock.today()
        if item.deadline < assigned_on:
            raise ValidationError(
                f"事项的办结时限（{item.deadline.isoformat()}）已过，不能再按原时限交办。"
                "请先修改事项，延长办结时限，再分解交办。",
                "deadline",
            )
        _check_task_dates(item, deadline, assigned_on)
        last = (
            SupervisionTask.select()
            .where(SupervisionTask.item == item.id)
            .order_by(SupervisionTask.seq.desc())
            .first()
        )
        now = clock.now()
        task = SupervisionTask.create(
            item=item.id,
            seq=(last.seq + 1) if last else 1,
            lead_unit=_text(values["lead_unit"]),
            co_units=_text(values.get("co_units")),
            responsible=_text(values.get("responsible")),
            deadline=deadline,
            requirement=_text(values.get("requirement")),
            assigned_on=assigned_on,
            status=TASK_OPEN,
            progress=0,
            next_report_due=next_report_due(item.cycle, assigned_on, deadline),
            created_at=now,
            created_by=actor.username,
            updated_at=now,
            updated_by=actor.username,
            version=1,
        )
        summary = f"分解交办：第{task.seq}项 {task.lead_unit}，时限 {deadline.isoformat()}"
        audit.record(actor, "task", SPEC.name, item.id, None, task_snapshot(task), summary)
        _sync_item(item.id, actor, summary)
    return task


def update_task(
    task_id: int, raw: dict[str, Any], expected_version: int, actor: Actor
) -> SupervisionTask:
    records.require_writer(actor)
    values = _parse(TASK_FIELDS, raw, partial=True)
    with guarded("保存"), write_transaction():
        task = _task(task_id)
        item = _open_item(task.item_id, actor, "修改任务")
        if task.version != expected_version:
            raise StaleRecordError("这项分解任务已被他人修改。您的修改没有保存；请刷新后再改。")
        if "lead_unit" in values and not _text(values["lead_unit"]):
            raise ValidationError("请填写“牵头单位”。", "lead_unit")
        before = task_snapshot(task)
        for name, value in values.items():
            if name in ("deadline", "assigned_on"):
                if value is not None:
                    setattr(task, name, value)
            else:
                setattr(task, name, _text(value))
        _check_task_dates(item, task.deadline, task.assigned_on)
        first = _reports_of(task.id)[:1]
        if first and first[0].report_date < task.assigned_on:
            raise ValidationError("交办日期不能晚于该任务已有的反馈日期。", "assigned_on")
        if task.status == TASK_OPEN:
            task.next_report_due = next_report_due(
                item.cycle, task.last_report_on or task.assigned_on, task.deadline
            )
        task.version, task.updated_at, task.updated_by = (
            expected_version + 1,
            clock.now(),
            actor.username,
        )
        task.save()
        after = task_snapshot(task)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        summary = (
            f"修改分解任务：第{task.seq}项 {task.lead_unit}（{'、'.join(changed) or '无变化'}）"
        )
        audit.record(
            actor, "task", SPEC.name, item.id, {k: before[k] for k in changed}, changed, summary
        )
        _sync_item(item.id, actor, summary)
    return task


def delete_task(task_id: int, expected_version: int, actor: Actor) -> None:
    records.require_writer(actor)
    with guarded("删除"), write_transaction():
        task = _task(task_id)
        item = _open_item(task.item_id, actor, "删除任务")
        if task.version != expected_version:
            raise StaleRecordError("这项分解任务已被他人修改，请刷新后再删除。")
        before = task_snapshot(task)
        before["反馈次数"] = len(_reports_of(task.id))
        task.delete_instance(recursive=True)
        summary = f"删除分解任务：第{before['序号']}项 {before['牵头单位']}"
        audit.record(actor, "task", SPEC.name, item.id, before, None, summary)
        _sync_item(item.id, actor, summary)


def add_report(task_id: int, raw: dict[str, Any], actor: Actor) -> SupervisionReport:
    """反馈: a progress report; it moves the task's 进度 and its next report date."""
    records.require_writer(actor)
    values = _parse(REPORT_FIELDS, raw)
    with guarded("保存"), write_transaction():
        task = _task(task_id)
        item = _open_item(task.item_id, actor, "反馈")
        if task.status == TASK_DONE:
            raise ProcedureError(f"{task.lead_unit}的任务已办结，不能再反馈。")
        day: dt.date = values["report_date"]
        percent: int = values["percent"]
        if not 0 <= percent <= 100:
            raise ValidationError(f"“进度”应在 0 到 100 之间，现在是 {percent}。", "percent")
        if day < item.start_date:
            raise ValidationError(
                f"反馈日期（{day.isoformat()}）早于事项的立项日期（{item.start_date.isoformat()}），"
                "那时事项还不存在。请检查反馈日期。",
                "report_date",
            )
        if day < task.assigned_on:
            raise ValidationError(
                f"反馈日期（{day.isoformat()}）早于任务的交办日期（{task.assigned_on.isoformat()}）。",
                "report_date",
            )
        if day > clock.today():
            raise ValidationError(f"反馈日期（{day.isoformat()}）不能晚于今天。", "report_date")
        now = clock.now()
        report = SupervisionReport.create(
            task=task.id,
            report_date=day,
            percent=percent,
            progress_text=_text(values["progress_text"]),
            difficulties=_text(values.get("difficulties")),
            next_steps=_text(values.get("next_steps")),
            created_at=now,
            created_by=actor.username,
            updated_at=now,
            updated_by=actor.username,
            version=1,
        )
        if task.last_report_on is None or day >= task.last_report_on:
            task.progress, task.last_report_on = percent, day
            task.next_report_due = next_report_due(item.cycle, day, task.deadline)
        task.version, task.updated_at, task.updated_by = task.version + 1, now, actor.username
        task.save()
        audit.record(
            actor,
            "report",
            SPEC.name,
            item.id,
            None,
            {
                "任务": f"第{task.seq}项 {task.lead_unit}",
                "反馈日期": day.isoformat(),
                "进度": percent,
                "进展情况": report.progress_text,
                "存在困难": report.difficulties,
                "下一步措施": report.next_steps,
            },
            f"反馈：{task.lead_unit} {day.isoformat()} 进度 {percent}%",
        )
        records.reindex(SPEC, item)
    return report


def complete_task(task_id: int, done_on: Any, report: str, actor: Actor) -> SupervisionTask:
    """A task's 办结, with its 办结情况."""
    records.require_writer(actor)
    values = _parse(CLOSE_FIELDS, {"closed_on": done_on, "report": report})
    with guarded("保存"), write_transaction():
        task = _task(task_id)
        item = _open_item(task.item_id, actor, "办结任务")
        if task.status == TASK_DONE:
            raise ProcedureError(f"{task.lead_unit}的任务已经办结。")
        day: dt.date = values["closed_on"]
        step_dates.not_before("任务办结", day, task_steps_done(item, task), field="closed_on",
                              what="办结日期")
        if day > clock.today():
            raise ValidationError(f"办结日期（{day.isoformat()}）不能晚于今天。", "closed_on")
        before = task_snapshot(task)
        task.status, task.done_on, task.done_report = TASK_DONE, day, _text(values["report"])
        task.progress, task.next_report_due = 100, None
        task.version, task.updated_at, task.updated_by = (
            task.version + 1,
            clock.now(),
            actor.username,
        )
        task.save()
        on_time = "按期" if day <= task.deadline else "逾期"
        audit.record(
            actor,
            "task",
            SPEC.name,
            item.id,
            before,
            task_snapshot(task),
            f"任务办结（{on_time}）：第{task.seq}项 {task.lead_unit} {day.isoformat()}",
        )
        records.reindex(SPEC, item)
    return task


def _open_tasks(item_id: int) -> list[SupervisionTask]:
    return [t for t in _tasks_of(item_id) if t.status != TASK_DONE]


def open_tasks(item_id: int, actor: Actor) -> list[SupervisionTask]:
    """The tasks not yet 办结 of an item the actor may see."""
    records.get(SPEC, item_id, actor)
    return _open_tasks(item_id)


def close_item(
    item_id: int, closed_on: Any, report: str, expected_version: int, actor: Actor
) -> SupervisionItem:
    """办结 of the item, with a 办结报告; refused while any task is open. 按期 or 逾期 by its 时限."""
    records.require_writer(actor)
    values = _parse(CLOSE_FIELDS, {"closed_on": closed_on, "report": report})
    with guarded("保存"), write_transaction():
        item = _open_item(item_id, actor, "办结")
        pending = _open_tasks(item.id)
        if pending:
            names = "、".join(t.lead_unit for t in pending)
            raise ProcedureError(
                f"还有 {len(pending)} 项任务未办结（{names}），事项不能办结。请先办结这些任务。"
            )
        day: dt.date = values["closed_on"]
        done: list[step_dates.Done] = [("立项", item.start_date)]
        for task in _tasks_of(item.id):
            done += task_steps_done(item, task)[1:] + [("任务办结", task.done_on)]
        step_dates.not_before("办结", day, done, field="closed_on", what="办结日期")
        if day > clock.today():
            raise ValidationError(f"办结日期（{day.isoformat()}）不能晚于今天。", "closed_on")
        status = DONE_ON_TIME if day <= item.deadline else DONE_LATE
        return records.save_changes(
            SPEC,
            item,
            {"status": status, "closed_on": day, "close_report": _text(values["report"])},
            expected_version,
            actor,
            action="close",
            summary=f"事项办结（{status}）：{item.title}",
        )


def reopen_item(item_id: int, reason: str, expected_version: int, actor: Actor) -> SupervisionItem:
    """Undo an 办结 entered by mistake; the reason goes to the audit trail."""
    records.require_writer(actor)
    if not _text(reason):
        raise ValidationError("重新打开已办结的事项必须写明原因。", "reason")
    with guarded("保存"), write_transaction():
        item = records.get(SPEC, item_id, actor)
        if item.status not in DONE_STATUSES:
            raise ProcedureError("事项尚未办结，无需重新打开。")
        status = OPEN if _tasks_of(item.id) else PENDING
        return records.save_changes(
            SPEC,
            item,
            {"status": status, "closed_on": None, "close_report": ""},
            expected_version,
            actor,
            action="reopen",
            summary=f"重新打开事项：{item.title}（原因：{_text(reason)}）",
        )
