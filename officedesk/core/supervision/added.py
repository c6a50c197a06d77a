"""督查事项 added one by one (`add supervision …`) or by a row of an imported 台账: the item,
its 牵头单位 as tasks, and an item marked 办结 closed with its tasks (items.SPEC's create_hook)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, clock, i18n, numbering, records, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.directory import known_units
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.supervision import report_sheet, task_sheet
from officedesk.core.supervision.item_making import _create
from officedesk.core.supervision.items import (
    DONE_STATUSES,
    DONE_UNSAID,
    OPEN,
    SPEC,
    STATUSES,
    get_item,
)
from officedesk.core.supervision.task_fields import (
    TASK_FIELDS,
    next_report_due,
)
from officedesk.store.db import write_transaction

IMPORTED_DONE = "（导入：已办结）"  # an 办结 the imported sheet gives no words for


@dataclass
class ReadRow:
    """A row of `add supervision …` or of an imported 台账, read and checked as far as it can be
    without the database: the item's own cells, and what its steps take."""

    values: dict[str, Any]  # the item's cells by field name (its 督查编号 tidied)
    co_units: str
    person: str
    status: str
    closed_on: Any
    close_report: str
    number: str
    given: list[task_sheet.GivenTask] | None  # its tasks on the 分解任务 sheet
    leads: list[str]  # the 牵头单位, a task each, when the sheet gives none
    archive_no: str = ""  # the 档号 of an item filed (a past 台账's): filed under it once 办结
    archive_pages: int = 0  # its 目录 entry's 页数 (0: not counted)


def read_row(raw: dict[str, Any], actor: Actor) -> ReadRow:
    """The row's cells taken apart (the batch import's check and create_from_row alike)."""
    values = {SPEC.by_label(key).name: value for key, value in raw.items()}
    unit = str(values.pop("lead_unit", "") or "").strip()
    co_units = str(values.pop("co_units", "") or "").strip()
    person = str(values.pop("responsible", "") or "").strip()
    status = str(values.pop("status", "") or "").strip()
    closed_raw = values.pop("closed_on", None)
    close_report = str(values.pop("close_report", "") or "").strip() or IMPORTED_DONE
    archive_no = str(values.pop("archive_no", "") or "").strip()
    pages_raw = values.pop("archive_pages", None)
    pages = parse_value(SPEC.field("archive_pages"), pages_raw) if pages_raw not in (None, "") else None
    if status and status not in STATUSES and status != DONE_UNSAID:
        raise ValidationError(
            i18n.text("“状态”只能是：%1（现在是“%2”）。", '、'.join(STATUSES + (DONE_UNSAID,)), status),
            "status"
        )
    closed_on = parse_value(SPEC.field("closed_on"), closed_raw) if closed_raw else None
    if (co_units or person) and not unit:
        raise ValidationError("填写了协办单位或责任人，请同时填写“牵头单位”。", "lead_unit")
    if status in DONE_STATUSES + (DONE_UNSAID,) and closed_on is None:
        raise ValidationError("状态为办结的事项请填写“办结日期”。", "closed_on")
    if archive_no and closed_on is None:  # 归档 follows 办结
        raise ValidationError(i18n.text("填写了档号（%1）的事项须已办结：请填写办结日期（状态写“已办结”），"
                                        "未办结的事项请删去档号。", archive_no), "archive_no")
    if pages and not archive_no:  # the 页数 of a 件 in the 目录: only of one filed
        raise ValidationError(i18n.text("填写了页数（%1）的事项须已归档：请填写档号，未归档的事项请删去页数。",
                                        pages), "archive_pages")
    if status and status not in DONE_STATUSES + (DONE_UNSAID,) and closed_on is not None:
        # the row says it is open and gives the day it closed: which is meant is not guessed
        raise ValidationError(
            i18n.text("“状态”写的是“%1”，却填写了办结日期 %2。已办结的事项，状态请写“已办结”"
                      "（或按期办结、逾期办结）；未办结的，请删去办结日期。", status, closed_on.isoformat()),
            "closed_on")
    number = typed_numbers.tidy_number(str(values.get("number") or ""))  # as claim_manual keeps it
    given = task_sheet.given_for(number)  # the item's tasks, each its own, on the 分解任务 sheet
    leads = [u for u in known_units(unit, "牵头单位", "lead_unit").split("、") if u] if given is None \
        else [task.values["lead_unit"] for task in given]
    if closed_on is not None and not leads:  # as the 办结 step: only an item split into tasks
        raise ValidationError("状态为办结的事项请填写“牵头单位”：办结的是各牵头单位办理的任务，"
                              "没有交办任务的事项不能办结。", "lead_unit")
    if leads or closed_on is not None:  # the 督查室's 分解 (and 办结) recorded: 代录
        from officedesk.core import state_facts

        field = "status" if status else ("closed_on" if closed_on is not None else "lead_unit")
        state_facts.require_recorder(actor, "督查事项", status or (
            DONE_UNSAID if closed_on is not None else OPEN), field, "分解、办结等步骤",
            "状态、牵头单位、协办单位、责任人、办结日期")
    values["number"] = number
    return ReadRow(values, co_units, person, status, closed_on, close_report, number, given,
                   leads, archive_no, pages or 0)


