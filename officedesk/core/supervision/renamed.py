"""A unit renamed in the 通讯录: its 督查 tasks follow it.

A task keeps its 牵头单位 and 协办单位 as text (the 名称, `directory.known_unit`), and the 通报,
the stats, the steps' choice of a task and the 催办 match and group by that text. So a rename
(directory.UNIT_RENAMES, in the unit's own write transaction) renames every task of the unit —
open and closed: a closed one left under the old name would count the one unit as two rows of
the 通报 — and the items' joined 牵头单位/协办单位, with an audit entry on each item naming the old
and the new 名称, so the history still says whom a task was given to. A 催办 already issued keeps
the name it was issued to (SupervisionReminder.unit)."""

from __future__ import annotations

from typing import Any

from officedesk.core import audit, clock, directory
from officedesk.core.summary_texts import trail_text
from officedesk.core.supervision.items import SPEC
from officedesk.core.supervision.tasks import _sync_item
from officedesk.core.unit_renames import (
    Columns,
    Follower,
    candidates,
    declare,
    refuse_above_clearance,
    renamed_values,
)
from officedesk.store.supervision import SupervisionTask

# the tasks, counted by their 督查事项 (the rename below writes them its own way)
TASKS = Columns(SupervisionTask, {"lead_unit": ("牵头单位", False), "co_units": ("协办单位", True)},
                owner=lambda task: int(task.item_id))
declare(Follower(SPEC.name, (TASKS,)))


def follow_rename(old: str, new: str, actor: Any) -> None:
    # the 协办单位 filter is a substring: each candidate is matched by whole names below
    found = candidates(TASKS, old).order_by(SupervisionTask.item, SupervisionTask.seq)
    renamed = [(task, updates) for task in found if (updates := renamed_values(task, TASKS, old, new))]
    # (a 协办单位 naming another unit whose 名称 contains the old one is left out above)
    # the tasks are written here, not by Renaming: the items' 密级 are checked the same way
    refuse_above_clearance(SPEC.name, old, sorted({int(task.item_id) for task, _u in renamed}), actor)
    by_item: dict[int, list[tuple[Any, dict[str, str], dict[str, str]]]] = {}
    for task, updates in renamed:
        lead = updates.get("lead_unit", task.lead_unit)
        co = updates.get("co_units", task.co_units)
        before = {"牵头单位": task.lead_unit, "协办单位": task.co_units}
        SupervisionTask.update(
            lead_unit=lead, co_units=co, version=SupervisionTask.version + 1,
            updated_at=clock.now(), updated_by=actor.username,
        ).where(SupervisionTask.id == task.id).execute()
        by_item.setdefault(task.item_id, []).append(
            (task, before, {"牵头单位": lead, "协办单位": co}))
    for item_id, changed in by_item.items():
        numbers = "、".join(f"第{task.seq}项" for task, _b, _a in changed)
        summary = trail_text("单位更名（通讯录）：%1 → %2，任务随之更名：%3", old, new, numbers)
        audit.record(actor, "task", SPEC.name, item_id,
                     {f"第{t.seq}项": b for t, b, _a in changed},
                     {f"第{t.seq}项": a for t, _b, a in changed}, summary)
        _sync_item(item_id, actor, summary)


directory.UNIT_RENAMES.append(follow_rename)
