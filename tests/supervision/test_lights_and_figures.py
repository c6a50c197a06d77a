"""Warning lights as the dates move, escalating reminders, the 通报 figures, stats, 工作台."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from officedesk.core import dashboard, settings, stats
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR

from .conftest import UNITS


def lights(item_id, today):
    return [sv.task_light(t, today) for t in sv.tasks_of(item_id, CLI_ACTOR)]


def test_lights_change_as_the_dates_move(item_with_tasks, admin):
    item, tasks = item_with_tasks
    # 3-02: just given, all normal (green in the default scheme)
    day = dt.date(2026, 3, 2)
    assert [light.colour for light in lights(item.id, day)] == ["绿", "绿", "绿"]
    assert sv.item_light(item, today=day).level == "normal"
    # 3-16: the 3-20 task is due within 5 days and behind schedule -> at least yellow
    day = dt.date(2026, 3, 16)
    third = lights(item.id, day)[2]
    assert third.level in ("warn", "alert") and third.colour in ("黄", "红")
    # a report at 90 % clears the lag: only "剩 4 天" remains -> yellow
    from officedesk.core import clock

    clock.set_today(day)
    sv.add_report(tasks[2].id, {"进度": 90, "进展情况": "规划手续基本办完"}, admin)
    third = lights(item.id, day)[2]
    assert (third.level, third.colour) == ("warn", "黄") and "剩 4 天" in third.reason
    # 3-21: overdue -> red, and the item shows the worst of its tasks
    day = dt.date(2026, 3, 21)
    third = lights(item.id, day)[2]
    assert (third.level, third.colour, third.reason) == ("alert", "红", "逾期 1 天")
    assert sv.item_light(sv.get_item(item.id, admin), today=day).colour == "红"
    # the scheme is a setting
    settings.put("supervision.light.scheme", "蓝橙红")
    assert lights(item.id, dt.date(2026, 3, 2))[0].colour == "蓝"
    assert lights(item.id, day)[2].colour == "红"
    settings.put("supervision.light.due_days", 30)
    assert lights(item.id, dt.date(2026, 3, 3))[1].colour == "橙"  # 28 days left
    # a done task is grey; the lights of many items come in one go
    clock.set_today(day)
    sv.complete_task(tasks[2].id, day, "已办完", admin)
    assert lights(item.id, day)[2] == sv.lights.make("done", "逾期办结")
    assert lights(item.id, day)[2].colour == "灰"
    assert sv.item_lights([sv.get_item(item.id, admin)], day)[item.id].level in ("warn", "alert", "normal")


def test_lag_thresholds(item_with_tasks):
    item, tasks = item_with_tasks
    first = sv.tasks_of(item.id, CLI_ACTOR)[0]  # 3-02 .. 4-15, progress 0
    # 7 days of 44: the exact share (15.9 %), compared with the thresholds as it is
    assert sv.lights.expected_progress(first.assigned_on, first.deadline, dt.date(2026, 3, 9)) == Fraction(700, 44)
    assert sv.task_light(first, dt.date(2026, 3, 9)).level == "warn"  # 16 points behind
    assert sv.task_light(first, dt.date(2026, 3, 18)).level == "alert"  # 36 points behind
    assert "进度滞后" in sv.task_light(first, dt.date(2026, 3, 18)).reason


def test_reminders_escalate_and_missing_reports_count(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    # the first two units report early, well ahead: no lag of theirs is chased (a red one is)
    for task, percent in ((tasks[0], 60), (tasks[1], 80)):
        sv.add_report(task.id, {"进度": percent, "进展情况": "进展顺利"}, admin)
    fixed_today(dt.date(2026, 3, 19))
    made = sv.generate_reminders(admin)
    assert [(r.unit, r.level) for r in made] == [(UNITS[2], 1)]  # due tomorrow, 94 points behind
    assert sv.generate_reminders(admin) == []  # not twice within the interval
    fixed_today(dt.date(2026, 3, 25))
    made = sv.generate_reminders(admin)
    assert [(r.unit, r.level) for r in made] == [(UNITS[2], 2)]  # now overdue: 再次催办
    overdue = sv.overdue_chases(actor=admin)
    assert [(c.task.lead_unit, c.kind, c.days_overdue) for c in overdue] == [
        (UNITS[2], "overdue", 5)
    ]
    fixed_today(dt.date(2026, 4, 5))
    made = {r.unit: r.level for r in sv.generate_reminders(admin)}
    # 住建局: its monthly report was due 4-02 and is missing -> counts as overdue
    assert made == {UNITS[2]: 3, UNITS[0]: 1, UNITS[1]: 1}
    assert sv.level_label(3) == "通报"
    kinds = {c.task.lead_unit: c.kind for c in sv.overdue_chases(actor=admin)}
    assert kinds == {UNITS[0]: "report", UNITS[1]: "overdue", UNITS[2]: "overdue"}
    assert sv.units_with_overdue(actor=admin) == sorted(UNITS)
    assert sv.reminders.reminders_of(item.id, admin)[-1].reply_by == dt.date(2026, 4, 8)


def test_bulletin_stats_and_dashboard(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 25))
    sv.complete_task(tasks[1].id, "2026-03-25", "资金已拨付", admin)  # on time (3-31)
    fixed_today(dt.date(2026, 4, 20))
    sv.complete_task(tasks[0].id, "2026-04-20", "改造完成", admin)  # late (4-15)
    result = sv.bulletin(dt.date(2026, 1, 1), dt.date(2026, 12, 31), actor=CLI_ACTOR)
    assert result.as_of == dt.date(2026, 4, 20)
    figures = {
        f.unit: (f.due, f.done, f.on_time, f.done_late, f.overdue) for f in result.units
    }
    assert figures == {
        UNITS[0]: (1, 1, 0, 1, 0),
        UNITS[1]: (1, 1, 1, 0, 0),
        UNITS[2]: (1, 0, 0, 0, 1),
    }
    assert (result.total.due, result.total.done, result.total.on_time) == (3, 2, 1)
    assert result.total.done_rate == 66.7 and result.total.on_time_rate == 33.3
    assert [(o.unit, o.days) for o in result.overdue] == [(UNITS[2], 31)]
    # an earlier period counts what had happened by its end
    march = sv.bulletin(dt.date(2026, 3, 1), dt.date(2026, 3, 31), actor=CLI_ACTOR)
    assert (march.total.done, march.total.overdue) == (1, 1)
    assert sv.bulletin(dt.date(2025, 1, 1), dt.date(2025, 12, 31), actor=CLI_ACTOR).units == []

    year = stats.collect(admin, 2026)["supervision"]
    assert year["督查事项"] == 1 and year["逾期件数"] == 0 and year["办结率（按项计）"] is None  # nothing due yet
    assert year["逾期任务"] == 1 and len(year["按单位"]) == 3

    due = [d for d in dashboard.due_items(admin) if d.registry == "supervision"]
    assert [(d.what, d.responsible, d.state(dt.date(2026, 4, 20))) for d in due] == [
        ("办理时限 ●红灯", UNITS[2], "overdue")
    ]


def test_dashboard_lists_missing_reports_and_unsplit_items(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 28))
    sv.complete_task(tasks[1].id, "2026-03-28", "资金已拨付", admin)
    sv.complete_task(tasks[2].id, "2026-03-28", "手续已办", admin)
    pending = sv.create_item_from_source(
        "other", None, "待分解的事项", "", admin, deadline=dt.date(2026, 4, 6)
    )
    today = dt.date(2026, 4, 4)
    fixed_today(today)
    due = {
        (d.what, d.responsible, d.record_id)
        for d in dashboard.due_items(admin)
        if d.registry == "supervision"
    }
    # 住建局's monthly report was due 4-02: missing, so it is overdue on the 工作台
    assert ("未按期反馈", UNITS[0], item.id) in due
    assert ("分解交办", "", pending.id) in due
    states = {
        d.what: d.state(today) for d in dashboard.due_items(admin) if d.registry == "supervision"
    }
    assert states["未按期反馈"] == "overdue" and states["分解交办"] == "soon"


def test_dashboard_lists_an_overdue_item_whose_tasks_are_all_done(item_with_tasks, admin,
                                                                  fixed_today):
    """Every task done but the item not 办结, past its 办结时限: the list's light is red, and the
    工作台 shows it too (its 办结 is what is left), not only its holder's 待办."""
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 28))
    for task in tasks:
        sv.complete_task(task.id, "2026-03-28", "已完成", admin)
    today = dt.date(2026, 5, 12)
    fixed_today(today)
    light = sv.item_light(sv.get_item(item.id, admin))
    assert light.text.endswith("任务均已办结，事项逾期 12 天未办结")
    due = [d for d in dashboard.due_items(admin) if d.registry == "supervision"]
    assert [(d.record_id, d.what, d.due, d.state(today), d.mark) for d in due] == [
        (item.id, "任务均已办结，事项逾期 12 天未办结", dt.date(2026, 4, 30), "overdue", light.hex)
    ]
    sv.close_item(item.id, "2026-05-12", "已办结", sv.get_item(item.id, admin).version, admin)
    assert not [d for d in dashboard.due_items(admin) if d.registry == "supervision"]


