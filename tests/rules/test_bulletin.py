"""Rule 1: the 督查通报 counts as of the period's end, over the tasks that were due."""

from __future__ import annotations

import datetime as dt

from officedesk.core import records, registry, stats
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms


def pdf_text(data: bytes) -> str:
    import pymupdf as fitz

    with fitz.open(stream=data, filetype="pdf") as pdf:
        return "".join(page.get_text() for page in pdf)

A, B = dt.date(2026, 3, 1), dt.date(2026, 3, 31)


def _task(item_id, unit, deadline, admin):
    return sv.add_task(item_id, {"牵头单位": unit, "时限": deadline, "办理要求": "办理"}, admin)


def _period_fixture(admin, fixed_today):
    """Four tasks in four situations, seen from 2026-05-01 for the March 通报."""
    fixed_today(dt.date(2026, 1, 10))
    old = sv.create_item_from_source(
        "other", None, "一月交办的事项", "", admin, deadline=dt.date(2026, 6, 30)
    )
    carried = _task(old.id, "县交通运输局", "2026-02-28", admin)  # 交办 before the period
    fixed_today(dt.date(2026, 3, 2))
    new = sv.create_item_from_source(
        "other", None, "三月交办的事项", "", admin, deadline=dt.date(2026, 6, 30)
    )
    early = _task(new.id, "县财政局", "2026-03-20", admin)
    not_due = _task(new.id, "县财政局", "2026-06-30", admin)  # due after the period
    late = _task(new.id, "县水利局", "2026-03-25", admin)
    fixed_today(dt.date(2026, 3, 15))
    sv.complete_task(early.id, "2026-03-15", "已完成", admin)
    fixed_today(dt.date(2026, 4, 10))
    sv.complete_task(late.id, "2026-04-10", "已完成", admin)  # after the period's end
    fixed_today(dt.date(2026, 5, 1))
    return carried, early, not_due, late


def test_figures_are_as_of_the_periods_end(db, admin, fixed_today):
    _period_fixture(admin, fixed_today)
    result = sv.bulletin(A, B, actor=CLI_ACTOR)
    assert result.as_of == B
    by_unit = {f.unit: f for f in result.units}
    # 交办 in January, due in February, not done: 逾期未办结 at the end of March
    traffic = by_unit["县交通运输局"]
    assert (traffic.open, traffic.overdue, traffic.due, traffic.done) == (1, 1, 1, 0)
    # a task not yet due is not a failure: 1 due (and done on time) of the 财政局's 2
    finance = by_unit["县财政局"]
    assert (finance.open, finance.due, finance.done, finance.on_time) == (1, 1, 1, 1)
    assert finance.on_time_rate == 100.0 and finance.done_rate == 100.0
    # done in April: at the end of March it was 在办 and 逾期
    water = by_unit["县水利局"]
    assert (water.open, water.overdue, water.due, water.done) == (1, 1, 1, 0)
    assert water.on_time_rate == 0.0
    assert [o.unit for o in result.overdue] == ["县交通运输局", "县水利局"]  # most days first
    assert (result.total.due, result.total.on_time, result.total.overdue) == (3, 1, 2)
    assert result.total.on_time_rate == 33.3
    # items: both 在办 at the period's end; one 立项 within it
    assert (result.items, result.items_open, result.items_done) == (1, 2, 0)
    # April: the 水利局's task is done there (late); the January one is still overdue
    april = sv.bulletin(dt.date(2026, 4, 1), dt.date(2026, 4, 30), actor=CLI_ACTOR)
    water = {f.unit: f for f in april.units}["县水利局"]
    assert (water.done, water.done_late, water.on_time, water.overdue) == (1, 1, 0, 0)
    assert "县财政局" in {f.unit for f in april.units}  # still 在办, not yet due
    assert {f.unit: f.due for f in april.units}["县财政局"] == 0


def test_ties_are_ranked_by_name_and_short_names_shown_as_entered(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item_from_source(
        "other", None, "并列的单位", "", admin, deadline=dt.date(2026, 6, 30)
    )
    # the same figures for three units, registered in an order that is not the name order
    for unit in ("县审计局", "县财政局", "县民政局"):
        _task(item.id, unit, "2026-03-20", admin)
    fixed_today(dt.date(2026, 4, 1))
    ranked = [f.unit for f in sv.bulletin(A, B, actor=CLI_ACTOR).units]
    assert ranked == ["县财政局", "县民政局", "县审计局"]  # 音序: cai, min, shen
    units = registry.get("units")
    records.create(units, {"单位名称": "市自然资源和规划局"}, admin)
    records.create(units, {"单位名称": "市住房和城乡建设局", "简称": "市住房城乡建设局"}, admin)
    assert sv.figures.short_unit("市自然资源和规划局") == "市自然资源和规划局"
    assert sv.figures.short_unit("市住房和城乡建设局") == "市住房城乡建设局"


def test_bulletin_prints_its_definitions_and_stats_agree(db, admin, fixed_today):
    _period_fixture(admin, fixed_today)
    text = pdf_text(forms.get("bulletin").build([], admin, date_from=A, date_to=B))
    flat = "".join(text.split())
    assert "应办结" in flat and "尚未到期的任务不计入" in flat
    assert "办结率＝办结÷应办结" in flat and "音序" in flat
    year = stats.collect(admin, 2026)["supervision"]
    assert year["督查事项"] == 2 and year["逾期任务"] == 1  # as of today: 交通运输局's only
    assert {u["单位"]: u["应办结"] for u in year["按单位"]}["县财政局"] == 1
