"""The procedure of an item's tasks: 分解交办, 修改任务, 删除任务, 反馈 (progress reports) and
task 办结; the item's own 办结 and 重新打开 are in item_closing.

Every step runs in one write transaction, refuses bad input with a Chinese message that says
what to do, and leaves an audit entry on the item (registry "supervision", the item's id).
The sub-records' fields are in task_fields, their readers in task_reads (the names of both stay
importable from here)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import (
    audit,
    cleared_names,
    clock,
    counted_deadlines,
    records,
    step_dates,
    workdays,
)
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit_fields
from officedesk.core.errors import ProcedureError, StaleRecordError, ValidationError
from officedesk.core.fields import FieldSpec, parse_value
from officedesk.core.i18n import text
from officedesk.core.summary_texts import trail_text
from officedesk.core.supervision import in_force
from officedesk.core.supervision.items import (
    DONE_STATUSES,
    OPEN,
    PENDING,
    SPEC,
    TASK_PEOPLE,
)
from officedesk.core.supervision.task_fields import (
    CLOSE_FIELDS,
    CLOSE_SPEC,
    REPORT_FIELDS,
    REPORT_SPEC,
    TASK_DONE,
    TASK_FIELDS,
    TASK_OPEN,
    TASK_SPEC,
    add_months,
    next_report_due,
    task_snapshot,
)
from officedesk.core.supervision.task_reads import (
    _reports_of,
    _tasks_of,
    get_task,
    open_tasks,
    reports_of,
    task_for,
    tasks_of,
)
from officedesk.store import compiled
from officedesk.store.db import guarded, hold_row, write_transaction
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask

__all__ = [
    "CLOSE_FIELDS",
    "CLOSE_SPEC",
    "REPORT_FIELDS",
    "REPORT_SPEC",
    "TASK_DONE",
    "TASK_FIELDS",
    "TASK_OPEN",
    "TASK_SPEC",
    "add_months",
    "add_report",
    "add_task",
    "complete_task",
    "delete_task",
    "edit_refusal",
    "get_task",
    "next_report_due",
    "open_tasks",
    "reports_of",
    "task_snapshot",
    "task_steps_done",
    "tasks_of",
    "update_task",
]


def _parse(fields: list[FieldSpec], raw: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    by_key = {f.name: f for f in fields} | {f.label: f for f in fields}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        spec = by_key.get(key)
        if spec is None:
            raise ValidationError(text("没有“%1”这一项。", key), key)
        values[spec.name] = parse_value(spec, value)
    if not partial:
        for spec in fields:
            if values.get(spec.name) is None:
                default = spec.default_value()
                if default is not None:
                    values[spec.name] = default
                elif spec.required:
                    raise spec.left_empty()
    return values


# the 通报 and the stats count by 牵头单位: a 简称 is kept as the 名称, an unknown unit refused
_known_units = known_unit_fields(("lead_unit", "牵头单位", False), ("co_units", "协办单位", True))


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def task_steps_done(item: SupervisionItem, task: SupervisionTask) -> list[step_dates.Done]:
    """A task's steps and their days (core.step_dates): the item's 立项, the task's 交办 and its
    反馈, which its 办结 may not precede — its 最近反馈日期 too, which an imported 分解任务 sheet
    keeps without the 反馈 themselves. The tasks of an item run side by side: one task's
    dates do not hold back another's; reports may be entered in any order. (For core code
    that has read the item with the actor.)"""
    kept = [("反馈", task.last_report_on)] if task.last_report_on is not None else []
    return [("立项", item.start_date), ("交办", task.assigned_on),
            *(("反馈", r.report_date) for r in (_reports_of(task.id) if task.id is not None else ())), *kept]


def _open_item(item_id: int, actor: Actor, doing: str) -> SupervisionItem:
    hold_item(item_id)
    return _open(records.get(SPEC, item_id, actor), doing)


def hold_item(item_id: int) -> bool:
    """Hold the item's row till the write commits (PostgreSQL): two workstations' 分解, 反馈,
    办结, 延期 of its tasks and its own 办结 read its tasks in turn, never both the same (the next
    序号, a task saved whole over the other's 反馈). The holiday table's lock first (as the 反馈
    date counts): a holiday change takes it, then the items, so neither waits on the other."""
    workdays.as_committed()
    return hold_row(SupervisionItem, item_id)


def _held_task(task_id: int, actor: Actor) -> SupervisionTask:
    """The task, read again once its item is held: what another saved of it meanwhile."""
    task = task_for(task_id, actor)
    if hold_item(task.__data__["item"]):
        task = task_for(task_id, actor)
    return task


def _open(item: SupervisionItem, doing: str) -> SupervisionItem:
    if item.status in DONE_STATUSES:
        raise ProcedureError(text("事项“%1”已办结，不能再%2。", item.title, doing))
    return item


def _copy(task: SupervisionTask) -> SupervisionTask:
    """The task as read, to be checked as a step changes it (a check-only form: never saved)."""
    return compiled.loaded(SupervisionTask, dict(task.__data__))


def _check_task_dates(item: SupervisionItem, deadline: dt.date, assigned_on: dt.date,
                      new_assigned: bool = True) -> None:
    """`new_assigned`: the 交办日期 is given now (a stored one, from before this check, does not
    block other changes)."""
    if new_assigned and assigned_on > clock.today():
        # a task given on a later day could take no 反馈 until then, nor count as 在办
        raise ValidationError(
            text("交办日期（%1）不能晚于今天。请填写实际交办的日期。", assigned_on.isoformat()),
            "assigned_on",
        )
    if deadline > item.deadline:
        raise ValidationError(
            text("任务时限（%1）不能晚于事项的办结时限（%2）。请改早任务时限，或先延长事项的办结时限。",
                 deadline.isoformat(), item.deadline.isoformat()),
            "deadline",
        )
    if assigned_on < item.start_date:
        raise ValidationError(
            text("交办日期（%1）不能早于事项的立项日期（%2）。",
                 assigned_on.isoformat(), item.start_date.isoformat()),
            "assigned_on",
        )
    if deadline < assigned_on:
        raise ValidationError(
            text("任务时限（%1）不能早于交办日期（%2）。",
                 deadline.isoformat(), assigned_on.isoformat()),
            "deadline",
        )


def joined(values: list[str], limit: int) -> str:
    """The tasks' units or people, each once, as many whole ones as fit in `limit`: one cut
    would be another (“吕小低明” cut to “吕小低”, a user the tasks never named)."""
    seen: list[str] = []
    for value in values:
        for part in value.replace("，", "、").replace(",", "、").split("、"):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    length = -1  # of the ones kept, joined (no 、 before the first)
    for count, part in enumerate(seen):
        length += 1 + len(part)
        if length > limit:
            return "、".join(seen[:count])
    return "、".join(seen)


def synced(tasks: list[Any]) -> dict[str, str]:
    """The item's 牵头单位/协办单位/责任人 as its tasks (rows, or dicts of a batch) give them."""
    def of(name: str) -> list[str]:
        return [t[name] if isinstance(t, dict) else getattr(t, name) for t in tasks]

    return {"lead_unit": joined(of("lead_unit"), 300), "co_units": joined(of("co_units"), 300),
            "responsible": joined(of("responsible"), 200)}


def _sync_item(item_id: int, actor: Actor, summary: str) -> SupervisionItem:
    """Keep the item's 牵头单位/协办单位/责任人 and 状态 in step with its tasks; reindex."""
    item = SupervisionItem.get_by_id(item_id)
    tasks = _tasks_of(item_id)
    wanted = synced(tasks)
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


# a task given its item's counted 办结时限 (no 时限 of its own) moves with it (supervision.counted)
TASK_COUNTED = "supervision.task"


def add_task(item_id: int, raw: dict[str, Any], actor: Actor) -> SupervisionTask:
    """分解交办: one task of the item for a 牵头单位, with its own 时限 (not after the item's)."""
    records.require_writer(actor)
    values = parsed_task(raw)
    with guarded("保存"), write_transaction():
        item = _open_item(item_id, actor, "分解交办")
        last = (
            SupervisionTask.select()
            .where(SupervisionTask.item == item.id)
            .order_by(SupervisionTask.seq.desc())
            .first()
        )
        task = SupervisionTask.create(item=item.id, **new_task(item, values, (last.seq + 1) if last else 1, actor))
        deadline = task.deadline
        counted = counted_deadlines.counted(SPEC.name, item.id, "deadline")
        if values.get("deadline") is None and counted is not None and counted.due == deadline:
            # the item's counted 时限, none typed: the task follows it (TASK_COUNTED)
            counted_deadlines.remember(TASK_COUNTED, task.id, "deadline", counted.since,
                                       counted.days, counted.working, deadline)
        else:
            counted_deadlines.forget(TASK_COUNTED, task.id, "deadline")
        summary = assigned_summary(task.seq, task.lead_unit, deadline)
        audit.record(actor, "task", SPEC.name, item.id, None, task_snapshot(task), summary)
        _sync_item(item.id, actor, summary)
    return task


def parsed_task(raw: dict[str, Any]) -> dict[str, Any]:
    """分解交办's input parsed: its fields, the units known (a 简称 kept as the 名称)."""
    values = _parse(TASK_FIELDS, raw)
    _known_units(values, None)
    return values


def assigned_summary(seq: int, lead_unit: str, deadline: dt.date) -> str:
    return trail_text("分解交办：第%1项 %2，时限 %3", seq, lead_unit, deadline.isoformat())


def new_task(item: SupervisionItem, values: dict[str, Any], seq: int, actor: Actor) -> dict[str, Any]:
    """分解交办's checks of a task for the item (its 时限 and 交办日期, its 责任人 cleared for the
    item's 密级) and the task's row but its item (add_task, and a batch import's new items)."""
    deadline = values.get("deadline") or item.deadline
    assigned_on = values.get("assigned_on") or clock.today()
    if item.deadline < assigned_on:
        raise ValidationError(
            text("事项的办结时限（%1）已过，不能再按原时限交办。请先用步骤“延期”延长办结时限"
                 "（写明延期理由），再分解交办。", item.deadline.isoformat()),
            "deadline",
        )
    _check_task_dates(item, deadline, assigned_on)
    cleared_names.check_row(SPEC, TASK_PEOPLE, item, values.get("responsible"))
    now = clock.now()
    return {"seq": seq, "lead_unit": _text(values["lead_unit"]), "co_units": _text(values.get("co_units")),
            "responsible": _text(values.get("responsible")), "deadline": deadline,
            "requirement": _text(values.get("requirement")), "assigned_on": assigned_on,
            "status": TASK_OPEN, "progress": 0,
            "next_report_due": next_report_due(item.cycle, assigned_on, deadline),
            "created_at": now, "created_by": actor.username, "updated_at": now,
            "updated_by": actor.username, "version": 1}


def edit_refusal(item: SupervisionItem, actor: Actor) -> str | None:
    """修改任务 changes what 分解 decided (时限, 牵头单位, 交办日期): it is for 分解's holders
    (督查室's 科长、副科长), their 代理 and the administrator, as 延期 and 删除任务 are — the
    refusal of anyone else, or None. (The window disables its button on it.)"""
    from officedesk.core import responsibility

    return responsibility.holders_refusal(SPEC.name, "分解", item, actor, "修改任务")


def update_task(
    task_id: int, raw: dict[str, Any], expected_version: int, actor: Actor, *, why: str = ""
) -> SupervisionTask:
    """修改任务 (and a task's 延期, `why`): refused to all but 分解's holders (edit_refusal)."""
    records.require_writer(actor)
    values = _parse(TASK_FIELDS, raw, partial=True)
    with guarded("保存"), write_transaction():
        task = _held_task(task_id, actor)
        item = _editable(_open_item(task.item_id, actor, "修改任务"), actor)
        return save_task(task, item, values, expected_version, actor, why=why)


def _editable(item: SupervisionItem, actor: Actor) -> SupervisionItem:
    refused = edit_refusal(item, actor)
    if refused:
        raise ProcedureError(refused)
    return item


def save_task(task: SupervisionTask, item: SupervisionItem, values: dict[str, Any],
              expected_version: int, actor: Actor, *, why: str = "") -> SupervisionTask:
    """The task's parsed changes saved (audited, its item kept in step), in the caller's
    transaction: for core code that has read the item already — with the actor (update_task),
    or for the whole office (a holiday change, supervision.counted)."""
    before = task_snapshot(task)
    _changed(task, item, values, expected_version)
    task.version, task.updated_at, task.updated_by = (
        expected_version + 1,
        clock.now(),
        actor.username,
    )
    task.save()
    after = task_snapshot(task)
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    summary = trail_text("%1：第%2项 %3（%4）", why or "修改分解任务", task.seq, task.lead_unit,
                         list(changed) or "无变化")
    audit.record(
        actor, "task", SPEC.name, item.id, {k: before[k] for k in changed}, changed, summary
    )
    _sync_item(item.id, actor, summary)
    return task


def _changed(task: SupervisionTask, item: SupervisionItem, values: dict[str, Any],
             expected_version: int) -> None:
    """save_task's checks, the task changed to `values` as it saves it (not saved)."""
    if task.version != expected_version:
        raise StaleRecordError("这项分解任务已被他人修改。您的修改没有保存；请刷新后再改。")
    if "lead_unit" in values and not _text(values["lead_unit"]):
        raise ValidationError("请填写“牵头单位”。", "lead_unit")
    _known_units(values, task)
    was = task.responsible
    new_assigned = values.get("assigned_on") not in (None, task.assigned_on)
    for name, value in values.items():
        if name in ("deadline", "assigned_on"):
            if value is not None:
                setattr(task, name, value)
        else:
            setattr(task, name, _text(value))
    _check_task_dates(item, task.deadline, task.assigned_on, new_assigned)
    if "responsible" in values:
        cleared_names.check_row(SPEC, TASK_PEOPLE, item, task.responsible, was)
    first = _reports_of(task.id)[:1]
    if first and first[0].report_date < task.assigned_on:
        raise ValidationError("交办日期不能晚于该任务已有的反馈日期。", "assigned_on")
    if task.status == TASK_OPEN:
        task.next_report_due = next_report_due(
            item.cycle, task.last_report_on or task.assigned_on, task.deadline
        )


def delete_task(task_id: int, expected_version: int, actor: Actor) -> None:
    records.require_writer(actor)
    with guarded("删除"), write_transaction():
        task = _held_task(task_id, actor)
        item = _open_item(task.item_id, actor, "删除任务")
        if task.version != expected_version:
            raise StaleRecordError("这项分解任务已被他人修改，请刷新后再删除。")
        before = task_snapshot(task)
        before["反馈次数"] = len(_reports_of(task.id))
        task.delete_instance(recursive=True)
        summary = trail_text("删除分解任务：第%1项 %2", before["序号"], before["牵头单位"])
        audit.record(actor, "task", SPEC.name, item.id, before, None, summary)
        _sync_item(item.id, actor, summary)


def add_report(task_id: int, raw: dict[str, Any], actor: Actor) -> SupervisionReport:
    """反馈: a progress report; it moves the task's 进度 and its next report date."""
    records.require_writer(actor)
    values = _parse(REPORT_FIELDS, raw)
    with guarded("保存"), write_transaction():
        task = _held_task(task_id, actor)
        item = _open_item(task.item_id, actor, "反馈")
        if task.status == TASK_DONE:
            raise ProcedureError(text("%1的任务已办结，不能再反馈。", task.lead_unit))
        day: dt.date = values["report_date"]
        percent: int = values["percent"]
        if not 0 <= percent <= 100:
            raise ValidationError(text("“进度”应在 0 到 100 之间，现在是 %1。", percent), "percent")
        if day < item.start_date:
            raise ValidationError(
                text("反馈日期（%1）早于事项的立项日期（%2），那时事项还不存在。请检查反馈日期。",
                     day.isoformat(), item.start_date.isoformat()),
                "report_date",
            )
        if day < task.assigned_on:
            raise ValidationError(
                text("反馈日期（%1）早于任务的交办日期（%2）。",
                     day.isoformat(), task.assigned_on.isoformat()),
                "report_date",
            )
        if day > clock.today():
            raise ValidationError(text("反馈日期（%1）不能晚于今天。", day.isoformat()), "report_date")
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
            trail_text("反馈：%1 %2 进度 %3%", task.lead_unit, day.isoformat(), percent),
        )
        records.reindex(SPEC, item)
    return report


