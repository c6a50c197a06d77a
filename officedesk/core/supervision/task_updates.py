"""import --update of a 督查 workbook's 分解任务 sheet, for items already there: each task row
changes its task through the steps (修改任务, 分解交办, 任务办结: `update_tasks`). The sheet
holds each task as it was when exported: a row that would write over a task changed since then
(a 反馈, 修改任务, 延期, 任务办结, a unit's new name) is refused with its item (`stale`), and a
task the sheet leaves out is kept, never deleted, and named in the report (`left_out`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from officedesk.core import read_once, record_guards, summary_texts
from officedesk.core.actor import Actor
from officedesk.core.fields import DATE
from officedesk.core.i18n import Text, text
from officedesk.core.supervision import task_sheet
from officedesk.core.supervision.added import (
    IMPORTED_DONE,
    add_given_task,
    naming,
    task_before_start,
)
from officedesk.core.supervision.task_fields import TASK_DONE, TASK_FIELDS, TASK_SPEC
from officedesk.store.db_errors import for_reader
from officedesk.store.supervision import SupervisionTask

_SEQ = re.compile(r"第(\d+)项")


@dataclass
class _Change:
    """What one task row would do: `task` None, add a task; else change `diff` of its fields
    and, `completes`, take its 办结."""

    row: task_sheet.GivenTask
    task: SupervisionTask | None
    diff: dict[str, Any]
    completes: bool
    refused: str | None = None  # a fact its steps record that the row changes (its field)


# a task's facts its steps record: 进度 and 最近反馈日期 by 反馈; a done task's 办结 by 任务办结
_REPORTED = ("progress", "last_report_on")
_DONE = ("done_on", "done_report")


def _step_fact_changed(task: SupervisionTask, values: dict[str, Any]) -> str | None:
    """The first fact of the task its steps record that the row gives otherwise (a blank cell
    keeps it): the sheet cannot write them, and a row that tries is refused, not passed with the
    clerk's figure dropped."""
    changed = [name for name in _REPORTED if values.get(name) is not None and values[name] != getattr(task, name)]
    if task.status == TASK_DONE:
        if values.get("status") not in (None, TASK_DONE):
            changed.append("status")
        changed += [name for name in _DONE if values.get(name) is not None and values[name] != getattr(task, name)]
    return changed[0] if changed else None


def _changes(item: Any, given: list[task_sheet.GivenTask]) -> list[_Change]:
    """Each row against the item's tasks: a row whose 序号 is one of them changes what differs
    of its 分解 fields (the export writes every cell: a text emptied is emptied, a date left
    blank kept) and takes its 办结; a row without one (or with a 序号 the item has not) is a new
    task."""
    stored = {task.seq: task for task in _stored(item.id)}
    found = []
    for row in given:
        task = stored.get(row.values.get("seq") or 0)
        if task is None:
            found.append(_Change(row, None, {}, False))
            continue
        cells = {f.name: row.values.get(f.name, "" if f.kind != DATE else None) for f in TASK_FIELDS}
        diff = {name: value for name, value in cells.items()
                if value is not None and value != getattr(task, name)}
        found.append(_Change(row, task, diff, row.values.get("done_on") is not None
                             and task.status != TASK_DONE,
                             None if row.changed_since else _step_fact_changed(task, row.values)))
    return found


def _stored(item_id: int) -> list[SupervisionTask]:
    """The item's tasks by 序号 (an import's checks before the lock read them once: read_once)."""
    return list(read_once.remembered(("supervision tasks", item_id), lambda: list(
        SupervisionTask.select().where(SupervisionTask.item == item_id)
        .order_by(SupervisionTask.seq, SupervisionTask.id))))


def changes_nothing(item: Any, given: list[task_sheet.GivenTask]) -> bool:
    """Whether update_tasks would change none of the item's tasks (its rows as exported)."""
    return not any(change.task is None or change.diff or change.completes or change.refused
                   for change in _changes(item, given))


