"""`check`: each counted deadline (counted_deadline) against the record it names.

A row says that its record's deadline (`field`) was counted from `since`, and a holiday change
counts that record's deadline again from it. The program writes a row only with the day it
stores on the record, in the transaction of the record's audit entry that stores it
(counted_deadlines.remember: a 效能投诉's 登记, a 督查事项's 立项 with its 办结时限 left blank, a
task given that 时限 at 分解交办, the batch imports of both), and moves its `due` only with the
record's entry of the new day (a holiday change's recount); its `since` is the record's start
as that entry had it (a 效能投诉's 登记日期 — for a 核查时限 kept before, its 核查通知日期 —, a
督查事项's 立项日期, for a task its item's). So the record's trail holds the row's `due` as the
field's value (after a change or before one) and its `since` as the start's. A row naming a
record whose trail holds neither was written outside the program, or moved there from another
record: a recount would move a deadline a clerk typed, and the record it was taken from no
longer follows the holidays. A row of a task gone is not judged (the recount drops it).
(Read once: the rows, the tasks they name, and the entries of their records.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from officedesk.core import i18n

# (registry, field) -> the record's column the count starts from (a task's: its item's)
_STARTS = {("complaints", "due_on"): "received_on", ("complaints", "verify_due"): "verify_sent_on",
           ("supervision", "deadline"): "start_date"}
_TASK_DUE = "时限"  # a task's 时限 as its item's entries name it (task_fields.task_snapshot)

Key = tuple[str, int]  # the registry and record whose trail tells of a row


def _labels(registry: str, field: str) -> tuple[Key | None, str, str] | None:
    """(how the trail names the row's record — None: as the row does), the label its due and its
    start go by there; None for a registry or field this program does not count."""
    from officedesk.core import registry as registries
    from officedesk.core.supervision.tasks import TASK_COUNTED

    try:
        if registry == TASK_COUNTED:
            spec = registries.get("supervision")
            return ("supervision", 0), _TASK_DUE, spec.field(_STARTS[("supervision", "deadline")]).label
        spec = registries.get(registry)
        return None, spec.field(field).label, spec.field(_STARTS[(registry, field)]).label
    except (KeyError, LookupError, ValueError):
        return None
    except Exception:  # noqa: BLE001  (a registry this program does not have)
        return None


def _items_of(task_ids: list[int]) -> dict[int, int]:
    from officedesk.store.supervision import SupervisionTask as T

    found: dict[int, int] = {}
    for start in range(0, len(task_ids), 500):
        rows: Any = T.select(T.id, T.item).where(T.id.in_(task_ids[start:start + 500])).tuples()
        found.update(dict(rows))
    return found


def _held(wanted: dict[Key, set[str]]) -> dict[Key, dict[str, set[str]]]:
    """Each record's trail: for each label wanted, the days its entries gave it (before or after
    a change, at any depth: a task's 时限 in its item's entries). One pass over each registry's
    entries, read as the driver gives them (a large office: tens of thousands of records)."""
    from officedesk.store.db import database
    from officedesk.store.models import AuditEntry as A

    labels = sorted({label for found in wanted.values() for label in found})
    days = re.compile('"(' + "|".join(map(re.escape, labels)) + ')": "(\\d{4}-\\d{2}-\\d{2})"')
    held: dict[Key, dict[str, set[str]]] = {}
    for registry in sorted({key[0] for key in wanted}):
        ids = [record_id for name, record_id in wanted if name == registry]
        query = (A.select(A.record_id, A.before, A.after)
                 .where((A.registry == registry) & A.record_id.between(min(ids), max(ids))))
        for record_id, before, after in database.execute(query):
            key = (registry, record_id)
            if key not in wanted:
                continue
            kept = held.setdefault(key, {})
            for text in (before, after):
                for label, day in days.findall(text or ""):
                    kept.setdefault(label, set()).add(day)
    return held


def problems() -> Iterator[str]:
    """Each counted deadline whose record's trail never held its due or its start, in words
    naming the row and the record."""
    from officedesk.core.deadline_check import deadline_named
    from officedesk.core.supervision.tasks import TASK_COUNTED
    from officedesk.store.counted_deadline import CountedDeadline as C
    from officedesk.store.db import database

    # as the driver gives them: dates as text on SQLite, as dates on PostgreSQL (str() alike)
    rows = list(database.execute(C.select(C.id, C.registry, C.record_id, C.field, C.since, C.due)
                                 .order_by(C.id)))
    if not rows:
        return
    items = _items_of(sorted({row[2] for row in rows if row[1] == TASK_COUNTED}))
    judged: list[tuple[Any, ...]] = []
    wanted: dict[Key, set[str]] = {}
    found_labels: dict[tuple[str, str], Any] = {}
    for row_id, registry, record_id, field, since, due in rows:
        if (registry, field) not in found_labels:
            found_labels[(registry, field)] = _labels(registry, field)
        labels = found_labels[(registry, field)]
        if labels is None:
            continue
        trail, due_label, start_label = labels
        if trail is not None:  # a task: its item's trail
            if record_id not in items:
                continue
            trail = (trail[0], items[record_id])
        key = trail or (registry, record_id)
        wanted.setdefault(key, set()).update((due_label, start_label))
        judged.append((row_id, registry, record_id, field, since, due, key, due_label, start_label))
    held = _held(wanted)
    for row_id, registry, record_id, field, since, due, key, due_label, start_label in judged:
        days = held.get(key)
        if days is None:
            yield i18n.text("计算期限第 %1 条（%2）所指的记录没有任何审计记录（在程序之外写入，或改了所属的记录）",
                            row_id, deadline_named(registry, record_id, field))
            continue
        due, since = str(due)[:10], str(since)[:10]
        if due not in days.get(due_label, ()):
            yield i18n.text("计算期限第 %1 条（%2）记载期限至 %3，该记录的审计记录中“%4”从未是这一天"
                            "（在程序之外写入或改动，或从另一记录移来）", row_id,
                            deadline_named(registry, record_id, field), due, i18n.text(due_label))
        elif since not in days.get(start_label, ()):
            yield i18n.text("计算期限第 %1 条（%2）记载自 %3 起算，该记录的审计记录中“%4”从未是这一天"
                            "（在程序之外写入或改动，或从另一记录移来）", row_id,
                            deadline_named(registry, record_id, field), since, i18n.text(start_label))
