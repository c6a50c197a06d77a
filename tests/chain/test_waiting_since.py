"""我的待办 counts a step's time from the day the step before it was done (its paper's date,
--on), not from the day a clerk entered it."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, my_work, steps
from officedesk.core.documents import outgoing


def test_the_deadline_runs_from_the_paper_date_of_the_step_before(staffed):
    clock.set_today(dt.date(2026, 11, 2))
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staffed["kuiyuan"]).id
    clock.set_today(dt.date(2026, 11, 16))
    # 李处长 checked it on paper on 11-03; 周文书 enters it on 11-16
    steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, staffed["wenshu"],
                  on="2026-11-03")
    [item] = my_work.my_pending(staffed["fuzhuren"])
    assert (item.step, item.since, item.due) == ("审核", dt.date(2026, 11, 3), dt.date(2026, 11, 4))
    assert item.light(clock.today()) == my_work.RED


def test_a_holder_entering_his_own_step_late_counts_from_its_day(staffed):
    clock.set_today(dt.date(2026, 11, 2))
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staffed["kuiyuan"]).id
    clock.set_today(dt.date(2026, 11, 16))
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"], on="2026-11-13")
    [item] = my_work.my_pending(staffed["fuzhuren"])
    assert (item.since, item.due) == (dt.date(2026, 11, 13), dt.date(2026, 11, 16))
    assert item.light(clock.today()) == my_work.YELLOW
    steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren"])  # today
    [item] = my_work.my_pending(staffed["zhuren"])
    assert (item.since, item.light(clock.today())) == (dt.date(2026, 11, 16), my_work.GREEN)
