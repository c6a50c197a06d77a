"""The 效能通报 of a period reports the state as of the period's end (DOMAIN §4) and names the
days it counts: a complaint concluded and dealt with after the period was still 办理中 then;
part of a month is not called the whole month."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from officedesk.core import clock
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import efficiency
from officedesk.printing.efficiency_bulletin import bulletin_tables, period_text

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pymupdf as fitz

D = dt.date


def _complaint_decided_in_april(admin) -> None:
    """Registered 3-10, sent for 核查 3-11, found 属实 4-10, 效能告诫 4-20."""
    clock.set_today(D(2025, 3, 10))
    record = C.register_complaint(
        {"登记日期": "2025-03-10", "投诉方式": "电话", "投诉人": "王某", "被投诉单位": "县自然资源局",
         "投诉类别": "办事拖拉", "投诉内容": "办证拖了两个月。"}, admin)
    clock.set_today(D(2025, 3, 11))
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委")
    clock.set_today(D(2025, 4, 20))
    record = C.conclude(record.id, record.version, admin, "属实", "情况属实。", on="2025-04-10")
    C.dispose(record.id, record.version, admin, "效能告诫", on="2025-04-20")


def _row(admin, first: dt.date, last: dt.date) -> dict:
    rows = efficiency(admin, first, last)["complaints"]["by_unit"]
    assert [r["unit"] for r in rows] == ["县自然资源局"]
    return {k: rows[0][k] for k in ("total", "属实", "效能告诫", "open")}


def _printed(admin, first: dt.date, last: dt.date) -> str:
    from officedesk.printing import forms

    pdf = forms.get("efficiency").build([], admin, date_from=first, date_to=last)
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text().replace("\n", "") for page in doc)


def test_complaints_are_counted_as_they_stood_at_the_periods_end(office, admin):
    _complaint_decided_in_april(admin)
    clock.set_today(D(2025, 5, 6))
    # March: registered and sent for 核查, nothing found or done yet
    assert _row(admin, D(2025, 3, 1), D(2025, 3, 31)) == {"total": 1, "属实": 0, "效能告诫": 0,
                                                          "open": 1}
    # by 4-15: found 属实, not yet dealt with
    assert _row(admin, D(2025, 3, 1), D(2025, 4, 15)) == {"total": 1, "属实": 1, "效能告诫": 0,
                                                          "open": 1}
    assert _row(admin, D(2025, 3, 1), D(2025, 4, 30)) == {"total": 1, "属实": 1, "效能告诫": 1,
                                                          "open": 0}
    march = efficiency(admin, D(2025, 3, 1), D(2025, 3, 31))
    # the table agrees with the 通报's own count of the procedure (办件1件、完成0件)
    assert march["procedures"]["complaints"]["total"]["completed"] == 0
    assert bulletin_tables(march)["complaints"] == [
        ["县自然资源局", "1", "0", "0", "0", "0", "0", "0", "1"]]
    text = _printed(admin, D(2025, 3, 1), D(2025, 3, 31))
    assert "本期受理效能投诉1件，已办结0件，尚在办理1件（其中尚在核查1件）。尚无核查结论" in text


@pytest.mark.parametrize(("first", "last", "name"), [
    (D(2026, 3, 1), D(2026, 3, 31), "2026年3月"),
    (D(2026, 2, 1), D(2026, 2, 28), "2026年2月"),
    (D(2026, 3, 1), D(2026, 3, 15), "2026年3月1日至3月15日"),
    (D(2026, 3, 16), D(2026, 3, 31), "2026年3月16日至3月31日"),
    (D(2026, 2, 1), D(2026, 2, 27), "2026年2月1日至2月27日"),
    (D(2026, 3, 5), D(2026, 3, 5), "2026年3月5日"),
    (D(2026, 1, 1), D(2026, 3, 31), "2026年第一季度"),
    (D(2026, 10, 1), D(2026, 12, 31), "2026年第四季度"),
    (D(2026, 1, 1), D(2026, 12, 31), "2026年"),
    (D(2026, 1, 1), D(2026, 6, 30), "2026年1月至6月"),
    (D(2026, 1, 1), D(2026, 10, 27), "2026年1月1日至10月27日"),
    (D(2025, 11, 1), D(2026, 2, 28), "2025年11月至2026年2月"),
    (D(2025, 11, 3), D(2026, 2, 28), "2025年11月3日至2026年2月28日"),
])
def test_the_period_is_named_by_the_days_it_counts(first, last, name):
    assert period_text(first, last) == name


def test_part_of_a_month_is_not_titled_the_whole_month(office, admin):
    clock.set_today(D(2025, 5, 6))
    half = _printed(admin, D(2025, 3, 1), D(2025, 3, 15))
    assert "关于2025年3月1日至3月15日机关效能情况的通报" in half
    assert "现将2025年3月1日至3月15日收文、发文" in half
    assert "2025年3月机关效能" not in half
    whole = _printed(admin, D(2025, 3, 1), D(2025, 3, 31))
    assert "关于2025年3月机关效能情况的通报" in whole


def test_a_period_ending_after_today_is_named_by_the_days_counted_so_far(office, admin):
    """The figures count up to today (截至期末（或今日）): a 通报 printed on 12-02 for December
    or the fourth quarter names the days it counts, as its 三多 paragraph does."""
    clock.set_today(D(2026, 12, 2))
    month = _printed(admin, D(2026, 12, 1), D(2026, 12, 31))
    assert "关于2026年12月1日至12月2日机关效能情况的通报" in month
    assert "现将2026年12月1日至12月2日收文、发文" in month
    assert "2026年12月机关效能" not in month
    quarter = _printed(admin, D(2026, 10, 1), D(2026, 12, 31))
    assert "关于2026年10月1日至12月2日机关效能情况的通报" in quarter
    assert "第四季度" not in quarter
    # a period over by today keeps its short name
    clock.set_today(D(2027, 1, 5))
    assert "关于2026年第四季度机关效能情况的通报" in _printed(admin, D(2026, 10, 1), D(2026, 12, 31))
