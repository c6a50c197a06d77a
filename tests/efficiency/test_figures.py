"""The 效能 figures over spans of known durations, across the 2025 National Day holiday and
its 调休 make-up Sunday and Saturday (2025-09-28, 2025-10-11 worked; 10-01…10-08 off)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import workdays
from officedesk.core.efficiency import figures as F
from officedesk.core.efficiency.calendar import WorkdayIndex
from officedesk.core.efficiency.report import compute
from officedesk.core.efficiency.spans import WHOLE, Span

D = dt.date
CAL = WorkdayIndex(D(2024, 1, 1), D(2026, 12, 31))
OCTOBER = F.Period(D(2025, 10, 1), D(2025, 10, 31))
TODAY = D(2025, 12, 15)


def o(day: dt.date | None) -> int:
    return day.toordinal() if day else 0


def whole(rid, start, end, due=None, unit="县财政局", person="张三", category="通知",
          proc="supervision"):
    """A procedure's whole span; 督查's (the default) counts in its unit's row too: a task's
    牵头单位 answers for all of it, from its 交办 (收文 and 信访 are PARTED)."""
    return Span(proc, WHOLE, rid, o(start), o(end), o(due), unit, person, category)


def step(rid, name, start, end, person="李四", due=None, proc="incoming"):
    return Span(proc, name, rid, o(start), o(end), o(due), "县财政局", person, "通知")


def test_working_days_count_holidays_and_make_up_days():
    assert CAL.between(o(D(2025, 9, 26)), o(D(2025, 10, 10))) == 5  # 9-28 worked, 10-1…8 off
    assert CAL.between(o(D(2025, 9, 30)), o(D(2025, 10, 9))) == 1
    assert CAL.between(o(D(2025, 10, 10)), o(D(2025, 10, 13))) == 2  # Saturday 10-11 worked
    assert CAL.between(o(D(2025, 11, 7)), o(D(2025, 11, 10))) == 1
    assert CAL.between(o(D(2025, 11, 3)), o(D(2025, 11, 3))) == 0
    start = D(2025, 9, 1)
    for n in range(0, 70, 3):
        end = start + dt.timedelta(days=n)
        assert CAL.between(o(start), o(end)) == workdays.working_days_between(start, end)


def test_median_and_nearest_rank_percentile():
    assert F.median([1, 1, 2, 4, 5]) == 2.0
    assert F.median([1, 1, 2, 4, 5, 7]) == 3.0
    assert F.percentile([1, 1, 2, 4, 5]) == 5  # ceil(4.5) = 5th
    assert F.percentile(list(range(1, 11))) == 9  # ceil(9.0) = 9th
    assert F.percentile([3]) == 3 and F.median([]) is None and F.percentile([]) is None


def _october_spans() -> list[Span]:
    # completed in October, durations 5, 1, 2, 4 (+ one of 2 in November: not October's)
    return [
        whole(1, D(2025, 9, 26), D(2025, 10, 10), due=D(2025, 10, 9)),  # 5 days, late
        whole(2, D(2025, 9, 30), D(2025, 10, 9), due=D(2025, 10, 9)),  # 1, on time
        whole(3, D(2025, 10, 10), D(2025, 10, 13), due=D(2025, 10, 17), unit="县教育局"),  # 2
        whole(4, D(2025, 10, 20), D(2025, 10, 24), due=D(2025, 10, 24), unit="县教育局"),  # 4
        whole(5, D(2025, 10, 30), D(2025, 11, 3), due=D(2025, 11, 5)),  # November
        whole(6, D(2025, 10, 15), None, due=D(2025, 10, 22), unit="县水利局"),  # open, overdue
        whole(7, D(2025, 10, 28), None, due=D(2025, 11, 4), unit="县水利局"),  # open, not yet due
    ]


def test_totals_of_a_period():
    groups = F.aggregate(_october_spans(), CAL, OCTOBER, TODAY)["supervision"]
    total = groups["total"][""].figures()
    assert total["volume"] == 5  # started in October: 3, 4, 5, 6, 7
    assert total["completed"] == 4
    assert total["median"] == 3.0  # 1, 2, 4, 5
    assert total["p90"] == 5 and total["longest"] == 5
    assert total["on_time"] == 3 and total["on_time_rate"] == 75.0
    assert total["overdue"] == 1  # no. 6 at 31 October; no. 7 was not yet due
    unit = {k: v.figures() for k, v in groups["unit"].items()}
    assert unit["县财政局"]["median"] == 3.0 and unit["县财政局"]["on_time_rate"] == 50.0
    assert unit["县教育局"]["median"] == 3.0 and unit["县教育局"]["on_time_rate"] == 100.0
    assert unit["县水利局"]["completed"] == 0 and unit["县水利局"]["overdue"] == 1


def test_overdue_is_counted_at_the_period_end_not_today():
    spans = [whole(1, D(2025, 10, 1), D(2025, 11, 20), due=D(2025, 10, 20))]
    oct_total = F.aggregate(spans, CAL, OCTOBER, TODAY)["supervision"]["total"][""].figures()
    assert oct_total["overdue"] == 1  # still open on 31 October
    nov = F.Period(D(2025, 11, 1), D(2025, 11, 30))
    nov_total = F.aggregate(spans, CAL, nov, TODAY)["supervision"]["total"][""].figures()
    assert nov_total["overdue"] == 0 and nov_total["completed"] == 1
    assert nov_total["on_time_rate"] == 0.0


def test_steps_and_the_bottleneck():
    spans = [
        step(1, "登记", D(2025, 11, 3), D(2025, 11, 3)),  # 0
        step(1, "批办", D(2025, 11, 3), D(2025, 11, 7)),  # 4
        step(1, "办结", D(2025, 11, 7), D(2025, 11, 10)),  # 1
        step(2, "登记", D(2025, 11, 4), D(2025, 11, 5)),  # 1
        step(2, "批办", D(2025, 11, 5), D(2025, 11, 10), due=D(2025, 11, 7)),  # 3, late
        step(2, "办结", D(2025, 11, 10), D(2025, 11, 12)),  # 2
    ]
    rows = F.step_figures(spans, CAL, F.Period(D(2025, 11, 1), D(2025, 11, 30)))["incoming"]
    by = {r["step"]: r for r in rows}
    assert [r["step"] for r in rows] == ["登记", "批办", "办结"]
    assert by["批办"]["count"] == 2 and by["批办"]["median"] == 3.5 and by["批办"]["longest"] == 4
    assert by["批办"]["total_days"] == 7 and by["批办"]["share"] == round(700 / 11, 1)
    assert by["批办"]["on_time_rate"] == 0.0 and by["登记"]["on_time_rate"] is None
    assert F.bottlenecks(rows) == ["批办"]


def test_units_are_ranked_by_on_time_rate_then_median():
    nov = F.Period(D(2025, 11, 1), D(2025, 11, 30))
    spans = [
        whole(1, D(2025, 11, 3), D(2025, 11, 5), due=D(2025, 11, 10), unit="乙"),  # 2, ok
        whole(2, D(2025, 11, 3), D(2025, 11, 4), due=D(2025, 11, 10), unit="甲"),  # 1, ok
        whole(3, D(2025, 11, 3), D(2025, 11, 14), due=D(2025, 11, 10), unit="丙"),  # late
        whole(4, D(2025, 11, 3), D(2025, 11, 4), due=D(2025, 11, 10), unit="丙"),  # ok
    ]
    groups = F.aggregate(spans, CAL, nov, TODAY)["supervision"]["unit"]
    rows = F.ranked(groups, {}, {})
    assert [(r["rank"], r["key"]) for r in rows] == [(1, "甲"), (2, "乙"), (3, "丙")]
    assert rows[2]["on_time_rate"] == 50.0


def test_previous_period_and_same_period_last_year():
    assert OCTOBER.previous() == F.Period(D(2025, 9, 1), D(2025, 9, 30))
    assert OCTOBER.last_year() == F.Period(D(2024, 10, 1), D(2024, 10, 31))
    quarter = F.Period(D(2025, 4, 1), D(2025, 6, 30))
    assert quarter.previous() == F.Period(D(2025, 1, 1), D(2025, 3, 31))
    days = F.Period(D(2025, 10, 10), D(2025, 10, 19))
    assert days.previous() == F.Period(D(2025, 9, 30), D(2025, 10, 9))
    assert F.Period(D(2024, 2, 29), D(2024, 2, 29)).last_year().first == D(2023, 2, 28)
    spans = _october_spans() + [
        # September: 3 and 8 working days, both on time
        whole(10, D(2025, 9, 1), D(2025, 9, 4), due=D(2025, 9, 10)),
        whole(11, D(2025, 9, 1), D(2025, 9, 11), due=D(2025, 9, 12)),
        # October 2024: 12 working days (10-1…10-7 off; Sunday 9-29 and Saturday 10-12 worked)
        whole(12, D(2024, 9, 27), D(2024, 10, 18), due=D(2024, 10, 10)),
    ]
    result = compute(spans, CAL, OCTOBER, TODAY)["supervision"]
    total = result["total"]
    assert total["previous"]["median"] == 5.5 and total["previous"]["on_time_rate"] == 100.0
    assert total["change_previous"] == {"volume": 5 - 4, "median": -2.5, "on_time_rate": -25.0}
    assert CAL.between(o(D(2024, 9, 27)), o(D(2024, 10, 18))) == 12
    assert total["last_year"]["median"] == 12.0 and total["last_year"]["on_time_rate"] == 0.0
    assert total["change_last_year"]["median"] == -9.0
    assert total["change_last_year"]["on_time_rate"] == 75.0
    unit = {r["key"]: r for r in result["by_unit"]}
    assert unit["县财政局"]["previous"]["completed"] == 2
    assert unit["县教育局"]["previous"]["completed"] == 0


def test_monthly_trend():
    trend = F.monthly(_october_spans(), CAL, D(2025, 11, 30), months=3)["supervision"]
    assert [m["month"] for m in trend] == ["2025-09", "2025-10", "2025-11"]
    assert [m["volume"] for m in trend] == [2, 5, 0]
    assert [m["completed"] for m in trend] == [0, 4, 1]
    assert trend[1]["median"] == 3.0 and trend[1]["on_time_rate"] == 75.0
    assert trend[2]["median"] == 2.0  # 10-30 → 11-3: 10-31, 11-3


@pytest.mark.parametrize("proc", ["incoming", "outgoing", "petitions", "complaints"])
def test_every_procedure_is_reported_with_its_labels(proc):
    spans = [whole(1, D(2025, 10, 9), D(2025, 10, 13), due=D(2025, 10, 20), proc=proc)]
    result = compute(spans, CAL, OCTOBER, TODAY)
    assert list(result) == [proc]
    assert result[proc]["total"]["median"] == 3.0  # 10-10, Saturday 10-11, 10-13
    assert result[proc]["by_category"][0]["key"] == "通知"


def test_two_steps_alike_at_the_top_are_both_named():
    """核稿 and 签发 taking the same days (and the same median) are both the bottleneck: the
    通报 named 核稿 alone as 用时最多的环节, its 37.3% beside 签发's 37.3% in the table."""
    spans = [
        step(1, "核稿", D(2025, 11, 3), D(2025, 11, 5), proc="outgoing"),  # 2
        step(1, "签发", D(2025, 11, 5), D(2025, 11, 7), proc="outgoing"),  # 2
        step(1, "印制", D(2025, 11, 7), D(2025, 11, 10), proc="outgoing"),  # 1
    ]
    rows = F.step_figures(spans, CAL, F.Period(D(2025, 11, 1), D(2025, 11, 30)))["outgoing"]
    assert F.bottlenecks(rows) == ["核稿", "签发"]
    # a longer median breaks a tie of days; nothing spent names nothing
    assert F.bottlenecks([{"step": "a", "total_days": 4, "median": 1}, {"step": "b", "total_days": 4, "median": 2}]) == ["b"]
    assert F.bottlenecks([{"step": "a", "total_days": 0, "median": 0}]) == []
