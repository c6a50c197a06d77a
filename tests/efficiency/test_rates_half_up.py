"""Every rate a 主任 signs is rounded as a clerk rounds by hand, 四舍五入 to one decimal: 1 of 16
is 6.25 % → 6.3 %, never 6.2 % (Python's round() rounds a half to even; and 0.15 is stored as
0.1499…, which round() takes down)."""

from __future__ import annotations

import datetime as dt

from officedesk.core.efficiency import figures as F
from officedesk.core.efficiency.calendar import WorkdayIndex
from officedesk.core.efficiency.spans import WHOLE, Span
from officedesk.core.petitions import figures as petition_figures
from officedesk.core.supervision.figures import UnitFigures

D = dt.date
CAL = WorkdayIndex(D(2025, 1, 1), D(2026, 12, 31))
MARCH = F.Period(D(2026, 3, 1), D(2026, 3, 31))


def test_a_half_is_rounded_up():
    assert F.rate(1, 16) == 6.3  # 6.25
    assert F.rate(5, 16) == 31.3  # 31.25
    assert F.rate(1, 80) == 1.3  # 1.25
    assert F.rate(3, 2000) == 0.2  # 0.15, stored as 0.1499…
    assert F.rate(1, 3) == 33.3 and F.rate(2, 3) == 66.7 and F.rate(1, 8) == 12.5
    assert F.rate(0, 16) == 0.0 and F.rate(16, 16) == 100.0
    assert F.rate(0, 0) is None  # no 100 % (nor 0 %) of nothing


def test_the_efficiency_on_time_rate_of_sixteen_done():
    # 16 收文 done in March, each due the day before it was done but one
    spans = [Span("incoming", WHOLE, n, D(2026, 3, 2).toordinal(), D(2026, 3, 10).toordinal(),
                  D(2026, 3, 10).toordinal() - (n != 1), "县财政局", "张三", "通知")
             for n in range(1, 17)]
    total = F.aggregate(spans, CAL, MARCH, D(2026, 4, 15))["incoming"]["total"][""].figures()
    assert (total["completed"], total["on_time"]) == (16, 1)
    assert total["on_time_rate"] == 6.3  # 6.25


def test_a_step_share_is_rounded_up():
    # 批办 1 working day of 16 in all: 6.25 % of the time
    spans = [Span("incoming", "批办", 1, D(2026, 3, 2).toordinal(), D(2026, 3, 3).toordinal(), 0,
                  "县财政局", "王书记", "通知"),
             Span("incoming", "承办", 1, D(2026, 3, 3).toordinal(), D(2026, 3, 24).toordinal(), 0,
                  "县财政局", "赵六", "通知")]
    steps = {s["step"]: s for s in F.step_figures(spans, CAL, MARCH)["incoming"]}
    assert (steps["批办"]["total_days"], steps["承办"]["total_days"]) == (1, 15)
    assert steps["批办"]["share"] == 6.3 and steps["承办"]["share"] == 93.8


def test_the_supervision_bulletin_rates_of_sixteen_due():
    unit = UnitFigures("县财政局", due=16, done=5, on_time=1)
    assert unit.on_time_rate == 6.3 and unit.done_rate == 31.3
    assert unit.cells()[-2:] == ["31.3%", "6.3%"]


def test_the_petitions_rates():
    assert petition_figures._rate(1, 16) == 6.3


def test_a_three_many_target_of_last_year_times_the_ratio(office, admin):
    """9 meetings last October × 0.85 = 7.65: a target of 7.7 meetings, not 7.6 (a float
    product reads 7.6499…)."""
    from officedesk.core import settings
    from officedesk.core.efficiency import sanduo

    from .test_registries import _meeting

    settings.put(sanduo.TARGET_RATIO.key, 0.85)
    _meeting(D(2024, 10, 9), 9)
    _meeting(D(2025, 10, 9), 6)
    control = sanduo.control(admin, F.Period(D(2025, 10, 1), D(2025, 10, 31)), D(2025, 12, 15))
    assert control["meetings"]["target"] == [7.7]


def test_the_bulletins_say_how_they_round(office, admin):
    """The 说明 of the 效能通报 and of the 督查通报 say the rates are 四舍五入 to one decimal, so a
    unit checking 6.3 % by hand knows it is not 6.2 %."""
    import warnings

    from officedesk.printing import forms

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pymupdf

    forms.load_all()
    for name in ("efficiency", "bulletin"):
        pdf = forms.get(name).build([], admin, date_from=D(2025, 1, 1), date_to=D(2025, 11, 30))
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            text = "".join(page.get_text().replace("\n", "") for page in doc)
        notes = text[text.index("说明："):]
        assert "百分比四舍五入保留一位小数" in notes, name
