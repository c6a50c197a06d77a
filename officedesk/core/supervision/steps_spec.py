"""The steps of a 督查事项, declared once for the command line and the window: 分解 (a task for a
unit), 反馈, 修改任务, 删除任务, 催办, 延期, 任务办结, 办结, 重新打开, 归档. Each calls the function in tasks.py /
reminders.py / records that the window calls."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from officedesk.core import (
    audit,
    clock,
    counted_deadlines,
    directory,
    due_soon,
    i18n,
    records,
    settings,
    step_dates,
)
from officedesk.core.documents.steps_spec import ORG_CODE, PAGES, RETENTION_FIELD
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import CHOICE, DATE, LONGTEXT, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.step_values import BLANK_KEPT, BLANK_TODAY
from officedesk.core.steps import StepCall, StepSpec, declare
from officedesk.core.summary_texts import trail_text
from officedesk.core.supervision import (
    archiving,
    in_force,
    item_closing,
    lights,
    reminders,
    task_reads,
    tasks,
)
from officedesk.core.supervision.items import DONE_STATUSES, OPEN, PENDING, SPEC
from officedesk.core.supervision.task_fields import rest_day_note


def _open_tasks(record: Any) -> list[Any]:
    return task_reads._open_tasks(record.id)


def _task_units(record: Any) -> list[str]:
    return list(dict.fromkeys(t.lead_unit for t in _open_tasks(record)))  # a unit named once


def _task_numbers(record: Any) -> list[str]:
    """The 序号 of the open tasks, as the task list and the window show them."""
    return [str(t.seq) for t in _open_tasks(record)]


def _listed(found: list[Any]) -> str:
    """The tasks to choose from, each by its 序号 and what tells it apart from the others."""
    parts = []
    for t in found:
        requirement = " ".join(t.requirement.split())
        if len(requirement) > 20:
            requirement = requirement[:20] + "…"
        facts = "，".join(x for x in (f"时限 {t.deadline.isoformat()}", requirement) if x)
        parts.append(f"第{t.seq}项 {t.lead_unit}（{facts}）")
    return "、".join(parts) or "（无）"


def _full_name(unit: str) -> str:
    """A unit as the tasks keep it: by its 名称 (a 简称 of the 通讯录 names the same unit)."""
    named = directory.unit_by_name(unit) if unit.strip() else None
    return named.name if named is not None else unit.strip()


def _task_of(call: StepCall) -> Any:
    """The open task a step names: by its 任务序号, else by its 单位 when that unit has one open
    task, else the only open task. Never a guess between two tasks (two of one unit are told
    apart by their 序号 only)."""
    unit = _full_name(str(call.get("unit", "")))
    number = str(call.get("task", "")).strip()
    pending = _open_tasks(call.record)
    if number:
        task = next((t for t in pending if str(t.seq) == number), None)
        if task is None:
            raise ValidationError(
                i18n.text("第%1项不是未办结的任务。未办结的任务：%2。",
                          number, _listed(pending)), "task")
        if unit and task.lead_unit != unit:
            raise ValidationError(
                i18n.text("第%1项任务的牵头单位是“%2”，不是“%3”。请改正“任务序号”"
                          "或“单位”（只填其一也可以）。",
                          number, task.lead_unit, unit), "task")
        return task
    found = [t for t in pending if t.lead_unit == unit] if unit else pending
    if not found:
        raise ValidationError(i18n.text("“%1”没有未办结的任务。未办结的任务：%2。",
                                        unit, _listed(pending)),
                              "unit")
    if len(found) == 1:
        return found[0]
    if not unit and len({t.lead_unit for t in found}) == len(found):
        units = "、".join(t.lead_unit for t in found)
        raise ValidationError(
            i18n.text("这个事项有 %1 项未办结的任务，请写明“单位”：%2（或写明“任务序"
                      "号”）。",
                      len(found), units), "unit")
    whose = f"“{unit}”" if unit else "这个事项"
    raise ValidationError(
        i18n.text("%1有 %2 项未办结的任务，请写明“任务序号”，从中选一项：%3。",
                  whose, len(found), _listed(found)),
        "task")


def _chosen_task(record: Any, chosen: dict[str, Any], only: bool = True) -> Any:
    """The open task `chosen` names (its 任务序号, else its 单位 leading one open task), as
    _task_of finds it but without a refusal: None when it names none, or several. Nothing
    chosen: the only open task (`only`), else None."""
    pending = _open_tasks(record)
    number = str(chosen.get("task") or "").strip()
    unit = _full_name(str(chosen.get("unit") or ""))
    if number:
        return next((t for t in pending if str(t.seq) == number), None)
    found = [t for t in pending if t.lead_unit == unit] if unit else (pending if only else [])
    return found[0] if len(found) == 1 else None


def _deadline_now(record: Any, chosen: dict[str, Any]) -> dict[str, Any]:
    """延期: the 时限 it moves from — the named task's, else the item's 办结时限."""
    task = _chosen_task(record, chosen, only=False)
    return {"deadline": task.deadline if task is not None else record.deadline}


def _task_now(record: Any, chosen: dict[str, Any]) -> dict[str, Any]:
    """修改任务: the chosen task's fields as they are (nothing when no one task is chosen)."""
    task = _chosen_task(record, chosen)
    return {} if task is None else {f.name: getattr(task, f.name) for f in EDIT_FIELDS}


