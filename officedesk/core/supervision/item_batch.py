"""督查事项 in a batch import (core.batch): create_from_row's checks and rows, made without
writing. The item as records.create makes it, then its 分解交办 as add_task does them — a task for
each 牵头单位 (or each task of the 分解任务 sheet, with its 进度 kept), its audit entry, and the
item brought in step with its tasks (tasks._sync_item: an entry of its own, the item's version
raised) — ride along as the record's sub-rows and later steps (batch_new.Step), in the order the
one-record path writes them, and so do the 办结 of an item imported 办结 (each task's, then the
item's: tasks.finish_task, item_closing.closing_status, the 状态 held to the dates) and of a
task the 分解任务 sheet gives 办结. A default 办结时限 is counted under the rules as they stood
when the check began (`scope`, as complaint_batch), its count kept for the item, and for each
task that follows it once the tasks have their ids (`written`, under the write lock)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from officedesk.core import (
    i18n,
    number_claims,
    records,
    rules_read,
    settings,
    typed_numbers,
    workdays,
)
from officedesk.core.actor import Actor
from officedesk.core.batch_new import NewRecord, Step
from officedesk.core.context_values import bound
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.supervision import added, in_force, item_closing, item_making, items
from officedesk.core.supervision import tasks as task_steps
from officedesk.core.supervision.items import DONE_STATUSES, OPEN, SPEC
from officedesk.core.supervision.report_sheet import given_for as reports_given
from officedesk.core.supervision.task_fields import CLOSE_FIELDS, TASK_DONE, task_snapshot
from officedesk.store.bulk import bulk_insert
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.documents import ArchiveItem
from officedesk.store.supervision import SupervisionItem, SupervisionTask

_SYNCED = ("lead_unit", "co_units", "responsible", "status")
_DONE = ("status", "done_on", "done_report", "progress", "next_report_due", "version", "updated_at", "updated_by")


# the 档号 the file's rows checked so far bring (_file): a second row bringing one is refused
_filed: ContextVar[set[str] | None] = ContextVar("supervision_filed", default=None)


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """RegistrySpec.prepare_scope: the rules it counts by, read once, and the 档号 rows bring."""
    with rules_read.batch_scope(), bound(_filed, set()):
        yield


def prepare_new(raw: dict[str, Any], actor: Actor) -> NewRecord:
    """The batch import's create_from_row: the same checks, the item as created, its tasks and
    the steps that made them."""
    status = raw.get("状态")
    if str(status or "").strip():  # read as the row path's cell check reads it (已办结 taken)
        parse_value(SPEC.field("status"), status)
    seen = rules_read.batch_read()
    row = added.read_row(raw, actor)
    number = row.number
    if row.given is not None and reports_given(number):  # its 反馈记录: one by one
        from officedesk.core.batch import OneByOne

        raise OneByOne
    if number and _used(number):
        raise added.used_number(number)
    # where create_from_row claims it (a file checked one by one in memory: core.batch_in_order)
    number_claims.claim_here("supervision", number, typed_numbers.dated_by(SPEC, row.values))
    values = _created(row.values)
    item = SupervisionItem(**values)
    added.refuse_before_start(item, row)
    new = NewRecord(values, number=number, rules=seen)
    new.sub_rows_then = [{}]  # created without tasks: each step's entry covers them as it left them
    count = None
    if not item_making._deadline_given(row.values):
        days, working = int(settings.get(items.DEFAULT_DAYS.key)), bool(settings.get(items.WORKING_DAYS.key))
        if item.deadline == workdays.add_days(item.start_date, days, working):
            count = (item.start_date, days, working, item.deadline)
            new.children.append((CountedDeadline, "record_id", {
                "registry": SPEC.name, "field": "deadline", "since": item.start_date, "days": days,
                "working": working, "due": item.deadline}))
    state = {**{name: "" for name in _SYNCED}, **values}
    made: list[dict[str, Any]] = []
    following: list[tuple[int, tuple[Any, ...]]] = []
    if row.given is not None:
        for given in row.given:
            with added.naming(given):
                state = _assign(new, item, state, made, added.given_task(item, given), count,
                                following, actor)
                _keep_progress(new, item, made, given.values)
                done_on = given.values.get("done_on") or row.closed_on
                if done_on is not None:
                    _finish(new, item, made, done_on,
                            given.values.get("done_report") or added.IMPORTED_DONE, actor)
    else:
        for n, lead in enumerate(row.leads):
            state = _assign(new, item, state, made, added.lead_task(item, n, lead, row), count,
                            following, actor)
            if row.closed_on is not None:
                _finish(new, item, made, row.closed_on, added.IMPORTED_DONE, actor)
    if row.closed_on is not None:
        state = _close(new, state, made, row, actor)
    if row.archive_no:
        state = _file(new, made, state, row.archive_no, actor, row.archive_pages)
    new.children += [(SupervisionTask, "item", task) for task in made]
    new.later = following or None
    parts = [str(state.get("source_label") or "")]
    for task in made:
        parts += [task["lead_unit"], task["co_units"], task["responsible"], task["requirement"]]
    new.extra_text = "\n".join(p for p in parts if p)  # items._searchable_tasks
    return new


def _used(number: str) -> bool:
    """Used already (numbering.is_used; in a file checked one by one, by an earlier row too)."""
    return number_claims.used("supervision", number)


def _created(given: dict[str, Any]) -> dict[str, Any]:
    """records.create's values of the item (item_making._create: a missing 来源 named with its choices)."""
    try:
        values = records.parse_values(SPEC, given)
        records.apply_rules(SPEC, values, None)
    except ValidationError as exc:
        if exc.field == "source" and not str(given.get("source", given.get("来源")) or "").strip():
            raise items._no_source() from exc
        raise
    return records.storable(SPEC, values)


