"""The 时限 in force on a day: a 延期 moves a deadline from the day it was granted on, not before.

Each 延期 leaves an audit entry (action "extend") with the old and the new 时限: the item's
(before {"办结时限": …}) or a task's (before {"任务": 牵头单位, "时限": …}, after with its 序号
since this module was written), and its 延期日期: the day it was approved, given with the step
(--on, the dialog's 日期; default the day it was entered; an old entry without it, that day). A
通报 of a period that ended before a 延期 reads the 时限 that was in force at its end, so a later
延期 does not rewrite past figures. A correction of a task (修改任务) is not a 延期: it changes
the 时限 for the past too, as a correction does. Likewise a 重新打开 (action "reopen", its
before holding the 办结日期 it cleared) reopens an item from its day on: a period that ended
before it still reads the item 办结 (closed_as_of)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from officedesk.core.supervision.items import SPEC
from officedesk.store.models import AuditEntry

ITEM_KEY = "办结时限"


@dataclass(frozen=True)
class Extension:
    item_id: int
    seq: int | None  # the task's 序号; None for the item's 办结时限, or an old entry by unit only
    unit: str  # the task's 牵头单位 ("" for the item)
    granted: dt.date  # in force from this day
    at: dt.datetime  # when it was entered
    old: dt.date
    new: dt.date

    @property
    def of_item(self) -> bool:
        return not self.unit


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _parsed(entry: AuditEntry) -> Extension | None:
    try:
        before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
    except ValueError:
        return None
    if not isinstance(before, dict) or not isinstance(after, dict):
        return None
    at = entry.at if isinstance(entry.at, dt.datetime) else dt.datetime.fromisoformat(str(entry.at))
    granted = _date(after.get("延期日期")) or at.date()
    if ITEM_KEY in before:
        old, new = _date(before[ITEM_KEY]), _date(after.get(ITEM_KEY))
        unit, seq = "", None
    elif "任务" in before:
        old, new = _date(before.get("时限")), _date(after.get("时限"))
        unit = str(before["任务"])
        seq = int(after["序号"]) if str(after.get("序号", "")).isdigit() else None
    else:
        return None
    if old is None or new is None:
        return None
    return Extension(int(entry.record_id or 0), seq, unit, granted, at, old, new)


def _entries(action: str, item_ids: Iterable[int]) -> Iterator[AuditEntry]:
    """The items' audit entries of one action (延期 "extend", 重新打开 "reopen"), oldest first."""
    ids = sorted(set(item_ids))
    for start in range(0, len(ids), 500):
        yield from (AuditEntry.select()
                    .where((AuditEntry.registry == SPEC.name) & (AuditEntry.action == action)
                           & AuditEntry.record_id.in_(ids[start:start + 500]))
                    .order_by(AuditEntry.id))


def _day(entry: AuditEntry) -> dt.date:
    at = entry.at if isinstance(entry.at, dt.datetime) else dt.datetime.fromisoformat(str(entry.at))
    return at.date()


def extensions(item_ids: Iterable[int]) -> dict[int, list[Extension]]:
    """The 延期 of these items, oldest first, by item."""
    found: dict[int, list[Extension]] = {}
    for entry in _entries("extend", item_ids):
        extension = _parsed(entry)
        if extension is not None:
            found.setdefault(extension.item_id, []).append(extension)
    return found


def _at(current: dt.date, moves: list[Extension], day: dt.date) -> dt.date:
    """Undo, latest first, the 延期 granted after `day`."""
    deadline = current
    for move in reversed(moves):
        if move.granted > day:
            deadline = move.old
    return deadline


def item_deadline(item: Any, found: dict[int, list[Extension]], day: dt.date) -> dt.date:
    """The item's 办结时限 in force at the end of `day`."""
    return _at(item.deadline, [e for e in found.get(item.id, []) if e.of_item], day)


def task_deadline(task: Any, found: dict[int, list[Extension]], day: dt.date) -> dt.date:
    """A task's 时限 in force at the end of `day`: its 延期 (by 序号; an entry written before the
    序号 was kept, by its 牵头单位) entered since the task was given are undone when granted
    later than `day`."""
    return _at(task.deadline, _of_task(task, found), day)


