"""A counted deadline's row (counted_deadline) names its record: a holiday change counts that
record's deadline again from the row's start. The program writes a row only with the day the
record's audit entry stores, and moves it only with the record's entry of the new day, so the
record's trail holds the row's due and start (core.deadline_owners). A row moved to another
record (one whose deadline a clerk typed, or none at all) or slipped in is reported, naming the
row and the record; 效能投诉, 督查事项 and the tasks that took an item's counted 时限 alike, and
rows the program keeps after a deadline was typed over, moved by a holiday change or imported in
a batch stay clean."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, check, directory, records, registry, settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.actor import Actor
from officedesk.core.efficiency import complaints as C
from officedesk.core.supervision import items
from officedesk.core.supervision.tasks import TASK_COUNTED
from officedesk.store.counted_deadline import CountedDeadline

D = dt.date
ROW = {"投诉方式": "电话", "投诉人": "钱女士", "被投诉单位": "县自然资源局",
       "投诉类别": "办事拖拉", "投诉内容": "不动产登记两周未办结。"}
CHIEF = Actor("chief", "admin", 3, display_name="管理员")


@pytest.fixture
def office(any_db, fixed_today, admin):
    registry.load_all()
    fixed_today(D(2026, 6, 29))
    records.create(directory.UNITS, {"单位名称": "县自然资源局", "简称": "自然资源局"}, admin)
    settings.put(items.WORKING_DAYS.key, True, admin)
    settings.put(items.DEFAULT_DAYS.key, 20, admin)
    yield any_db
    workdays.forget_overrides()


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def _row(registry_name: str, record_id: int) -> CountedDeadline:
    return CountedDeadline.get((CountedDeadline.registry == registry_name)
                               & (CountedDeadline.record_id == record_id))


def _move(row: CountedDeadline, record_id: int) -> None:
    CountedDeadline.update(record_id=record_id).where(CountedDeadline.id == row.id).execute()


def test_a_complaints_row_moved_to_one_typed_or_to_none_is_reported(office, admin):
    counted = C.register_complaint({**ROW, "登记日期": "2026-06-29"}, admin)
    typed = C.register_complaint({**ROW, "登记日期": "2026-06-22", "办结时限": "2026-07-31"}, admin)
    assert CountedDeadline.select().count() == 1 and _said() == []
    _move(_row("complaints", counted.id), typed.id)
    said = _said()
    assert any(f"效能投诉第 {typed.id} 号记录的“办结时限”" in s and "从未是这一天" in s
               and "另一记录移来" in s and "报告管理员" in s for s in said), said
    _move(_row("complaints", typed.id), typed.id + 50)
    said = _said()
    assert any(f"效能投诉第 {typed.id + 50} 号记录" in s and "没有任何审计记录" in s for s in said), said


def test_a_row_slipped_in_for_a_deadline_typed_is_reported(office, admin):
    typed = C.register_complaint({**ROW, "登记日期": "2026-06-22", "办结时限": "2026-07-31"}, admin)
    CountedDeadline.create(registry="complaints", record_id=typed.id, field="due_on",
                           since=D(2026, 7, 3), days=20, working=True, due=D(2026, 7, 31))
    said = _said()
    assert any(f"效能投诉第 {typed.id} 号记录" in s and "记载自 2026-07-03 起算" in s
               and "登记日期" in s for s in said), said


def test_rows_the_program_keeps_check_clean(office, admin, fixed_today):
    C.register_complaint({**ROW, "登记日期": "2026-06-29"}, admin)
    item = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, admin)
    sv.add_task(item.id, {"牵头单位": "县自然资源局"}, admin)  # the item's counted 时限
    assert CountedDeadline.select().count() == 3
    assert workdays.set_override(D(2026, 7, 7), False, "临时放假", CHIEF) == 2  # all moved
    assert _said() == []
    # the 办结时限 typed over: the row stays until the next recount, and names a day it held
    current = sv.get_item(item.id, admin)
    records.update(sv.SPEC, item.id, {"deadline": D(2026, 8, 31)}, current.version, admin, parsed=True)
    assert CountedDeadline.select().count() == 3 and _said() == []
    rows = [{**ROW, "登记日期": "2026-06-24"}, {**ROW, "登记日期": "2026-06-25"}]
    ids, problems = batch.create_many(C.SPEC, rows, admin)
    assert problems == [] and CountedDeadline.select().where(CountedDeadline.record_id.in_(ids)).count() == 2
    assert _said() == []


def test_a_supervision_row_moved_is_reported(office, admin):
    counted = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, admin)
    task = sv.add_task(counted.id, {"牵头单位": "县自然资源局"}, admin)
    typed = sv.create_item({"事项名称": "落实会议精神", "来源": "领导批示", "办结时限": "2026-09-30"}, admin)
    other = sv.add_task(typed.id, {"牵头单位": "县自然资源局", "时限": "2026-09-30"}, admin)
    assert _said() == []
    _move(_row(TASK_COUNTED, task.id), other.id)
    said = _said()
    assert any(f"督查任务第 {other.id} 号的“办结时限”" in s and "从未是这一天" in s for s in said), said
    _move(_row("supervision", counted.id), typed.id)
    said = _said()
    assert any(f"{sv.SPEC.label}第 {typed.id} 号记录的“办结时限”" in s and "从未是这一天" in s
               for s in said), said