def _progress_now(record: Any, chosen: dict[str, Any]) -> dict[str, Any]:
    """反馈: the chosen task's 进度 as its last 反馈 gave it."""
    task = _chosen_task(record, chosen)
    return {} if task is None or not task.progress else {"percent": task.progress}


def _one_unit(record: Any) -> dict[str, Any]:
    units = _task_units(record)
    return {"unit": units[0]} if len(units) == 1 else {}


def _task_choices(record: Any) -> dict[str, list[str]]:
    return {"unit": _task_units(record), "task": _task_numbers(record)}


def _without_default(spec: FieldSpec) -> FieldSpec:
    return replace(spec, default=None, placeholder=BLANK_TODAY)  # --on (or today, in the core function) fills it


# free: a 简称 names its unit's task too (_task_of)
UNIT = FieldSpec("unit", "单位", kind=CHOICE, completer="units", free_choice=True,
                 placeholder="牵头单位；只有一项未办结任务时可不填")
# a unit may lead two open tasks of one item: then the task is named by its 序号
TASK = FieldSpec("task", "任务序号", kind=CHOICE)
PART = ("unit", "task")  # the fields that name the task a step's current values are of
TASK_FIELDS = tuple(_without_default(f) if f.name == "assigned_on" else f for f in tasks.TASK_FIELDS)
REPORT_FIELDS = tuple(_without_default(f) if f.name == "report_date" else f
                      for f in tasks.REPORT_FIELDS)


def _split(call: StepCall) -> dict[str, Any]:
    raw = {k: v for k, v in call.values.items() if v is not None}
    day = call.day("assigned_on")
    if day is not None:
        raw["assigned_on"] = day
    task = tasks.add_task(call.record.id, raw, call.actor)
    return {"task": task.seq, **_rest_day(task.deadline, "时限", "修改任务")}


def _rest_day(day: dt.date, label: str, fix: str) -> dict[str, Any]:
    """The step's word when the 时限 it set falls on a rest day (saved as typed)."""
    note = rest_day_note(label, day, fix)
    return {"deadline_note": note} if note is not None else {}


def _report(call: StepCall) -> dict[str, Any]:
    task = _task_of(call)
    raw = {k: v for k, v in call.values.items() if v is not None and k not in ("unit", "task")}
    raw["report_date"] = call.day("report_date") or clock.today()
    report = tasks.add_report(task.id, raw, call.actor)
    note = _progress_note(task, report.percent, report.report_date)
    return {"progress_note": note} if note is not None else {}


def _progress_note(before: Any, percent: int, day: dt.date) -> Any:
    """反馈's word on the 进度 it saved as typed (refusing would lose what was entered): lower than
    the task's last report (a slip, or a setback to look into), or 100% with the task still open
    (its 任务办结 is a step of its own). A report dated before the last moves nothing: none."""
    if before.last_report_on is not None and day < before.last_report_on:
        return None
    if percent == 100:
        return text("进度已填 100%。这项任务若已完成，请办理“任务办结”（填办结日期和办结情况）。")
    if before.last_report_on is not None and percent < (before.progress or 0):
        return text("进度 %1% 低于上次反馈（%2）的 %3%，已照录。若是填错了，请再反馈一次改正。",
                    percent, before.last_report_on.isoformat(), before.progress)
    return None


