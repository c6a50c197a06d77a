"""A supervision item from a meeting decision, split into three tasks for three units."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import registry, settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.supervision import items

START = dt.date(2026, 3, 2)
UNITS = ("市住房和城乡建设局", "市财政局", "市自然资源和规划局")


@pytest.fixture
def item_with_tasks(db, admin, fixed_today):
    fixed_today(START)
    item = sv.create_item_from_source(
        "meeting",
        12,
        "推进城区老旧小区改造",
        "市委常委会议定：年内完成 12 个老旧小区改造。",
        admin,
        leader="王建国",
        instruction="请市住建局牵头，市财政局、市自然资源和规划局配合，按期办结。",
        deadline=dt.date(2026, 4, 30),
    )
    tasks = [
        sv.add_task(
            item.id,
            {
                "牵头单位": UNITS[0],
                "协办单位": "各区政府",
                "责任人": "李明",
                "时限": "2026-04-15",
                "办理要求": "制定改造方案并组织实施",
            },
            admin,
        ),
        sv.add_task(
            item.id,
            {
                "牵头单位": UNITS[1],
                "责任人": "赵敏",
                "时限": "2026-03-31",
                "办理要求": "落实改造资金",
            },
            admin,
        ),
        sv.add_task(
            item.id,
            {
                "牵头单位": UNITS[2],
                "责任人": "孙强",
                "时限": "2026-03-20",
                "办理要求": "办理规划审批手续",
            },
            admin,
        ),
    ]
    return sv.get_item(item.id, admin), tasks


@pytest.fixture
def counting_into_2027(db, admin, fixed_today):
    """An office on 15 December 2026 counting a blank 办结时限 as 20 working days, into 2027 whose
    holidays are not entered: such a 时限 is （暂按）."""
    registry.load_all()
    fixed_today(dt.date(2026, 12, 15))
    settings.put(items.WORKING_DAYS.key, True, admin)
    settings.put(items.DEFAULT_DAYS.key, 20, admin)
    assert not workdays.holidays_known(2027)
    yield fixed_today
    workdays.forget_overrides()