def _assign(new: NewRecord, item: SupervisionItem, state: dict[str, Any], made: list[dict[str, Any]],
            raw: dict[str, Any], count: tuple[Any, ...] | None, following: list[tuple[int, tuple[Any, ...]]],
            actor: Actor) -> dict[str, Any]:
    """add_task on the item as it stands (`state`): the task's row, its entry, and the item's
    tasks columns and 状态 following (_sync_item); returns the item's row after it."""
    values = task_steps.parsed_task(raw)
    task = task_steps.new_task(item, values, len(made) + 1, actor)
    made.append(task)
    if values.get("deadline") is None and count is not None and count[-1] == task["deadline"]:
        following.append((task["seq"], count))  # the item's counted 时限: tasks.TASK_COUNTED
    summary = task_steps.assigned_summary(task["seq"], task["lead_unit"], task["deadline"])
    _step(new, made, Step("task", None, task_snapshot(SupervisionTask(**task)), summary))
    wanted = task_steps.synced(made)
    if state.get("status") not in DONE_STATUSES:
        wanted["status"] = OPEN
    changes = {k: v for k, v in wanted.items() if state.get(k) != v}
    return _stepped(new, made, state, changes, "step", summary) if changes else state


def _step(new: NewRecord, made: list[dict[str, Any]], step: Step) -> None:
    """A step of the item, with its tasks as the step leaves them (core.sub_rows: its entry
    covers them, as the one-record path's entry after the step)."""
    new.steps.append(step)
    if new.sub_rows_then is not None:
        new.sub_rows_then.append({SupervisionTask: [dict(task) for task in made]})


def _finish(new: NewRecord, item: SupervisionItem, made: list[dict[str, Any]], done_on: Any, report: str,
            actor: Actor) -> None:
    """complete_task on the last task's row (a new item has no 延期): its 办结, an entry."""
    task = made[-1]
    values = task_steps._parse(CLOSE_FIELDS, {"closed_on": done_on, "report": report})
    done = SupervisionTask(**task)
    before, summary = task_steps.finish_task(item, done, values, actor, dict)
    task.update({name: getattr(done, name) for name in _DONE})
    _step(new, made, Step("task", before, task_snapshot(done), summary))


def _close(new: NewRecord, state: dict[str, Any], made: list[dict[str, Any]], row: added.ReadRow,
           actor: Actor) -> dict[str, Any]:
    """close_item on the item as it stands (its tasks done; a new item has no 延期 nor 重新打开),
    the 状态 the row gives held to the dates (added._same_done_state); returns its row after."""
    values = task_steps._parse(CLOSE_FIELDS, {"closed_on": row.closed_on, "report": row.close_report})
    item = SupervisionItem(**state)
    tasks = [SupervisionTask(**task) for task in made]
    day = values["closed_on"]
    status = item_closing.closing_status(
        item, [t for t in tasks if t.status != TASK_DONE], lambda: tasks, day, lambda: None,
        lambda: day <= item.deadline and not any(in_force.done_late(t, {}) for t in tasks))
    changes = {"status": status, "closed_on": day, "close_report": task_steps._text(values["report"])}
    state = _stepped(new, made, state, changes, "close", f"事项办结（{status}）：{item.title}")
    added._same_done_state(row.status, SupervisionItem(**state))
    return state


