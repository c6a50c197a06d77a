"""The 进度滞后 of a task whose 时限 counts working days (supervision.working_days) is counted in
working days too: the time gone is the working days since 交办 over the working days of the
limit, with the app's holiday table (国庆 rest days, 调休 Saturdays). A task given Monday
2026-09-28 for 10 working days (due Friday 10-16) is 20 % along on 9-30 and still 20 % along on
10-05, in the middle of 国庆 — no one worked — where calendar days had it 38.9 %, and lit it
yellow (red with no progress) for a lag that was not there. The list's light, the item's, the
工作台's mark and the 催办 reason all come from the one count."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from officedesk.core import dashboard, settings
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.supervision import SupervisionTask

START = dt.date(2026, 9, 28)  # Monday; 10-01..10-07 国庆, 10-10 (Saturday) a 调休 working day
DUE = dt.date(2026, 10, 16)  # 10 working days after START
D = dt.date


@pytest.fixture
def holiday_task(item_with_tasks, fixed_today):
    settings.put("supervision.working_days", True)
    item, _tasks = item_with_tasks
    task = sv.tasks_of(item.id, CLI_ACTOR)[0]
    SupervisionTask.update(assigned_on=START, deadline=DUE, progress=0,
                           next_report_due=None).where(SupervisionTask.id == task.id).execute()
    # the item's other tasks done, so the item's light is this task's
    SupervisionTask.update(status=sv.TASK_DONE, done_on=D(2026, 3, 20)).where(
        (SupervisionTask.item == item.id) & (SupervisionTask.id != task.id)).execute()
    return item, task.id


def _task(task_id, progress):
    SupervisionTask.update(progress=progress).where(SupervisionTask.id == task_id).execute()
    return SupervisionTask.get_by_id(task_id)


def test_expected_progress_stands_still_over_national_day(holiday_task):
    def expected(day):
        return sv.lights.expected_progress(START, DUE, day)

    assert expected(START) == 0
    assert expected(D(2026, 9, 29)) == 10
    assert expected(D(2026, 9, 30)) == 20
    # 国庆: seven rest days, and the time gone stays at the two days worked
    assert [expected(D(2026, 10, n)) for n in range(1, 8)] == [20] * 7
    assert expected(D(2026, 10, 8)) == 30
    assert expected(D(2026, 10, 10)) == 50  # the 调休 Saturday is worked
    assert expected(D(2026, 10, 11)) == 50  # Sunday
    assert expected(D(2026, 10, 15)) == 90
    assert expected(DUE) == 100
    # counted in calendar days, the limit's kind then, it runs on as before
    settings.put("supervision.working_days", False)
    assert expected(D(2026, 10, 5)) == Fraction(700, 18)


def test_a_task_on_time_is_not_lit_over_national_day(holiday_task, admin):
    item, task_id = holiday_task
    task = _task(task_id, 20)  # two days' work of ten, done by 9-30
    day = D(2026, 10, 5)
    light = sv.task_light(task, day)
    assert (light.level, light.reason) == ("normal", "剩 8 天")  # not 进度滞后 18.9
    assert sv.item_light(sv.get_item(item.id, admin), today=day).level == "normal"
    assert task_id not in {c.task.id for c in sv.chases(day, actor=admin)}


def test_the_thresholds_in_working_days(holiday_task, admin):
    item, task_id = holiday_task
    task = _task(task_id, 0)
    # one working day of ten gone: exactly the 10 points of the yellow light
    light = sv.task_light(task, D(2026, 9, 29))
    assert (light.level, light.reason) == ("warn", "进度滞后 10 个百分点")
    # 10-07, the last day of 国庆: 20 points behind, yellow — not red for 50 calendar points
    light = sv.task_light(task, D(2026, 10, 7))
    assert (light.level, light.reason) == ("warn", "进度滞后 20 个百分点")
    assert task_id not in {c.task.id for c in sv.chases(D(2026, 10, 7), actor=admin)}
    # 10-08, the third working day: exactly the 30 points of the red light, and chased
    light = sv.task_light(task, D(2026, 10, 8))
    assert (light.level, light.reason) == ("alert", "进度滞后 30 个百分点")
    [chase] = [c for c in sv.chases(D(2026, 10, 8), actor=admin) if c.task.id == task_id]
    assert (chase.kind, chase.reason) == ("lag", "进度滞后 30 个百分点")
    assert sv.item_light(sv.get_item(item.id, admin), today=D(2026, 10, 8)).reason == \
        "进度滞后 30 个百分点"
    # with 21 % done, 9 points behind on 10-08: below the yellow light's 10
    task = _task(task_id, 21)
    assert sv.task_light(task, D(2026, 10, 8)).level == "normal"


def test_the_dashboard_marks_the_same_light(holiday_task, admin, fixed_today):
    _item, task_id = holiday_task
    _task(task_id, 40)
    settings.put("deadlines.due_soon_days", 5)  # the 工作台's horizon, as the light's 临期
    day = D(2026, 10, 12)  # six working days of ten gone, 4 left: due soon, 20 points behind
    fixed_today(day)
    light = sv.task_light(SupervisionTask.get_by_id(task_id), day)
    assert (light.level, light.reason) == ("warn", "剩 4 天，进度滞后 20 个百分点")
    marks = [i for i in dashboard.due_items(admin, day)
             if i.registry == "supervision" and i.due == DUE]
    assert marks and all(i.mark == light.hex and "黄灯" in str(i.what) for i in marks)
