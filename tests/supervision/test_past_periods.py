"""A past 通报 stays as it was: a later 延期 or 反馈 does not rewrite it; a period not begun is
refused; a task due on the period's last day is counted one way whenever the 通报 is printed."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError
from officedesk.printing import forms

from .conftest import UNITS

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def test_a_late_extension_does_not_rewrite_a_past_bulletin(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks  # the 3-20 task (市自然资源和规划局) is overdue in March
    fixed_today(dt.date(2026, 4, 3))
    before = sv.bulletin(*MARCH, actor=admin)
    assert before.total.overdue == 2  # 3-20 and 3-31 tasks
    assert [line.unit for line in before.overdue] == [UNITS[2], UNITS[1]]
    stats_before = sv.year_figures(admin, 2026)
    # granted in April, after the 时限 ran out: from April on, not in March
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "规划审批需省厅批复", "单位": UNITS[2]}, admin)
    assert sv.tasks.get_task(tasks[2].id, admin).deadline == dt.date(2026, 4, 25)
    after = sv.bulletin(*MARCH, actor=admin)
    assert after.total.overdue == 2 and after.total.due == before.total.due
    line = next(o for o in after.overdue if o.unit == UNITS[2])
    assert line.deadline == dt.date(2026, 3, 20)  # the 时限 in force at the period's end
    # the item's own 办结时限 extended late: the March figures of items stay as they were
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-05-31", "延期理由": "整体推迟"}, admin)
    assert sv.bulletin(*MARCH, actor=admin).items_due == before.items_due
    # April: the new 时限 is in force, the task not yet due
    april = sv.bulletin(dt.date(2026, 4, 1), dt.date(2026, 4, 30), actor=admin)
    assert UNITS[2] not in [o.unit for o in april.overdue]
    # the year so far counts today's 时限
    assert sv.year_figures(admin, 2026)["逾期任务"] == stats_before["逾期任务"] - 1


def test_a_task_extension_names_its_task(item_with_tasks, admin, fixed_today):
    """Two tasks of one unit: the 延期 of one leaves the other's past 时限 alone."""
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 5))
    other = sv.add_task(item.id, {"牵头单位": UNITS[2], "时限": "2026-03-25", "办理要求": "另一项"},
                        admin)
    fixed_today(dt.date(2026, 4, 3))
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "等批复", "任务序号": str(other.seq)}, admin)
    lines = {o.deadline for o in sv.bulletin(*MARCH, actor=admin).overdue if o.unit == UNITS[2]}
    assert lines == {dt.date(2026, 3, 20), dt.date(2026, 3, 25)}


def test_a_period_not_begun_has_no_bulletin_and_a_year_not_begun_no_figures(
        item_with_tasks, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))  # every task overdue by now
    with pytest.raises(ValidationError, match="尚未开始"):
        sv.bulletin(dt.date(2027, 1, 1), dt.date(2027, 1, 31), actor=admin)
    with pytest.raises(ValidationError, match="尚未开始"):
        forms.get("bulletin").build([], admin, date_from="2027-01-01", date_to="2027-01-31")
    figures = sv.year_figures(admin, 2027)
    assert (figures["应办结"], figures["在办"], figures["逾期件数"], figures["逾期任务"]) == (0, 0, 0, 0)
    assert figures["办结率（按项计）"] is None and figures["按期办结率（按项计）"] is None
    assert figures["按单位"] == []
    # a period begun today counts
    assert sv.bulletin(dt.date(2026, 12, 1), dt.date(2026, 12, 31), actor=admin).total.overdue == 3


def test_the_window_says_a_period_has_not_begun(item_with_tasks, app_ctx, qtbot, fixed_today):
    from officedesk.ui.supervision.dialogs import BulletinDialog

    fixed_today(dt.date(2026, 12, 1))
    dialog = BulletinDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    dialog.date_from.set_value(dt.date(2027, 1, 1))
    dialog.date_to.set_value(dt.date(2027, 1, 31))
    dialog.refresh()
    assert "尚未开始" in dialog.summary.text()
    assert dialog.result is None and dialog.model.rowCount() == 0


