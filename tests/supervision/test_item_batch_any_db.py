"""A 督查 台账 through the batch on SQLite and PostgreSQL: items, their tasks (the 牵头单位 split),
the counted 办结时限 of an item and of the task that follows it, one audit entry per step in the
order the one-record path writes them, `check` and the chain clean; the dry run writes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import audit, batch, batch_write, check, directory, records
from officedesk.core.supervision import items as sv_items
from officedesk.core.supervision import tasks as sv_tasks
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.models import AuditEntry
from officedesk.store.search_index import SearchDoc
from officedesk.store.supervision import SupervisionItem, SupervisionTask

SPEC = sv_items.SPEC
BASE = {"事项名称": "推进重点工作", "来源": "领导批示", "立项日期": "2026-05-06"}


def _rows(n: int) -> list[dict[str, Any]]:
    return [{**BASE, "事项名称": f"重点工作{i}", "办结时限": None if i % 2 else "2026-08-31",
             "牵头单位": "县财政局、县水利局" if i % 3 == 0 else "县水利局"} for i in range(n)]


def test_a_register_lands_whole_on_either_database(any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 6, 30))
    for unit in ("县财政局", "县水利局"):
        records.create(directory.UNITS, {"单位名称": unit}, admin)
    rows = _rows(30)
    assert batch.create_many(SPEC, rows, admin, dry_run=True) == ([], [])
    assert SupervisionItem.select().count() == AuditEntry.select().where(AuditEntry.registry == SPEC.name).count() == 0
    ids, problems = batch.create_many(SPEC, rows, admin)
    assert problems == [] and len(ids) == 30
    assert SupervisionTask.select().count() == 10 * 2 + 20
    assert {item.status for item in SupervisionItem.select()} == {"办理中"}
    split = SupervisionItem.get_by_id(ids[0])
    assert (split.lead_unit, split.version) == ("县财政局、县水利局", 3)
    actions = [e.action for e in AuditEntry.select().where((AuditEntry.registry == SPEC.name)
                                                         & (AuditEntry.record_id == ids[0])).order_by(AuditEntry.id)]
    assert actions == ["create", "task", "step", "task", "step"]
    counted_items = CountedDeadline.select().where(CountedDeadline.registry == SPEC.name).count()
    counted_tasks = CountedDeadline.select().where(CountedDeadline.registry == sv_tasks.TASK_COUNTED).count()
    assert counted_items == 15 and counted_tasks == 5 * 2 + 10  # the odd rows' tasks follow their item
    assert SearchDoc.select().where(SearchDoc.registry == SPEC.name).count() == 30
    assert "县水利局" in SearchDoc.get((SearchDoc.registry == SPEC.name) & (SearchDoc.record_id == ids[0])).body
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_an_item_added_meanwhile_moves_the_batch_and_its_tasks_follow(db, admin, fixed_today):
    """Another workstation adds an item (with its task) while the batch waits for the lock: the
    batch is made again above it, and each task's counted 时限 names the task made with it."""
    import threading

    fixed_today(dt.date(2026, 6, 30))
    for unit in ("县财政局", "县水利局"):
        records.create(directory.UNITS, {"单位名称": unit}, admin)
    saved: list[Any] = []

    def another_workstation_saves(done: int, total: int) -> bool:
        if done > total // 2 and not saved:
            hook: Any = SPEC.create_hook
            worker = threading.Thread(target=lambda: saved.append(hook(
                {**BASE, "事项名称": "另一工作站", "牵头单位": "县财政局"}, admin)))
            worker.start()
            worker.join()
        return True

    ids, _ = batch.create_many(SPEC, _rows(6), admin, progress=another_workstation_saves)
    assert saved and len(ids) == 6
    assert ids[0] == saved[0].id + 1 + batch_write.ID_MARGIN  # made again, a margin above it
    assert [SupervisionItem.get_by_id(i).number for i in ids] == [f"督〔2026〕{n}号" for n in range(2, 8)]
    for task in SupervisionTask.select().where(SupervisionTask.item.in_(ids)):
        counted = CountedDeadline.get_or_none((CountedDeadline.registry == sv_tasks.TASK_COUNTED)
                                              & (CountedDeadline.record_id == task.id))
        assert (counted is not None) == (task.item.deadline != dt.date(2026, 8, 31))
        assert counted is None or counted.due == task.deadline
    assert audit.verify_chain() == [] and check.run_checks() == []