def _remind(call: StepCall) -> dict[str, Any]:
    unit = _full_name(str(call.get("unit") or "")) or None
    # a day before the item was set up has nothing to chase: said as the date's fault
    step_dates.not_before("催办", call.day(), [("立项", call.record.start_date)])
    made = reminders.generate_reminders(call.actor, call.on, unit, item_ids=[call.record.id])
    if not made:
        days = settings.get(reminders.INTERVAL.key)
        raise ProcedureError(
            i18n.text("这个事项现在没有需要催办的任务（没有临期、逾期、反馈逾期或进度严重滞后"
                      "的任务，或已在 %1 天内催办过）。",
                      days))
    return {"reminders": [f"{r.unit}：{reminders.level_label(r.level)}" for r in made]}


def _extend(call: StepCall) -> dict[str, Any]:
    """延期: a later 时限 for the item, or for one task (named by its 单位 or 任务序号), in force
    from the day it was approved (--on, the dialog's 日期; default today): one approved in time
    and entered late moves the 时限 from that day (in_force reads it as 延期日期)."""
    item = call.record
    new = call.values["deadline"]
    reason = call.values["reason"].strip()
    tasks.hold_item(item.id)  # the task read (and saved whole) as a 反馈 meanwhile left it
    task = _task_of(call) if call.get("unit") or call.get("task") else None
    day = call.day() or clock.today()
    step_dates.not_before("延期", day, [("立项", item.start_date),
                                      *([("交办", task.assigned_on)] if task is not None else []),
                                      ("上一次延期", in_force.last_granted(item, task))])
    current = task.deadline if task is not None else item.deadline
    if new <= current:
        raise ValidationError(
            i18n.text("延期后的时限（%1）应晚于现在的时限（%2）。",
                      new.isoformat(), current.isoformat()),
            "deadline")
    if new < day:  # it would be overdue on the day it is granted: it extends nothing
        raise ValidationError(
            i18n.text("延期后的时限（%1）早于批准延期的日期（%2），延期当天就已逾期。请填"
                      "写批准之日以后的时限，或核对延期日期。",
                      new.isoformat(), day.isoformat()), "deadline")
    told: dict[str, Any] = {}
    if new > item.deadline:
        if task is not None:  # a task is never due after its item: the clerk is told it moved
            told["item_extended"] = i18n.text(
                "任务时限不能晚于事项的办结时限：事项的办结时限随之由 %1 延至 %2。",
                item.deadline.isoformat(), new.isoformat())
        item = records.update(SPEC, item.id, {"deadline": new}, item.version, call.actor,
                              parsed=True, action="extend",
                              summary=trail_text("延期：办结时限 %1 → %2（%3）", item.deadline.isoformat(),
                                                 new.isoformat(), reason),
                              noted={"延期日期": day.isoformat()})
    # the item's own 延期 carries the open tasks that ran to its old 时限 (they were due with
    # it); a task with an earlier 时限 of its own keeps it, moved only by its own 延期
    moved = [task] if task is not None else [t for t in _open_tasks(item) if t.deadline == current]
    for each in moved:
        _extend_task(call, item, each, each.deadline, new, reason, day)
    return told | _rest_day(new, "时限" if task is not None else "办结时限", "延期")


def _extend_task(call: StepCall, item: Any, task: Any, current: dt.date, new: dt.date,
                 reason: str, day: dt.date) -> None:
    """A task's 延期, audited as in_force reads it (its 序号, old and new 时限, 延期日期)."""
    # who may do it (分解's holders, or 代录 naming one) was judged by the step, not as 修改任务
    tasks.save_task(task, records.get_unchecked(SPEC, item.id), {"deadline": new},
                    task.version, call.actor, why="任务延期")
    audit.record(call.actor, "extend", SPEC.name, item.id,
                 {"任务": task.lead_unit, "时限": current.isoformat()},
                 {"任务": task.lead_unit, "序号": task.seq, "时限": new.isoformat(),
                  "理由": reason, "延期日期": day.isoformat()},
                 trail_text("任务延期：%1 %2 → %3（%4）", task.lead_unit, current.isoformat(),
                            new.isoformat(), reason))


def _archive(call: StepCall) -> dict[str, Any]:
    saved = archiving.archive_item(call.record.id, call.values["retention"],
                                   call.get("org_code", ""), int(call.get("pages", 0)),
                                   call.version, call.actor, day=call.on)
    return {"archive_no": archiving.archive_no(saved.id)}


def _holders_of(chain_step: str, doing: str) -> Any:
    """A 督查室 step outside the chain is for the holders of the chain step it belongs with
    (逐级负责), their 代理 and the administrator: the refusal of anyone else."""
    from officedesk.core import responsibility

    return lambda actor, record: responsibility.holders_refusal(SPEC.name, chain_step, record,
                                                                actor, doing)


