"""督查 牵头单位 and 协办单位 name units of the 通讯录: a 简称 is kept as the 名称 (the 通报 and
the stats group by it), an unknown unit is refused — at 分解, on a task's change and at `add`
(and import, which `add` serves)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import directory, records, steps
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError

from .conftest import UNITS

SHORT = ("住建局", "财政局", "自然资源局")


@pytest.fixture
def units(item_with_tasks, admin):
    for name, short in zip(UNITS, SHORT, strict=True):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    return item_with_tasks


def test_a_short_name_is_kept_as_the_full_name(units, admin):
    item, _tasks = units
    task = sv.add_task(item.id, {"牵头单位": "财政局", "协办单位": "住建局，市财政局、住建局",
                                 "时限": "2026-04-20"}, admin)
    assert (task.lead_unit, task.co_units) == (UNITS[1], f"{UNITS[0]}、{UNITS[1]}")
    rows = [row.unit for row in sv.bulletin(dt.date(2026, 3, 1), dt.date(2026, 4, 30), actor=admin).units]
    assert rows.count(UNITS[1]) == 1 and "财政局" not in rows


@pytest.mark.parametrize("field", ["牵头单位", "协办单位"])
def test_an_unknown_unit_is_refused_at_split(units, admin, field):
    item, _tasks = units
    raw = {"牵头单位": "财政局", "时限": "2026-04-20", field: "不存在单位"}
    with pytest.raises(ValidationError, match=f"{field}“不存在单位”不在通讯录中"):
        sv.add_task(item.id, raw, admin)
    assert len(sv.tasks_of(item.id, admin)) == 3


def test_one_unknown_among_several_co_units_is_refused(units, admin):
    item, _tasks = units
    with pytest.raises(ValidationError, match="“不存在的局”不在通讯录中"):
        sv.add_task(item.id, {"牵头单位": "财政局", "协办单位": "住建局、不存在的局"}, admin)


def test_a_changed_task_unit_is_checked(units, admin):
    _item, tasks = units
    task = tasks[0]
    with pytest.raises(ValidationError, match="不在通讯录中"):
        sv.update_task(task.id, {"牵头单位": "不存在单位"}, task.version, admin)
    # its old 协办单位 (各区政府, from before the 通讯录 had units) does not block other changes
    changed = sv.update_task(task.id, {"牵头单位": "自然资源局", "责任人": "王五"}, task.version, admin)
    assert (changed.lead_unit, changed.co_units) == (UNITS[2], "各区政府")


def test_add_with_its_lead_unit_checks_it(units, admin):
    add = sv.SPEC.create_hook  # `add supervision` and the xlsx import
    assert add is not None
    made = add({"事项名称": "新事项", "来源": "领导批示", "牵头单位": "财政局",
                "协办单位": "住建局", "办结时限": "2026-05-30"}, admin)
    assert (made.lead_unit, made.co_units) == (UNITS[1], UNITS[0])
    with pytest.raises(ValidationError, match="不在通讯录中") as refused:
        add({"事项名称": "另一事项", "来源": "领导批示", "牵头单位": "不存在单位",
             "办结时限": "2026-05-30"}, admin)
    assert refused.value.field == "lead_unit"
    assert not sv.SupervisionItem.select().where(sv.SupervisionItem.title == "另一事项").exists()


def test_the_steps_take_a_unit_by_its_short_name(units, admin, fixed_today):
    """分解 (the command line's and the window's step) keeps the 名称; 反馈 and 任务办结 find
    the task of the unit a 简称 names."""
    item, tasks = units
    with pytest.raises(ValidationError, match="不在通讯录中"):
        steps.perform("supervision", item.id, "分解", {"牵头单位": "不存在单位"}, admin)
    fixed_today(dt.date(2026, 3, 10))
    steps.perform("supervision", item.id, "反馈", {"单位": "财政局", "进度": "40",
                                                 "进展情况": "资金已到位"}, admin)
    assert [r.progress_text for r in sv.reports_of(tasks[1].id, admin)] == ["资金已到位"]


def test_an_exported_row_of_several_lead_units_is_a_task_each(units, admin):
    """An export names the 牵头单位 of all the item's tasks in one cell: read back as one task
    each (one task “县财政局、县水利局” was a unit of its own in the 通报)."""
    add = sv.SPEC.create_hook
    assert add is not None
    made = add({"事项名称": "两单位事项", "来源": "领导批示", "牵头单位": f"财政局、{UNITS[0]}",
                "责任人": "张三", "办结时限": "2026-05-30"}, admin)
    tasks = sv.tasks_of(made.id, admin)
    assert [(t.lead_unit, t.responsible) for t in tasks] == [(UNITS[1], "张三"), (UNITS[0], "")]
    assert made.lead_unit == f"{UNITS[1]}、{UNITS[0]}"
    rows = [row.unit for row in sv.bulletin(dt.date(2026, 3, 1), dt.date(2026, 5, 30), actor=admin).units]
    assert f"{UNITS[1]}、{UNITS[0]}" not in rows