def _file(new: NewRecord, made: list[dict[str, Any]], state: dict[str, Any], number: str,
          actor: Actor, pages: int = 0) -> dict[str, Any]:
    """archiving.file_brought on the item as closed: its 目录 entry a child row (a 档号 another
    row of the file brings too is refused here; one filed meanwhile fails the copy under the
    lock, and the file goes one by one), its entry a step; returns its row after it."""
    from officedesk.core.batch import OneByOne
    from officedesk.core.supervision import archiving

    if not state.get("number"):  # its 文号 is the 督查编号 issued under the lock: one by one
        raise OneByOne
    entry, noted, summary = archiving.brought_entry(SupervisionItem(**state), number, actor, pages)
    taken = _filed.get()
    if taken is not None and number in taken:  # another row of the file brings it
        raise ValidationError(i18n.text("档号“%1”已归档（归档文件目录中的另一件），不能再给这个事项。"
                                        "请核对档号。", number), "archive_no")
    if taken is not None:
        taken.add(number)
    new.children.append((ArchiveItem, "record_id", entry))
    state = {**state, "version": state.get("version", 1) + 1}
    _step(new, made, Step("archive", {}, noted, summary, {"version": state["version"]}))
    return state


def _stepped(new: NewRecord, made: list[dict[str, Any]], state: dict[str, Any], changes: dict[str, Any],
             action: str, summary: str) -> dict[str, Any]:
    """records.save_changes on the item's row as it stands: its entry (the fields changed, before
    and after), the version raised; returns the row after it."""
    before = records.snapshot(SPEC, SupervisionItem(**state))
    state = {**state, **changes, "version": state.get("version", 1) + 1}
    after = records.snapshot(SPEC, SupervisionItem(**state))
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    _step(new, made, Step(action, {k: before[k] for k in changed}, changed, summary,
                          {**changes, "version": state["version"]}))
    return state


def _keep_progress(new: NewRecord, item: SupervisionItem, made: list[dict[str, Any]],
                   given: dict[str, Any]) -> None:
    """added._keep_progress on the last task's row: its 进度 and 最近反馈日期 kept, an entry."""
    task = made[-1]
    if not (given.get("progress") or given.get("last_report_on")):
        return
    kept = SupervisionTask(**task)
    after, summary = added.kept_progress(item, kept, given.get("progress") or 0, given.get("last_report_on"))
    task.update(progress=kept.progress, last_report_on=kept.last_report_on, next_report_due=kept.next_report_due)
    _step(new, made, Step("report", None, after, summary))


def written(ids: list[int], good: list[NewRecord]) -> None:
    """Under the write lock, the tasks copied in: the counted 时限 of each task that follows its
    item's (add_task's counted_deadlines.remember), by the tasks' ids; the 件号 of the items
    brought filed claimed (archiving.claim_pieces)."""
    from officedesk.core.supervision import archiving

    archiving.claim_pieces([values for new in good for model, _, values in new.children if model is ArchiveItem])
    wanted = {(record_id, seq): count for record_id, new in zip(ids, good, strict=True)
              for seq, count in (new.later or ())}
    if not wanted:
        return
    items_of = sorted({record_id for record_id, _ in wanted})
    rows = []
    for start in range(0, len(items_of), 500):
        chunk = items_of[start:start + 500]
        found: Any = (SupervisionTask.select(SupervisionTask.id, SupervisionTask.item, SupervisionTask.seq)
                      .where(SupervisionTask.item.in_(chunk)).tuples())
        for task_id, item_id, seq in found:
            count = wanted.get((item_id, seq))
            if count is not None:
                since, days, working, due = count
                rows.append((task_steps.TASK_COUNTED, task_id, "deadline", since, days, working, due))
    bulk_insert(CountedDeadline, ["registry", "record_id", "field", "since", "days", "working", "due"], rows)


SPEC.prepare_new = prepare_new
SPEC.prepare_scope = scope
SPEC.batch_written = written