def _delete_task(call: StepCall) -> None:
    task = _task_of(call)
    tasks.delete_task(task.id, task.version, call.actor)


# 修改任务: the task's own fields, each optional and without a default (what is not given stays
# as it is), and 清空 for what may be left empty (a blank value leaves a field as it is)
EDIT_FIELDS = tuple(replace(f, required=False, default=None,
                            placeholder=BLANK_KEPT if f.kind == DATE else "" if f.name == "deadline" else f.placeholder)
                    for f in tasks.TASK_FIELDS)
_CLEARABLE = {f.name: f.label for f in tasks.TASK_FIELDS
              if f.name in ("co_units", "responsible", "requirement")}
_KEPT = {f.name: f.label for f in tasks.TASK_FIELDS if f.name not in _CLEARABLE}
CLEAR = FieldSpec("clear", "清空", kind=LONGTEXT,
                  placeholder=f"要清空的项，用、隔开（{'、'.join(_CLEARABLE.values())}）")


def _edit_task(call: StepCall) -> dict[str, Any]:
    """修改任务: the named task's fields corrected by the window's own core function
    (tasks.update_task, which holds who may: 分解's holders, edit_refusal)."""
    from officedesk.core.meetings.step_values import cleared

    task = _task_of(call)
    empty = cleared(call.get("clear"), _CLEARABLE, _KEPT)
    raw = {k: v for k, v in call.values.items()
           if k not in ("unit", "task", "clear") and v not in (None, "")}
    raw |= {name: "" for name in empty}
    if not raw:
        raise ValidationError("请写明要修改的内容（如牵头单位、时限、交办日期），或要清空的项。",
                              "task")
    saved = tasks.update_task(task.id, raw, task.version, call.actor)
    return _rest_day(saved.deadline, "时限", "修改任务") if saved.deadline != task.deadline else {}


def _has_open_tasks(record: Any) -> str | None:
    if _open_tasks(record):
        return None
    if tasks._tasks_of(record.id):  # all done: what is left is the item's own 办结
        return "这个事项的各项任务都已办结，请办结事项（步骤“办结”，写明办结报告）。"
    return "这个事项没有未办结的任务，请先“分解”交办。"


def _tasks_done(record: Any) -> str | None:
    """办结 waits on the units: refused (and nobody's 待办) while any task is open, and before
    any task was given — an item with no task waits for 分解 (an imported item closed on paper
    is closed by the import itself, item_closing.close_item)."""
    if not tasks._tasks_of(record.id):
        return item_closing.NOT_SPLIT
    pending = _open_tasks(record)
    if not pending:
        return None
    names = "、".join(dict.fromkeys(t.lead_unit for t in pending))
    return (f"还有 {len(pending)} 项任务未办结（{names}），事项不能办结。"
            "请先办结这些任务（“任务办结”）。")


def _last_task_done(record: Any) -> dt.date | None:
    """The day the last task was done: the item's 办结 is due from then."""
    days = [t.done_on for t in tasks._tasks_of(record.id) if t.done_on is not None]
    return max(days, default=None)


def _item_limit(pattern: str, record: Any) -> str:
    """The item's 办结时限 as a step's 时限, said as overdue once past (as its light counts)."""
    limit = text(pattern, counted_deadlines.shown(SPEC.name, record, "deadline"))
    return due_soon.told(limit, record.deadline, lights.working(), lights.days_overdue)