def _of_task(task: Any, found: dict[int, list[Extension]]) -> list[Extension]:
    created = task.created_at
    return [e for e in found.get(task.item_id, []) if not e.of_item
            and (e.seq == task.seq if e.seq is not None else e.unit == task.lead_unit)
            and (created is None or e.at >= created)]


def moved_since(task: Any, found: dict[int, list[Extension]], day: dt.date,
                at: dt.datetime | None) -> bool:
    """A 延期 of the task granted after `day` (a 催办's), or entered at `at` (the 催办's entry) or
    later — one approved before the 催办 and entered after it: the 催办 chased a 时限 no longer
    in force (entered in the same second as the 催办: by its 延期日期)."""
    return any(e.granted > day or (e.granted == day if at is None or e.at == at else e.at > at)
               for e in _of_task(task, found))


def last_granted(item: Any, task: Any | None) -> dt.date | None:
    """The day the latest 延期 of the item's 办结时限 (or of `task`'s 时限) was granted on: a
    later 延期 is granted on it or after (the 时限 in force on a day must not depend on the
    order the 延期 were entered in)."""
    found = extensions([item.id])
    moves = _of_task(task, found) if task is not None else [e for e in found.get(item.id, []) if e.of_item]
    return max((e.granted for e in moves), default=None)


def done_late(task: Any, found: dict[int, list[Extension]]) -> bool:
    """The task was done after its 时限 in force on its 办结日期 (a 延期 granted after it makes
    it no less late)."""
    return task.done_on is not None and task.done_on > task_deadline(task, found, task.done_on)


def items_with_late_tasks(item_ids: Iterable[int], found: dict[int, list[Extension]]) -> set[int]:
    """The items one of whose tasks was done late: none of them is 按期办结, whenever the item
    itself was closed (an item on time with a late task would say more than its tasks did)."""
    from officedesk.store.supervision import SupervisionTask

    ids, late = sorted(set(item_ids)), set()
    for start in range(0, len(ids), 500):
        for task in SupervisionTask.select().where(SupervisionTask.item.in_(ids[start:start + 500])
                                                   & SupervisionTask.done_on.is_null(False)):
            if task.item_id not in late and done_late(task, found):
                late.add(task.item_id)
    return late


# ---------------------------------------------------------------- 办结 undone by 重新打开

CLOSED_KEY = "办结日期"


def reopenings(item_ids: Iterable[int]) -> dict[int, list[tuple[dt.date, dt.date]]]:
    """The 办结 each item's 重新打开 undid, oldest first: (its 办结日期, the day it was reopened —
    entered that day, it takes no --on). Each 重新打开 leaves an audit entry (action "reopen")
    whose before holds the 办结日期 it cleared."""
    found: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for entry in _entries("reopen", item_ids):
        try:
            before = json.loads(entry.before or "{}")
        except ValueError:
            continue
        closed = _date(before.get(CLOSED_KEY)) if isinstance(before, dict) else None
        if closed is not None:
            found.setdefault(int(entry.record_id or 0), []).append((closed, _day(entry)))
    return found


def last_reopened(item_id: int) -> dt.date | None:
    """The day of the item's last 重新打开 (entered that day: it takes no --on), or None."""
    return max((_day(entry) for entry in _entries("reopen", [item_id])), default=None)


def closed_as_of(item: Any, closed: dt.date | None,
                 found: dict[int, list[tuple[dt.date, dt.date]]], day: dt.date) -> dt.date | None:
    """The item's 办结日期 as it stood at the end of `day`: its 办结 now (`closed`, None while
    open) when by then, else an 办结 by then that a 重新打开 after `day` undid — so a later
    重新打开 does not rewrite a past period's figures."""
    if closed is not None and closed <= day:
        return closed
    for undone, reopened in reversed(found.get(item.id, [])):
        if undone <= day < reopened:
            return undone
    return closed
