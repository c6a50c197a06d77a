"""A 督查 时限 typed by a clerk (a leader's date, a task's own 时限, a 延期 granted) is a date,
never （暂按）; one the program counted in working days (an item's 办结时限 left blank at 立项,
and the tasks that took it) into a year whose holidays are not entered is 暂按 (DOMAIN §5). The
工作台 marked every 督查 时限 in 2027 暂按, the task list and the item's detail none."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import dashboard, steps, workdays
from officedesk.core import supervision as sv
from officedesk.core.supervision import shown_deadlines
from officedesk.store.supervision import SupervisionItem, SupervisionTask

D = dt.date


@pytest.fixture
def office(counting_into_2027):
    return counting_into_2027


def _marks(admin, today: dt.date) -> dict[tuple[int, dt.date], bool]:
    """The 工作台's 督查 时限 (not the 反馈 due): (record, day) -> shown 暂按."""
    return {(i.record_id, i.due): i.provisional for i in dashboard.due_items(admin, today)
            if i.registry == sv.SPEC.name and "反馈" not in i.what}


def test_a_typed_task_deadline_is_no_provisional_one(office, admin):
    counted = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, admin)
    assert counted.deadline.year == 2027  # 20 working days from 15 December
    follows = sv.add_task(counted.id, {"牵头单位": "县财政局"}, admin)  # no 时限: the item's
    typed = sv.add_task(counted.id, {"牵头单位": "县住房和城乡建设局", "时限": "2027-01-08"}, admin)
    pending = sv.create_item({"事项名称": "落实会议精神", "来源": "领导批示",
                              "办结时限": str(counted.deadline)}, admin)  # typed, no task yet

    assert shown_deadlines.task_deadline(follows) == counted.deadline.isoformat() + workdays.MARK
    assert shown_deadlines.task_deadline(typed) == "2027-01-08"
    assert shown_deadlines.item_deadline(counted) == counted.deadline.isoformat() + workdays.MARK
    assert shown_deadlines.item_deadline(pending) == counted.deadline.isoformat()

    marks = _marks(admin, D(2027, 1, 7))
    assert marks[(counted.id, D(2027, 1, 8))] is False  # the task's typed 时限
    assert marks[(counted.id, counted.deadline)] is True  # the task that took the count
    assert marks[(pending.id, counted.deadline)] is False  # the item's typed 办结时限, 分解交办


def test_a_deadline_extended_is_typed_since(office, admin):
    item = sv.create_item({"事项名称": "整治违规停车", "来源": "领导批示"}, admin)
    task = sv.add_task(item.id, {"牵头单位": "县公安局"}, admin)
    new = item.deadline + dt.timedelta(days=7)
    steps.perform("supervision", item.id, "延期", {"办结时限": new.isoformat(), "延期理由": "等批复"},
                  admin)
    item, task = SupervisionItem.get_by_id(item.id), SupervisionTask.get_by_id(task.id)
    assert item.deadline == task.deadline == new
    assert shown_deadlines.item_deadline(item) == new.isoformat()
    assert shown_deadlines.task_deadline(task) == new.isoformat()
    due = [i for i in dashboard.due_items(admin, new - dt.timedelta(days=1))
           if i.registry == sv.SPEC.name and i.due == new]
    assert due and not any(i.provisional for i in due)
