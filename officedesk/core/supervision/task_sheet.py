"""The 分解任务 sheet of a 督查 export: one row per task, naming its item by 督查编号, so that an
item's tasks come back each with its own 时限, 协办单位, 责任人, 办理要求, 进度 and 办结 (the
item's own row only sums up its tasks' units). Import reads the sheet (`read`) and, while it
writes the items, holds each item's tasks for `added.create_from_row` (`holding`, `given_for`)."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import typed_numbers
from officedesk.core.context_values import bound
from officedesk.core.directory import known_unit, known_units
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, DATE, INT, LONGTEXT, PERCENT, FieldSpec, parse_value
from officedesk.core.i18n import text
from officedesk.core.registry import DetailSheet, ShownSheet
from officedesk.core.supervision.task_fields import REPORT_FIELDS, TASK_DONE, TASK_FIELDS, TASK_OPEN
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask

SHEET = "分解任务"
ITEM_NUMBER = FieldSpec("item_number", "督查编号", required=True, max_length=64, width=130)
FIELDS = [
    ITEM_NUMBER,
    FieldSpec("seq", "序号", kind=INT, width=50),
    *TASK_FIELDS,
    FieldSpec("status", "任务状态", kind=CHOICE, choices=(TASK_OPEN, TASK_DONE), width=70),
    FieldSpec("progress", "进度", kind=PERCENT, width=60),
    FieldSpec("last_report_on", "最近反馈日期", kind=DATE, width=95),
    FieldSpec("done_on", "任务办结日期", kind=DATE, width=95),
    FieldSpec("done_report", "办结情况", kind=LONGTEXT, width=200),
]


def field_label(name: str) -> str:
    """The sheet's column of a field."""
    return next(f.label for f in FIELDS if f.name == name)


def task_rows(items: list[SupervisionItem]) -> list[list[Any]]:
    """The items' tasks as the sheet holds them (dates and numbers typed), item after item in
    the order given, each item's in their order: one query for a batch of items."""
    by_item: dict[int, list[list[Any]]] = {}
    tasks = (SupervisionTask.select()
             .where(SupervisionTask.item.in_([item.id for item in items]))
             .order_by(SupervisionTask.seq, SupervisionTask.id))
    numbers = {item.id: item.number for item in items}
    for task in tasks:
        by_item.setdefault(task.item_id, []).append(
            [numbers[task.item_id], *(getattr(task, f.name) for f in FIELDS[1:])])
    return [row for item in items for row in by_item.get(item.id, [])]


@dataclass
class GivenTask:
    """One row of the sheet, parsed: `row` as Excel numbers it, `values` by field name."""

    row: int
    values: dict[str, Any]
    # its task was changed after the export (a 反馈, 任务办结: task_updates.stale): the facts its
    # steps record are the old ones in the sheet, not the clerk's
    changed_since: bool = False

    def where(self, label: str = "") -> str:
        if label:
            return text("“%1”表第 %2 行“%3”", SHEET, self.row, label)
        return text("“%1”表第 %2 行", SHEET, self.row)


@dataclass
class GivenTasks:
    """The sheet read: each item's tasks by 督查编号, and what was wrong with its rows (by
    督查编号: the item's row is refused with them; "" for a row naming no item)."""

    by_number: dict[str, list[GivenTask]] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)  # 督查编号 -> what is wrong
    # import --history: the 反馈记录 sheet's rows by 督查编号 (report_sheet.GivenReport)
    reports: dict[str, list[Any]] = field(default_factory=dict)

    def holding(self) -> contextlib.AbstractContextManager[None]:
        return _holding(self)


_GIVEN: contextvars.ContextVar[GivenTasks | None] = contextvars.ContextVar("given_tasks", default=None)


@contextlib.contextmanager
def _holding(given: GivenTasks) -> Iterator[None]:
    with bound(_GIVEN, given):
        yield


def held() -> GivenTasks | None:
    """The sheet read, while import writes the rows (None: no import, or no 分解任务 sheet)."""
    return _GIVEN.get()


def given_for(number: str) -> list[GivenTask] | None:
    """The tasks the imported sheet gives the item of this 督查编号 (None: the sheet gives none,
    or there is no sheet: the item's 牵头单位 column is split into tasks, as before)."""
    given = _GIVEN.get()
    if given is None or not number:
        return None
    return given.by_number.get(number)


def read(rows: list[tuple[int, dict[str, Any]]]) -> GivenTasks:
    """The sheet's rows (row number, label -> cell): each cell parsed by its FieldSpec, every
    bad one named with its row and column and what to do."""
    given = GivenTasks()
    for number, raw in rows:
        values, wrong = parsed_cells(raw, FIELDS)
        wrong += _unknown_units(values)
        item_number = typed_numbers.tidy_number(str(values.pop("item_number", "") or ""))
        task = GivenTask(number, values)
        if not item_number:
            wrong.append((ITEM_NUMBER.label, "请填写任务所属事项的“督查编号”（与“督查事项”表中的相同）。"))
        if not values.get("lead_unit"):
            wrong.append(("牵头单位", "请填写任务的“牵头单位”。"))
        wrong += _state_problems(values)
        for label, why in wrong:
            given.problems.setdefault(item_number, []).append(f"{task.where(label)}：{why}")
        given.by_number.setdefault(item_number, []).append(task)
    return given