def test_the_dashboard_leaves_out_the_tasks_of_a_voided_item(item_with_tasks, admin, fixed_today):
    """A 督查事项 voided with its tasks still open (as versions before the refusal to void a split
    item allowed): chased by no one, counted nowhere — and not on the 工作台 either."""
    from officedesk.core.lifecycle import VOIDED
    from officedesk.store.supervision import SupervisionItem

    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 20))
    assert [d for d in dashboard.due_items(admin) if d.registry == "supervision"]
    SupervisionItem.update(status=VOIDED).where(SupervisionItem.id == item.id).execute()
    assert not [d for d in dashboard.due_items(admin) if d.registry == "supervision"]


def test_lag_thresholds_compare_the_exact_share(item_with_tasks, admin):
    """The lights compare the exact share of the time gone, not one rounded: 59 days of 200
    are 29.5 % — 29.5 points behind is not yet the 30 of the red light (round() made it 30),
    60 days are; 29 days of 300 (9.67 points) are not yet the 10 of the yellow one."""
    from officedesk.store.supervision import SupervisionTask

    item, _tasks = item_with_tasks
    task = sv.tasks_of(item.id, CLI_ACTOR)[0]
    start = dt.date(2026, 1, 5)
    SupervisionTask.update(assigned_on=start, deadline=start + dt.timedelta(days=200),
                           progress=0).where(SupervisionTask.id == task.id).execute()
    task = SupervisionTask.get_by_id(task.id)
    light = sv.task_light(task, start + dt.timedelta(days=59))
    assert (light.level, light.reason) == ("warn", "进度滞后 29.5 个百分点")
    light = sv.task_light(task, start + dt.timedelta(days=60))  # exactly at the threshold
    assert (light.level, light.reason) == ("alert", "进度滞后 30 个百分点")
    SupervisionTask.update(deadline=start + dt.timedelta(days=300)).where(
        SupervisionTask.id == task.id).execute()
    task = SupervisionTask.get_by_id(task.id)
    assert sv.task_light(task, start + dt.timedelta(days=29)).level == "normal"
    assert sv.task_light(task, start + dt.timedelta(days=30)).level == "warn"  # 10 points
