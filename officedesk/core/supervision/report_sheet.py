"""The 反馈记录 sheet of a 督查 export brought back by `import --history`: each task's 反馈
history, a row per 反馈 naming its item (督查编号) and task (任务序号, 牵头单位). A past 台账
comes back with the 反馈 its tasks had, not their last 进度 alone, so the 通报's figures of a
past day (figures: each task's 进度 as of that day) and the task's 反馈 list are the office's.

Read with the 分解任务 sheet (`read`, into its GivenTasks: a bad row refuses its item's row,
said with its row and column); written by the item's create path after its tasks (`bring`),
each 反馈 checked as the 反馈 step checks it (its date within the task's 交办 and 办结 and not
after today, its 进度 0–100); the item's entry covers them (sub_rows). A row brings them one
by one (item_batch): the batch writes no rows below its tasks. The task's own 进度 and 最近反馈日期
are the 分解任务 sheet's, as before. An import that is not --history leaves the sheet alone."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, clock, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.summary_texts import trail_text
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask

SHEET = "反馈记录"

# 督查编号 -> how many 反馈 `bring` wrote under the item, while an import counts them (counting)
_brought: ContextVar[dict[str, int] | None] = ContextVar("reports_brought", default=None)


@contextlib.contextmanager
def counting() -> Iterator[dict[str, int]]:
    """The 反馈 brought while the block runs, by the 督查编号 of their item (an item written
    twice, a dry run's check then its write, counted once): the import report says them."""
    counted: dict[str, int] = {}
    token = _brought.set(counted)
    try:
        yield counted
    finally:
        _brought.reset(token)


@dataclass
class GivenReport:
    """One row of the sheet, parsed: `row` as Excel numbers it, `values` by field name."""

    row: int
    values: dict[str, Any]

    def where(self, label: str = "") -> str:
        if label:
            return text("“%1”表第 %2 行“%3”", SHEET, self.row, label)
        return text("“%1”表第 %2 行", SHEET, self.row)


def read(rows: list[tuple[int, dict[str, Any]]], given: Any) -> set[str]:
    """The sheet's rows (row number, label -> cell) into `given` (task_sheet.GivenTasks): each
    cell parsed by its FieldSpec, every bad one named with its row and column; gives the
    督查编号 they name."""
    from officedesk.core.supervision.task_sheet import REPORT_COLUMNS, parsed_cells

    for number, raw in rows:
        values, wrong = parsed_cells(raw, REPORT_COLUMNS, blank_said=True)
        if values.get("lead_unit"):  # as the 分解任务 sheet's: a 简称 read as its 名称
            with contextlib.suppress(ValidationError):  # else as written: _task_of names it
                values["lead_unit"] = known_unit(values["lead_unit"], "牵头单位", "lead_unit")
        item_number = typed_numbers.tidy_number(str(values.pop("item_number", "") or ""))
        report = GivenReport(number, values)
        if "seq" not in values and not values.get("lead_unit"):
            wrong.append(("任务序号", text("请填写反馈所属任务的“任务序号”（与“分解任务”表中的相同）。")))
        if raw.get("反馈日期") in (None, ""):
            wrong.append(("反馈日期", text("请填写“反馈日期”。")))
        for label, why in wrong:
            given.problems.setdefault(item_number, []).append(f"{report.where(label)}：{why}")
        given.reports.setdefault(item_number, []).append(report)
    return set(given.reports)


def _task_of(report: GivenReport, tasks: list[SupervisionTask]) -> SupervisionTask:
    """The task the row names: by 任务序号 (its 牵头单位 the task's), or by 牵头单位 alone."""
    seq, lead = report.values.get("seq"), report.values.get("lead_unit")
    found = [t for t in tasks if (seq is None or t.seq == seq) and (not lead or t.lead_unit == lead)]
    if len(found) == 1:
        return found[0]
    named = text("任务序号 %1", seq) if seq is not None else text("牵头单位“%1”", lead)
    raise ValidationError(text("%1：事项没有%2的任务（或不止一项）。请核对“任务序号”“牵头单位”与“分解任务”表中的是否一致。",
                               report.where(), named))


def _check(report: GivenReport, item: SupervisionItem, task: SupervisionTask) -> None:
    """The 反馈 step's checks of its date and 进度 (tasks.add_report), said with the row."""
    values = report.values
    day: dt.date = values["report_date"]
    percent = values.get("percent", 0)
    latest = min(clock.today(), task.done_on) if task.done_on is not None else clock.today()
    start = max(item.start_date, task.assigned_on)
    if not start <= day <= latest:
        raise ValidationError(text(
            "%1：反馈日期（%2）应在任务的交办日期（%3）和%4（%5）之间。请核对反馈日期。",
            report.where("反馈日期"), day.isoformat(), start.isoformat(),
            text("任务办结日期") if task.done_on is not None and task.done_on < clock.today() else text("今天"),
            latest.isoformat()))
    if not 0 <= percent <= 100:
        raise ValidationError(text("%1：“进度”应在 0 到 100 之间，现在是 %2。", report.where("进度"), percent))


def bring(item: SupervisionItem, given: list[GivenReport] | None, actor: Actor) -> None:
    """The item's 反馈 as the sheet gives them, each under its task (created already), with an
    entry of the item that covers them. Inside the item's write transaction."""
    if not given:
        return
    tasks = list(SupervisionTask.select().where(SupervisionTask.item == item.id))
    now = clock.now()
    rows = []
    for report in given:
        task = _task_of(report, tasks)
        _check(report, item, task)
        values = report.values
        rows.append({"task": task.id, "report_date": values["report_date"], "percent": values.get("percent", 0),
                     "progress_text": values.get("progress_text") or "",
                     "difficulties": values.get("difficulties") or "", "next_steps": values.get("next_steps") or "",
                     "created_at": now, "created_by": values.get("created_by") or actor.username,
                     "updated_at": now, "updated_by": actor.username, "version": 1})
    SupervisionReport.insert_many(rows).execute()
    counted = _brought.get()
    if counted is not None:
        counted[typed_numbers.tidy_number(item.number or "")] = len(rows)
    audit.record(actor, "report", "supervision", item.id, None, {"反馈记录": len(rows)},
                 trail_text("导入：反馈记录 %1 条", len(rows)))


def given_for(number: str) -> list[GivenReport] | None:
    """The 反馈 the imported 反馈记录 sheet gives the item of this 督查编号 (None: none, or no
    such sheet read: an import that is not --history)."""
    from officedesk.core.supervision import task_sheet

    held = task_sheet.held()
    if held is None or not number:
        return None
    return held.reports.get(number)