def complete_task(task_id: int, done_on: Any, report: str, actor: Actor) -> SupervisionTask:
    """A task's 办结, with its 办结情况."""
    records.require_writer(actor)
    values = _parse(CLOSE_FIELDS, {"closed_on": done_on, "report": report})
    with guarded("保存"), write_transaction():
        task = _held_task(task_id, actor)
        item = records.get(SPEC, task.item_id, actor)
        before, summary = _completed(item, task, values, actor)
        task.save()
        audit.record(actor, "task", SPEC.name, item.id, before, task_snapshot(task), summary)
        records.reindex(SPEC, item)
    return task


def _completed(item: SupervisionItem, task: SupervisionTask, values: dict[str, Any],
               actor: Actor) -> tuple[dict[str, Any], str]:
    _open(item, "办结任务")
    if task.status == TASK_DONE:
        raise ProcedureError(text("%1的任务已经办结。", task.lead_unit))
    return finish_task(item, task, values, actor, lambda: in_force.extensions([item.id]))


def finish_task(item: Any, task: Any, values: dict[str, Any], actor: Actor,
                extensions: Any) -> tuple[dict[str, Any], str]:
    """A task's 办结 checked and made on the task (not saved; complete_task, and a batch import's
    item imported 办结): its entry's before and summary. `extensions()`: the item's 延期."""
    day: dt.date = values["closed_on"]
    step_dates.not_before("任务办结", day, task_steps_done(item, task), field="closed_on",
                          what="办结日期")
    if day > clock.today():
        raise ValidationError(text("办结日期（%1）不能晚于今天。", day.isoformat()), "closed_on")
    before = task_snapshot(task)
    task.status, task.done_on, task.done_report = TASK_DONE, day, _text(values["report"])
    task.progress, task.next_report_due = 100, None
    task.version, task.updated_at, task.updated_by = task.version + 1, clock.now(), actor.username
    # by the 时限 in force that day: a 延期 granted after it was done makes it no less late
    due = in_force.task_deadline(task, extensions(), day)
    on_time = "按期" if day <= due else "逾期"
    return before, trail_text("任务办结（%1）：第%2项 %3 %4", on_time, task.seq, task.lead_unit, day.isoformat())