def used_number(number: str) -> ValidationError:
    return ValidationError(
        i18n.text("督查编号“%1”已经使用过，不能重复登记；同一事项请勿重复导入。", number), "number")


def create_from_row(raw: dict[str, Any], actor: Actor) -> Any:
    """`add supervision …` and xlsx import: the item, its 牵头单位 as one task, and, for a row
    marked 办结 with a date, the task and the item closed (importing an old 台账)."""
    from officedesk.core.supervision import tasks as task_steps
    from officedesk.core.supervision.item_closing import close_item

    row = read_row(raw, actor)
    values, number, given, closed_on = row.values, row.number, row.given, row.closed_on
    with write_transaction():
        issued = None
        if number:  # an imported 台账 keeps its numbers, each used once
            if numbering.is_used("supervision", number):
                raise used_number(number)
            issued = typed_numbers.claim_manual("supervision", number, actor, SPEC.name,
                                                dated=typed_numbers.dated_by(SPEC, values))
        item = _create(values, actor)
        refuse_before_start(item, row)
        if issued is not None:
            numbering.attach(issued, item.id)
        if given is not None:
            for task_row in given:
                add_given_task(item, task_row, closed_on, actor)
            report_sheet.bring(item, report_sheet.given_for(number), actor)  # import --history
        # a 台账 without the 分解任务 sheet names the 牵头单位 of all its tasks (“县财政局、
        # 县水利局”): a task each, so the 通报 counts each unit; it does not say whose 协办单位
        # and 责任人 they are, so the first task holds them
        for n, lead in enumerate(row.leads if given is None else []):
            task = task_steps.add_task(item.id, lead_task(item, n, lead, row), actor)
            if closed_on is not None:
                task_steps.complete_task(task.id, closed_on, IMPORTED_DONE, actor)
        if closed_on is not None:
            item = get_item(item.id, actor)
            item = close_item(item.id, closed_on, row.close_report, item.version, actor)
            _same_done_state(row.status, item)
        if row.archive_no:
            from officedesk.core.supervision.archiving import file_brought

            file_brought(item.id, row.archive_no, actor, row.archive_pages)
    # read back what this call has just written from the actor's own input (its tasks and 办结
    # changed the version), as `records.create` returns its record
    return records.get_unchecked(SPEC, item.id)


def lead_task(item: Any, n: int, lead: str, row: ReadRow) -> dict[str, Any]:
    """The n-th 牵头单位's task: the first holds the row's 协办单位 and 责任人."""
    return {"lead_unit": lead, "co_units": "" if n else row.co_units,
            "responsible": "" if n else row.person, "assigned_on": item.start_date}