def parsed_cells(raw: dict[str, Any], fields: Any, blank_said: bool = False
                 ) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """A row's cells (label -> cell) parsed by their FieldSpecs: (values by name, [(label, what
    is wrong)]); a blank cell is left out, said only of a required field with `blank_said`."""
    values: dict[str, Any] = {}
    wrong: list[tuple[str, str]] = []
    for f in fields:
        cell = raw.get(f.label)
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            if blank_said and f.required:
                wrong.append((f.label, f.left_empty().message))
            continue
        try:
            values[f.name] = parse_value(f, cell)
        except ValidationError as exc:
            wrong.append((f.label, exc.message))
    return values, wrong


def _unknown_units(values: dict[str, Any]) -> list[tuple[str, str]]:
    """Units as the 通讯录 names them (a 简称 kept by its 名称), as 分解交办 checks them: an
    unknown one said now, with the rest of the sheet's problems."""
    wrong = []
    for name, label, check in (("lead_unit", "牵头单位", known_unit), ("co_units", "协办单位", known_units)):
        if values.get(name):
            try:
                values[name] = check(values[name], label, name)
            except ValidationError as exc:
                wrong.append((label, exc.message))
    return wrong


def _state_problems(values: dict[str, Any]) -> list[tuple[str, str]]:
    done_on: dt.date | None = values.get("done_on")
    if values.get("status") == TASK_DONE and done_on is None:
        return [("任务办结日期", "任务状态为已办结，请填写“任务办结日期”。")]
    if done_on is not None and values.get("status") not in (None, TASK_DONE):
        return [("任务状态", f"填写了任务办结日期，“任务状态”应为“{TASK_DONE}”。")]
    return []


def _update(item: SupervisionItem, given: list[GivenTask], actor: Any) -> dict[str, tuple[Any, Any]]:
    from officedesk.core.supervision.task_updates import update_tasks

    return update_tasks(item, given, actor)


def _stale(item: SupervisionItem, given: list[GivenTask], entries: list[Any]) -> list[Any]:
    from officedesk.core.supervision.task_updates import stale

    return stale(item, given, entries)


def _left_out(item: SupervisionItem, given: list[GivenTask]) -> list[Any]:
    from officedesk.core.supervision.task_updates import left_out

    return left_out(item, given)


def _changes_nothing(item: SupervisionItem, given: list[GivenTask]) -> bool:
    from officedesk.core.supervision.task_updates import changes_nothing

    return changes_nothing(item, given)


def _check(item: SupervisionItem, given: list[GivenTask], actor: Any) -> dict[str, tuple[Any, Any]]:
    from officedesk.core.supervision.task_updates import update_tasks

    return update_tasks(item, given, actor, check=True)


DETAIL = DetailSheet(SHEET, FIELDS, task_rows, read, _update, _stale, _left_out, _changes_nothing, _check)


REPORT_COLUMNS = [
    ITEM_NUMBER,
    FieldSpec("seq", "任务序号", kind=INT, width=60),
    FieldSpec("lead_unit", "牵头单位", width=150),
    *REPORT_FIELDS,
    FieldSpec("created_by", "填报人", width=80),
]


def report_rows(items: list[SupervisionItem]) -> list[list[Any]]:
    """The 反馈 of the items' tasks, to read (反馈记录): item after item in the order given, each
    task's in its order, each task's 反馈 by date; one query for a batch of items."""
    by_item: dict[int, list[list[Any]]] = {}
    reports = (SupervisionReport.select(SupervisionReport, SupervisionTask)
               .join(SupervisionTask)
               .where(SupervisionTask.item.in_([item.id for item in items]))
               .order_by(SupervisionTask.seq, SupervisionTask.id, SupervisionReport.report_date,
                         SupervisionReport.id))
    numbers = {item.id: item.number for item in items}
    for report in reports:
        task = report.task
        by_item.setdefault(task.item_id, []).append(
            [numbers[task.item_id], task.seq, task.lead_unit,
             *(getattr(report, f.name) for f in REPORT_COLUMNS[3:])])
    return [row for item in items for row in by_item.get(item.id, [])]


def _read_reports(rows: list[tuple[int, dict[str, Any]]], given: Any) -> set[str]:
    from officedesk.core.supervision.report_sheet import read

    return read(rows, given)


def _counting() -> contextlib.AbstractContextManager[dict[str, int]]:
    from officedesk.core.supervision.report_sheet import counting

    return counting()


REPORTS = ShownSheet("反馈记录", REPORT_COLUMNS, report_rows, _read_reports, _counting, noun=text("反馈"))