def update_tasks(item: Any, given: list[task_sheet.GivenTask], actor: Actor, *,
                 check: bool = False) -> dict[str, tuple[Any, Any]]:
    """import --update of an item already there (_changes), through 修改任务 (its checks and
    audit), 任务办结 and 分解交办. Its 进度 comes only from 反馈 (a row changing it, or a done
    task's 办结, is refused: _step_fact_changed), and a task the sheet leaves out is not deleted
    (删除任务 is a step of its own: left_out). What changed, by “第N项任务 column”.
    check: every step checked with no write, for `item` as given (DetailSheet.check: an import's
    dry run, as its row's correction leaves the item), each on the task as the steps before it
    leave it (task_checks: the steps' own checks on a copy)."""
    from officedesk.core.supervision import task_checks
    from officedesk.core.supervision import tasks as task_steps

    changed: dict[str, tuple[Any, Any]] = {}
    for change in _changes(item, given):
        row, task = change.row, change.task
        if task is None:
            task_before_start(item, row)  # 交办 on the 立项日期 when the row gives no 交办日期
            add_given_task(item, row, None, actor, check=check)
            changed[f"新增任务（{row.where()}）"] = ("", row.values["lead_unit"])
            continue
        with naming(row):
            if change.refused:
                raise record_guards.imported_step_fact(task_sheet.field_label(change.refused), change.refused)
            for name, value in change.diff.items():
                changed[f"第{task.seq}项任务{TASK_SPEC.field(name).label}"] = (getattr(task, name), value)
            if change.diff:
                task = task_checks.check_update(task, item, change.diff, actor) if check \
                    else task_steps.update_task(task.id, change.diff, task.version, actor)
            done_on = row.values.get("done_on")
            if done_on is not None and task.status != TASK_DONE:
                report = row.values.get("done_report") or IMPORTED_DONE
                if check:
                    task_checks.check_complete(task, item, done_on, report, actor)
                else:
                    task_steps.complete_task(task.id, done_on, report, actor)
                changed[f"第{task.seq}项任务状态"] = (task.status, TASK_DONE)
    return changed


def _touched(entry: Any) -> set[int]:
    """The 序号 of the tasks an audit entry of the item changed: a task's own entry (分解交办,
    修改任务, 任务延期, 任务办结, 删除, a unit's new name) names them in its summary (第N项), a
    反馈 as its 任务; an entry of the item itself (its fields, 催办, 办结) changed no task."""
    if entry.action == "task":
        return {int(n) for n in _SEQ.findall(entry.summary or "")}
    if entry.action == "report":
        try:
            after = json.loads(entry.after) if entry.after else {}
        except ValueError:
            return set()
        task = after.get("任务") if isinstance(after, dict) else None
        return {int(n) for n in _SEQ.findall(task)} if isinstance(task, str) else set()
    return set()


def stale(item: Any, given: list[task_sheet.GivenTask], entries: list[Any]) -> list[Text]:
    """Why the item's task rows are refused: each that would change a task some entry after
    the export changed (`entries`, oldest first): the row holds the task as it was then, and
    writing it would undo that change. A row left as exported changes nothing and is taken."""
    last: dict[int, Any] = {}
    for entry in entries:
        for seq in _touched(entry):
            last[seq] = entry
    for row in given:  # its 进度 (or 办结) in the sheet is then as it was, not the clerk's
        row.changed_since = row.values.get("seq") in last
    refused = []
    for change in _changes(item, given):
        if change.task is None or not (change.diff or change.completes):
            continue
        entry = last.get(change.task.seq)
        if entry is None:
            continue
        column = next((f.label for f in task_sheet.FIELDS if f.name in change.diff), "任务办结日期")
        said = (change.row.where(column), change.task.seq, change.task.lead_unit, entry.actor,
                f"{entry.at:%Y-%m-%d %H:%M}", summary_texts.read_back(entry.summary or ""))
        refused.append(for_reader(text(
            "%1：这项任务（第%2项 %3）在导出后已被 %4 于 %5 改动（%6），表中还是导出时的旧值，"
            "导入会把那次改动改回去，所以这一事项没有导入。请重新导出后再改，或在窗口中修改该任务。", *said),
            text("%1：这项任务（第%2项 %3）在导出后已被 %4 于 %5 改动（%6），表中还是导出时的旧值，"
                 "导入会把那次改动改回去，所以这一事项没有导入。请重新导出后再改，或用步骤“修改任务”修改它："
                 "officedesk step supervision %7 修改任务 任务序号=%2 字段=值 …", *said, item.id)))
    return refused


def left_out(item: Any, given: list[task_sheet.GivenTask]) -> list[Text]:
    """The item's tasks no row of the sheet names by its 序号 (a clerk deleted the row), each by
    its 序号, 牵头单位 and 办理要求: kept, and said (nothing when the sheet names them all)."""
    named = {row.values.get("seq") for row in given}
    tasks = _stored(item.id)
    kept = [text("第%1项任务（%2：%3）", task.seq, task.lead_unit, _short(task.requirement) or "未写办理要求")
            for task in tasks if task.seq not in named]
    if not kept:
        return []
    return [text("“%1”表中没有督查事项 %2 的%3，导入没有删除，仍然保留；如确要删除，"
                 "请在窗口中打开该事项，用步骤“删除任务”删除（命令行：officedesk step supervision %4 "
                 "删除任务 任务序号=N）。", task_sheet.SHEET, item.number, kept, item.id)]


def _short(words: str, limit: int = 20) -> str:
    words = " ".join((words or "").split())
    return words if len(words) <= limit else words[:limit] + "…"