def refuse_before_start(item: Any, row: ReadRow) -> None:
    """The row's tasks whose 交办日期 the sheet does not give are 交办 on the item's 立项日期
    (lead_task, given_task): a date of theirs before it is refused here, naming the 立项日期 —
    a column the sheet has, or one to fill in —, not by the steps' own checks, which would name
    a 交办日期 the clerk never typed (the 督查事项 sheet has no such column)."""
    started = str(row.values.get("start_date") or "").strip() != ""
    closed_on, start = row.closed_on, item.start_date
    for given in row.given or []:
        assigned = given.values.get("assigned_on")
        if assigned is not None and not started and assigned < start:  # 立项 taken as today
            with naming(given):
                raise ValidationError(i18n.text(
                    "交办日期（%1）不能早于事项的立项日期：“督查事项”表没有填写立项日期，按今天（%2）立项。"
                    "请在“督查事项”表填写实际的立项日期。", assigned.isoformat(), start.isoformat()),
                    "assigned_on")
        if assigned is None:
            task_before_start(item, given, started)
            if given.values.get("done_on") is None and closed_on is not None and closed_on < start:
                raise ValidationError(_before_start(
                    "办结日期", closed_on, start, started,
                    i18n.text("%1没有填写交办日期，任务按立项日期交办", given.where())), "closed_on")
    if row.given is None and closed_on is not None and closed_on < start:
        raise ValidationError(_before_start("办结日期", closed_on, start, started,
                                            i18n.text("各项任务按立项日期交办")), "closed_on")


def task_before_start(item: Any, given: task_sheet.GivenTask, started: bool = True) -> None:
    """A task of the 分解任务 sheet without a 交办日期 (given_task: 交办 on the 立项日期): its
    时限, 最近反馈日期 (not after today either) and 任务办结日期 before the 立项日期 refused as
    such, said with its row and column (`started`: the 立项日期 was given, not today's)."""
    values, start = given.values, item.start_date
    if values.get("assigned_on") is not None:
        return
    why = i18n.text("这一行没有填写交办日期，任务按立项日期交办")
    with naming(given):
        deadline = values.get("deadline")
        if deadline is not None and deadline < start:
            raise ValidationError(_before_start("时限", deadline, start, started, why), "deadline")
        reported = values.get("last_report_on")
        if reported is not None and not start <= reported <= clock.today():
            if started:
                said = i18n.text("最近反馈日期（%1）应在事项的立项日期（%2）和今天之间：%3。"
                                 "请核对最近反馈日期和“督查事项”表的立项日期。",
                                 reported.isoformat(), start.isoformat(), why)
            else:
                said = i18n.text("最近反馈日期（%1）应在事项的立项日期和今天之间：“督查事项”表没有"
                                 "填写立项日期，按今天（%2）立项；%3。请在“督查事项”表填写实际的立项日期。",
                                 reported.isoformat(), start.isoformat(), why)
            raise ValidationError(said, "last_report_on")
        done = values.get("done_on")
        if done is not None and done < start:
            raise ValidationError(_before_start("任务办结日期", done, start, started, why), "done_on")


def _before_start(what: str, day: Any, start: Any, started: bool, why: str) -> str:
    if started:
        return i18n.text("%1（%2）不能早于事项的立项日期（%3）：%4。请核对%1和“督查事项”表的立项日期。",
                         what, day.isoformat(), start.isoformat(), why)
    return i18n.text("%1（%2）不能早于事项的立项日期：“督查事项”表没有填写立项日期，按今天（%3）立项；"
                     "%4。请在“督查事项”表填写实际的立项日期。", what, day.isoformat(), start.isoformat(), why)


def given_task(item: Any, given: task_sheet.GivenTask) -> dict[str, Any]:
    """A task of the 分解任务 sheet as 分解交办 takes it."""
    values = given.values
    return ({f.name: values.get(f.name) for f in TASK_FIELDS if f.name in values}
            | {"assigned_on": values.get("assigned_on") or item.start_date})