def test_a_past_bulletin_shows_the_progress_reported_by_its_end(item_with_tasks, admin,
                                                                fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 15))
    sv.add_report(tasks[2].id, {"进度": 32, "进展情况": "正在办理"}, admin)
    fixed_today(dt.date(2026, 4, 2))
    sv.add_report(tasks[1].id, {"进度": 90, "进展情况": "资金基本落实", "反馈日期": "2026-04-01"},
                  admin)
    sv.add_report(tasks[2].id, {"进度": 90, "进展情况": "基本办完"}, admin)
    lines = {o.unit: o.progress for o in sv.bulletin(*MARCH, actor=admin).overdue}
    assert lines == {UNITS[2]: 32, UNITS[1]: 0}
    # today's figures show today's reports
    today = {o.unit: o.progress for o in sv.bulletin(dt.date(2026, 4, 1), dt.date(2026, 4, 30),
                                                     actor=admin).overdue}
    assert today == {UNITS[2]: 90, UNITS[1]: 90}


def test_a_task_due_on_the_last_day_is_counted_one_way(item_with_tasks, admin):
    """市财政局's task is due 3-31, the last day of March; 市自然资源和规划局's 3-20."""

    def march(today):
        result = sv.bulletin(*MARCH, today, actor=admin)
        return (result.total.due, result.total.overdue,
                {o.unit: o.days for o in result.overdue}, result.items_due)

    # on 3-31 itself: due in the period (应办结), not yet overdue — the day is not over
    assert march(dt.date(2026, 3, 31)) == (2, 1, {UNITS[2]: 11}, 0)
    # once March is over: overdue, never “逾期 0天”; the same whatever day it is printed on
    over = march(dt.date(2026, 4, 1))
    assert over == (2, 2, {UNITS[2]: 12, UNITS[1]: 1}, 0)
    assert march(dt.date(2026, 4, 20)) == over
    assert "期末当天过完" in sv.figures.DEFINITIONS


def test_a_later_reopening_does_not_rewrite_a_past_bulletin(item_with_tasks, admin, fixed_today):
    """An item 按期办结 in April and reopened in May: April's 通报 and the year's figures as of
    April still count it 办结 (按期) that month; May's count it 在办 from its reopening on."""
    item, tasks = item_with_tasks
    for task in sorted(tasks, key=lambda t: t.deadline):  # each by its 时限: 按期 needs them so
        day = min(task.deadline, dt.date(2026, 4, 10))
        fixed_today(day)
        sv.complete_task(task.id, day, "已完成", admin)
    fixed_today(dt.date(2026, 4, 12))
    sv.close_item(item.id, "2026-04-12", "已办结", sv.get_item(item.id, admin).version, admin)
    april = (dt.date(2026, 4, 1), dt.date(2026, 4, 30))

    def figures(period):
        b = sv.bulletin(*period, actor=admin)
        return b.items_open, b.items_overdue, b.items_done, b.items_on_time, b.items_due

    fixed_today(dt.date(2026, 5, 6))
    before = figures(april)
    assert before == (0, 0, 1, 1, 1)
    sv.reopen_item(item.id, "材料不实", sv.get_item(item.id, admin).version, admin)
    assert figures(april) == before
    assert figures((dt.date(2026, 5, 1), dt.date(2026, 5, 31)))[:3] == (1, 1, 0)
    assert sv.year_figures(admin, 2026)["已办结"] == 0  # the year so far: reopened by today
    # closed again on a later day: April still as it was, May counts the new 办结
    fixed_today(dt.date(2026, 5, 20))
    sv.close_item(item.id, "2026-05-20", "重新核查后办结", sv.get_item(item.id, admin).version,
                  admin)
    assert figures(april) == before
    assert figures((dt.date(2026, 5, 1), dt.date(2026, 5, 31)))[:4] == (0, 0, 1, 0)