# Undoing or moving what 分解 decided (删除任务, 延期), judging a task done (任务办结) and chasing
# the units in the 督查室's name (催办) are decisions of 分解's holders (held_by): theirs, their
# 代理's, the administrator's, or recorded by a clerk with the 代录 right naming the holder who
# decided on paper (--person, the dialog's 经办人).
STEPS = [
    # more tasks may be given later; the item waits for 分解 only while it has none (待交办)
    StepSpec("supervision", "分解", takes_on=True, fields=TASK_FIELDS, states=(PENDING, OPEN),
             waits_in=(PENDING,), due_from=lambda r: r.start_date,  # 立项日期
             limit=lambda r: _item_limit("任务时限不晚于 %1", r),
             help="交办给一个牵头单位，时限不晚于事项的办结时限", run=_split),
    StepSpec("supervision", "反馈", takes_on=True, fields=(UNIT, TASK, *REPORT_FIELDS),
             states=(OPEN,), when=_has_open_tasks, choices=_task_choices,
             defaults=_one_unit, current=_progress_now, current_from=PART, run=_report),
    # corrects what 分解 decided (时限, 牵头单位, 交办日期): 分解's holders, by no 代录 (README)
    StepSpec("supervision", "修改任务", fields=(UNIT, TASK, *EDIT_FIELDS, CLEAR), states=(OPEN,),
             when=_has_open_tasks, choices=_task_choices, defaults=_one_unit,
             current=_task_now, current_from=PART,
             who=lambda actor, record: tasks.edit_refusal(record, actor),
             help="改正任务的牵头单位、时限、交办日期等；未填写的项不变", run=_edit_task),
    StepSpec("supervision", "删除任务", fields=(UNIT, TASK), states=(OPEN,), when=_has_open_tasks,
             choices=_task_choices, defaults=_one_unit,
             help="删除误分解的任务（其反馈一并删除，删除前的内容留在历史记录中）",
             held_by="分解", admin_self=True, run=_delete_task),
    StepSpec("supervision", "催办", takes_on=True,
             fields=(FieldSpec("unit", "单位", completer="units", placeholder="留空催办全部"),),
             states=(OPEN,), when=_has_open_tasks,
             help="给临期、逾期、反馈逾期和进度严重滞后（红灯）的任务发催办（逐次升级；延期后，"
                  "或反馈后已回到正常进度的，再催办时从第一次催办起）", held_by="分解", admin_self=True,
             run=_remind),
    StepSpec("supervision", "延期", takes_on=True,  # the day it was approved
             fields=(FieldSpec("deadline", "办结时限", kind=DATE, required=True),
                     FieldSpec("reason", "延期理由", kind=LONGTEXT, required=True),
                     FieldSpec("unit", "单位", completer="units",
                               placeholder="只延长这个牵头单位的任务；留空延长事项"),
                     TASK),
             states=(PENDING, OPEN), choices=lambda r: {"task": _task_numbers(r)},
             help="延长事项的办结时限时，时限与原办结时限相同的未办结任务一并延长；时限更早的任务不变，"
                  "需要时逐项延期（填单位或任务序号）",
             current=_deadline_now, current_from=PART,
             held_by="分解", admin_self=True, run=_extend),
    StepSpec("supervision", "任务办结", takes_on=True,
             fields=(UNIT, TASK, FieldSpec("closed_on", "办结日期", kind=DATE, placeholder=BLANK_TODAY),
                     FieldSpec("report", "办结情况", kind=LONGTEXT, required=True)),
             states=(OPEN,), when=_has_open_tasks, choices=_task_choices,
             defaults=_one_unit, held_by="分解", admin_self=True,
             run=lambda c: tasks.complete_task(_task_of(c).id, c.day("closed_on") or clock.today(),
                                               c.values["report"], c.actor)),
    StepSpec("supervision", "办结", takes_on=True,
             fields=(FieldSpec("closed_on", "办结日期", kind=DATE, placeholder=BLANK_TODAY),
                     FieldSpec("report", "办结报告", kind=LONGTEXT, required=True)),
             states=(PENDING, OPEN), when=_tasks_done, due_from=_last_task_done,
             help="各项任务办结后，事项办结（在办结时限内办结且各项任务均按期办结的为按期办结，否则为逾期办结）",
             limit=lambda r: _item_limit("办结时限 %1", r),
             run=lambda c: item_closing.close_item(c.record.id, c.day("closed_on") or clock.today(),
                                            c.values["report"], c.version, c.actor)),
    StepSpec("supervision", "重新打开",
             fields=(FieldSpec("reason", "原因", kind=LONGTEXT, required=True),),
             states=DONE_STATUSES, who=_holders_of("办结", "重新打开"),  # undoes 办结
             when=lambda r: archiving.filed_refusal(r, "重新打开"),  # not once the 目录 lists it
             run=lambda c: item_closing.reopen_item(c.record.id, c.values["reason"], c.version, c.actor)),
    # the loop's last step, as a 收文's or 发文's 归档 (whoever may write, by the same fields)
    StepSpec("supervision", "归档", takes_on=True, fields=(RETENTION_FIELD, ORG_CODE, PAGES),
             states=DONE_STATUSES, when=lambda r: archiving.filed_refusal(r, "归档"),
             help="办结后作为一件归档：按全宗号、年度（办结年度）、保管期限、机构代码编档号，"
                  "载入归档文件目录；归档后不能重新打开",
             run=_archive),
]

declare("supervision", "status", STEPS)