def _same_done_state(given: str, item: Any) -> None:
    """按期办结 or 逾期办结 as the row says it, or the row refused (its writes undone): the 办结
    step judges it from the dates, and a 台账's 逾期 is not stored as 按期 without a word."""
    if given not in DONE_STATUSES or item.status == given:
        return
    raise ValidationError(
        i18n.text("“状态”写的是“%1”，但按所填日期应为“%2”：办结日期 %3，办结时限 %4"
                  "（事项在时限内办结、且各项任务均按期办结的，为按期办结）。请核对状态、"
                  "办结日期、办结时限和任务的时限；不能确定的，状态可写“已办结”，由日期判断。",
                  given, item.status, item.closed_on.isoformat(), item.deadline.isoformat()),
        "status")


def add_given_task(item: Any, given: task_sheet.GivenTask, closed_on: Any, actor: Actor, *,
                   check: bool = False) -> None:
    """One task of the 分解任务 sheet: made with its own fields, its last 进度 as exported (its
    反馈 are not on the sheet), and its 办结 (or the item's, for a task left open on a closed
    item). A refusal names the sheet's row. check: each step checked with no write, on the task
    as the one before makes it (task_checks), for `item` as given."""
    from officedesk.core.supervision import task_checks
    from officedesk.core.supervision import tasks as task_steps

    values = given.values
    with naming(given):
        raw = given_task(item, given)
        task = task_checks.check_add(item, raw, actor) if check else task_steps.add_task(item.id, raw, actor)
        if values.get("progress") or values.get("last_report_on"):
            kept = (item, task, values.get("progress") or 0, values.get("last_report_on"))
            if check:
                kept_progress(*kept)
            else:
                _keep_progress(*kept, actor)
        done_on = values.get("done_on") or closed_on
        if done_on is not None:
            report = values.get("done_report") or IMPORTED_DONE
            if check:
                task_checks.check_complete(task, item, done_on, report, actor)
            else:
                task_steps.complete_task(task.id, done_on, report, actor)


@contextlib.contextmanager
def naming(given: task_sheet.GivenTask) -> Iterator[None]:
    """A refusal of a task of the 分解任务 sheet said with its row and column there."""
    try:
        yield
    except OfficeDeskError as exc:
        field = getattr(exc, "field", None)
        label = next((f.label for f in task_sheet.FIELDS if f.name == field), "")
        raise ValidationError(f"{given.where(label)}：{exc.message}") from exc


def _keep_progress(item: Any, task: Any, percent: int, reported_on: Any, actor: Actor) -> None:
    """The task's last 进度 and 反馈 date as the sheet gives them (its 反馈 themselves are not
    exported): its next 反馈 counted from that date, as a 反馈 counts it."""
    after, summary = kept_progress(item, task, percent, reported_on)
    task.save()
    audit.record(actor, "report", SPEC.name, item.id, None, after, summary)


def kept_progress(item: Any, task: Any, percent: int, reported_on: Any) -> tuple[dict[str, Any], str]:
    """_keep_progress's check and changes on the task (not saved): its audit entry's after and
    summary."""
    if reported_on is not None and not task.assigned_on <= reported_on <= clock.today():
        raise ValidationError(
            i18n.text("最近反馈日期（%1）应在交办日期（%2）和今天之间。请改正最近反馈日期"
                      "。",
                      reported_on.isoformat(), task.assigned_on.isoformat()), "last_report_on")
    task.progress, task.last_report_on = percent, reported_on
    task.next_report_due = next_report_due(item.cycle, reported_on or task.assigned_on, task.deadline)
    return ({"任务": f"第{task.seq}项 {task.lead_unit}", "进度": percent,
             "最近反馈日期": reported_on.isoformat() if reported_on else ""},
            f"导入进度：{task.lead_unit} {percent}%")


def _never_stored_unsaid(values: dict[str, Any], existing: Any) -> None:
    """“已办结” is a word a new row may give (read_row reads it, the 办结 step decides 按期 or
    逾期), never a 状态 stored: a record written with it otherwise is refused."""
    if values.get("status") == DONE_UNSAID:
        raise ValidationError(i18n.text("“状态”写“%1”的事项须按办结日期办结（填写“办结日期”和“牵头单位”），"
                                        "由日期判断为按期办结或逾期办结。", DONE_UNSAID), "status")


SPEC.rules.append(_never_stored_unsaid)
