"""A unit renamed in the 通讯录 (the window's 修改: records.update of UNITS) keeps its 督查 tasks:
they follow it to the new 名称, open and closed, so the steps find them by the new 名称 or the
简称, the 通报 and the stats count the unit once, and its 催办 reaches it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import directory, integrity, records, steps
from officedesk.core import supervision as sv
from officedesk.core.supervision.tasks import get_task
from officedesk.store.models import AuditEntry

from .conftest import UNITS

NEW = "市财政局（更名）"


@pytest.fixture
def renamed(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    for name, short in zip(UNITS, ("住建局", "财政局", "自然资源局"), strict=True):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    # a closed task of the unit, on another item, and the unit as a 协办单位
    fixed_today(dt.date(2026, 3, 10))
    other = sv.create_item_from_source("meeting", 13, "另一事项", "内容", admin,
                                       deadline=dt.date(2026, 4, 30))
    done = sv.add_task(other.id, {"牵头单位": UNITS[1], "协办单位": "住建局、财政局",
                                  "时限": "2026-03-31"}, admin)
    sv.complete_task(done.id, dt.date(2026, 3, 10), "已完成", admin)
    unit = directory.unit_by_name(UNITS[1])
    records.update(directory.UNITS, unit.id, {"单位名称": NEW}, unit.version, admin)
    return item, tasks, other, done


def test_the_tasks_follow_the_renamed_unit(renamed, admin):
    item, tasks, other, done = renamed
    assert get_task(tasks[1].id, admin).lead_unit == NEW
    closed = get_task(done.id, admin)
    assert (closed.lead_unit, closed.co_units) == (NEW, f"{UNITS[0]}、{NEW}")
    assert sv.get_item(item.id, admin).lead_unit.split("、") == [UNITS[0], NEW, UNITS[2]]
    assert sv.get_item(other.id, admin).co_units == f"{UNITS[0]}、{NEW}"
    # the other units' tasks are left as they were
    assert get_task(tasks[0].id, admin).lead_unit == UNITS[0]


def test_the_rename_is_in_each_items_history(renamed, admin):
    item, _tasks, other, _done = renamed
    for record_id in (item.id, other.id):
        entries = AuditEntry.select().where((AuditEntry.registry == sv.SPEC.name)
                                            & (AuditEntry.record_id == record_id))
        said = [e.summary for e in entries if "更名" in e.summary]
        assert said and UNITS[1] in said[-1] and NEW in said[-1]
    # the items' rows changed with an entry each: `check` finds nothing written behind the trail
    assert not list(integrity.check_rows())


@pytest.mark.parametrize("named", [NEW, "财政局"])
def test_a_step_names_the_task_by_the_new_name_or_the_short_name(renamed, admin, named):
    item, tasks, _other, _done = renamed
    steps.perform("supervision", item.id, "反馈",
                  {"单位": named, "进度": "50", "进展情况": "推进中"}, admin)
    assert get_task(tasks[1].id, admin).progress == 50


def test_the_bulletin_counts_the_renamed_unit_once(renamed, admin):
    item, _tasks, _other, _done = renamed
    sv.add_task(item.id, {"牵头单位": NEW, "时限": "2026-04-20"}, admin)
    rows = [row.unit for row in sv.bulletin(dt.date(2026, 3, 1), dt.date(2026, 4, 30),
                                            actor=admin).units]
    assert rows.count(NEW) == 1 and UNITS[1] not in rows


def test_the_renamed_unit_is_chased(renamed, admin, fixed_today):
    fixed_today(dt.date(2026, 4, 5))  # its task (时限 2026-03-31) is overdue
    chased = sv.overdue_chases(dt.date(2026, 4, 5), unit=NEW, actor=admin)
    assert [c.task.lead_unit for c in chased] == [NEW]
