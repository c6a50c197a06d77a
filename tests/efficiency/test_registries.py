"""效能 figures read from records made through the registries' own steps; clearance; "三多"
targets and the 工作台 flags."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, dashboard, settings, stats
from officedesk.core.actor import Actor
from officedesk.core.documents import incoming
from officedesk.core.efficiency import efficiency, sanduo
from officedesk.core.efficiency.figures import Period
from officedesk.store.meetings import Meeting

from .conftest import TODAY

D = dt.date
YEAR_2025 = Period(D(2025, 1, 1), D(2025, 12, 31))
CLERK = Actor("wenshu", "clerk", 3, display_name="文书甲")


def _handled(received: dt.date, instructed: dt.date, done: dt.date, unit: str, secrecy="非密",
             limit=3) -> int:
    clock.set_today(received)
    r = incoming.sign_in(
        {"文种": "通知", "收文日期": received.isoformat(), "来文机关": "某市政府办公室", "标题": "关于某事的通知",
         "密级": secrecy, "保密期限": "" if secrecy == "非密" else "5年"},
        CLERK,
    )
    r = incoming.register_doc(r.id, r.version, {}, CLERK)
    r = incoming.review(r.id, r.version, CLERK)
    r = incoming.propose(r.id, r.version, CLERK, "拟呈领导阅批。")
    clock.set_today(instructed)
    r = incoming.instruct(r.id, r.version, CLERK, "请抓紧办理。", "王书记")
    r = incoming.assign(r.id, r.version, CLERK, unit, "赵六", limit)
    clock.set_today(done)
    incoming.finish(r.id, r.version, CLERK, "已办理。", done)
    clock.set_today(TODAY)
    return r.id


def test_incoming_steps_over_the_national_day(office, admin):
    # 9-26 → 10-9: 9-28 (调休 Sunday), 9-29, 9-30, 10-9 = 4 working days of 批办
    _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")  # due 10-13: on time
    _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)  # late
    result = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))
    figures = result["procedures"]["incoming"]
    steps = {s["step"]: s for s in figures["steps"]}
    assert steps["批办"]["count"] == 2 and steps["批办"]["longest"] == 4
    assert steps["批办"]["median"] == 3.5  # 4 and 3
    assert steps["办结"]["median"] == 2.5  # 10-9 → 10-13: 3 (Saturday 10-11 worked); then 2
    assert figures["bottlenecks"] == ["批办"]
    total = figures["total"]
    assert total["completed"] == 2 and total["median"] == 6.0  # 7 and 5
    assert total["on_time_rate"] == 50.0
    units = [(r["rank"], r["key"], r["on_time_rate"]) for r in figures["by_unit"]]
    # per unit, each its part (spans.UNIT_COUNTS): the 承办单位 from its 承办, the office (with
    # no 时限 of its own on 签收 … 批办) from the 收文日期 to the 承办, under the ranked units,
    # unranked (report.by_unit)
    assert units == [(1, "县财政局", 100.0), (2, "县水利局", 0.0), (None, "本机关", None)]
    people = {r["key"] for r in figures["by_person"]}
    assert "赵六" in people
    # the handler of each step: 王书记's 批办 took 4 + 3 days, the clerk's steps 3 + 2 (办结)…
    handlers = {r["key"]: r for r in figures["by_step_person"]}
    assert handlers["王书记"]["count"] == 2 and handlers["王书记"]["total_days"] == 7
    assert figures["by_step_person"][0]["key"] == "王书记"


def test_figures_count_only_what_the_user_may_see(office, admin):
    _handled(D(2025, 10, 9), D(2025, 10, 10), D(2025, 10, 13), "县财政局")
    _handled(D(2025, 10, 9), D(2025, 10, 10), D(2025, 10, 20), "县国家保密局", secrecy="机密")
    low = Actor("keyuan", "clerk", 1)
    mine = efficiency(low, D(2025, 10, 1), D(2025, 10, 31))["procedures"]["incoming"]
    everything = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))["procedures"]["incoming"]
    assert everything["total"]["completed"] == 2
    assert mine["total"]["completed"] == 1
    assert "县国家保密局" not in {r["key"] for r in mine["by_unit"]}
    assert sum(s["count"] for s in mine["steps"] if s["step"] == "批办") == 1


def _meeting(day: dt.date, n: int, host: str = "县委办公室") -> None:
    for k in range(n):
        start = dt.datetime.combine(day, dt.time(9 + k % 6))
        Meeting.create(title=f"会议{k}", kind="专题会议", start=start,
                       end=start + dt.timedelta(hours=2), host_unit=host, status="已召开")


def test_meetings_over_a_fixed_target_are_flagged_on_the_dashboard(office, admin):
    settings.put(sanduo.TARGET_MEETINGS.key, 3)
    _meeting(D(2025, 11, 5), 4)
    _meeting(D(2025, 10, 9), 3)
    control = sanduo.control(admin, YEAR_2025, TODAY)
    assert control["meetings"]["per_month"][9:11] == [3, 4]
    assert control["meetings"]["over_target"] == ["11月"]
    items = [i for i in dashboard.due_items(admin, TODAY) if i.registry == "efficiency"]
    assert [(i.record_id, i.what) for i in items] == [(202511, "三多控制")]
    assert "4次" in items[0].title and "3次" in items[0].title


def test_the_dashboard_flags_recent_months_only_and_names_the_target_as_a_limit(office, admin):
    """A month long past over target is history, not a 待办 overdue by half a year; a target of
    last year × 0.9 is a limit (“4.5次”), not how far it was exceeded."""
    _meeting(D(2024, 3, 5), 5)
    _meeting(D(2025, 3, 5), 5)  # March: 5 > 4.5, eight months before TODAY
    _meeting(D(2024, 10, 9), 5)
    _meeting(D(2025, 10, 9), 5)  # October: 5 > 4.5, last month
    assert sanduo.control(admin, YEAR_2025, TODAY)["meetings"]["over_target"] == ["3月", "10月"]
    items = [i for i in dashboard.due_items(admin, TODAY) if i.registry == "efficiency"]
    assert [i.record_id for i in items] == [202510]
    assert items[0].title == "2025年10月会议5次，超过控制目标（4.5次：去年同期5次×0.9）"


def test_target_from_last_year_times_the_ratio(office, admin):
    _meeting(D(2024, 11, 5), 10)
    _meeting(D(2025, 11, 5), 9)  # 9 ≤ 10 × 0.9
    _meeting(D(2024, 10, 9), 5)
    _meeting(D(2025, 10, 9), 5)  # 5 > 4.5
    control = sanduo.control(admin, YEAR_2025, TODAY)["meetings"]
    assert control["target"][9:11] == [4.5, 9.0]
    assert control["over_target"] == ["10月"]
    assert control["last_year"][10] == 10
    settings.put(sanduo.TARGET_RATIO.key, 1.0)
    assert sanduo.control(admin, YEAR_2025, TODAY)["meetings"]["over_target"] == []


def test_stats_carry_the_figures_under_their_key(office, admin):
    _handled(D(2025, 10, 9), D(2025, 10, 10), D(2025, 10, 13), "县财政局")
    figures = stats.collect(admin, 2025)["效能"]
    assert figures["period"] == {"from": "2025-01-01", "to": "2025-12-15"}
    assert figures["procedures"]["incoming"]["total"]["completed"] == 1
    assert "sanduo" in figures and "complaints" in figures


def test_one_units_figures(office, admin):
    _handled(D(2025, 10, 9), D(2025, 10, 10), D(2025, 10, 13), "县财政局")
    _handled(D(2025, 10, 9), D(2025, 10, 10), D(2025, 10, 20), "县水利局")
    result = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31), unit="县水利局")
    assert [r["key"] for r in result["procedures"]["incoming"]["by_unit"]] == ["县水利局"]


def test_drill_down_to_the_records_behind_a_figure(office, admin):
    from officedesk.core.efficiency.drill import records_behind

    first = _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    second = _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)
    october = (D(2025, 10, 1), D(2025, 10, 31))
    rows = records_behind(admin, "incoming", *october, "unit", "县水利局")
    # its part: 承办 10-16 → 办结 10-20 (the whole 收文 took 5 working days)
    assert [(r.record_id, r.days, r.state) for r in rows] == [(second, 2, "超时")]
    rows = records_behind(admin, "incoming", *october, "step", "批办")
    assert sorted((r.record_id, r.days) for r in rows) == [(first, 4), (second, 3)]
    low = Actor("keyuan", "clerk", 0)
    assert len(records_behind(low, "incoming", *october)) == 2  # 非密: visible to everyone


def test_a_month_over_target_is_over_its_target_not_due_today(office, admin, fixed_today):
    """The running month over target read 今日到期, 0 天, its 期限 today; a month closed over target
    read 已逾期 6 天 from its last day — neither is a deadline. Both are 已超标, dated by the
    month's last day, with no time left or late to tell, listed after what is overdue."""
    settings.put(sanduo.TARGET_MEETINGS.key, 2)
    fixed_today(D(2025, 12, 6))
    _meeting(D(2025, 11, 5), 3)
    _meeting(D(2025, 12, 2), 3)
    items = [i for i in dashboard.due_items(admin, D(2025, 12, 6)) if i.registry == "efficiency"]
    assert [(i.record_id, i.due) for i in items] == [(202511, D(2025, 11, 30)), (202512, D(2025, 12, 31))]
    today = D(2025, 12, 6)
    assert {i.state(today) for i in items} == {dashboard.OVER}
    assert dashboard.STATE_LABELS[dashboard.OVER] == "已超标"
    assert [i.left_text(today) for i in items] == ["—", "—"]
