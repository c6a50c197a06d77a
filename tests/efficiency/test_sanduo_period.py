"""“三多” for the period asked: its months up to its end or today, against the same days a year
before; only meetings held by then; the printed 效能通报 says so, naming the months of meetings
and of 发文 over target."""

from __future__ import annotations

import datetime as dt
import warnings

from officedesk.core import clock, settings
from officedesk.core.efficiency import efficiency, sanduo
from officedesk.core.efficiency.figures import Period
from officedesk.store.documents import OutgoingDoc
from officedesk.store.meetings import Meeting

from .conftest import TODAY

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pymupdf as fitz

D = dt.date


def _meetings(day: dt.date, n: int, status: str = "已召开") -> None:
    for k in range(n):
        start = dt.datetime.combine(day, dt.time(8 + k % 9))
        Meeting.create(title=f"会议{k}", kind="专题会议", start=start,
                       end=start + dt.timedelta(hours=1), host_unit="县委办公室", status=status)


def _documents(day: dt.date, n: int) -> None:
    """`n` 发文 印发 (printed) on `day`."""
    for k in range(n):
        OutgoingDoc.create(title=f"文件{k}", kind="通知", drafting_unit="秘书科", state="已印制",
                           doc_no=f"某委办发〔{day.year}〕{day.toordinal()}-{k}号", doc_date=day,
                           print_date=day)


def _printed(admin, first: dt.date, last: dt.date) -> str:
    """The text of the printed 效能通报 for the period, run together."""
    from officedesk.printing import forms

    pdf = forms.get("efficiency").build([], admin, date_from=first, date_to=last)
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text().replace("\n", "") for page in doc)


def _year_of_meetings() -> None:
    for month in range(1, 7):  # the first half: 2 a month, against 4 the year before
        _meetings(D(2025, month, 10), 2)
        _meetings(D(2024, month, 10), 4)
    _meetings(D(2025, 10, 9), 10)  # October well over last October's 2
    _meetings(D(2024, 10, 9), 2)
    _meetings(D(2025, 12, 10), 1)  # held
    _meetings(D(2025, 12, 18), 3, "筹备中")  # after today (12-15): not held yet
    _meetings(D(2024, 12, 18), 5)  # after the same day last year: not 同期


def test_the_first_half_counts_its_own_months_only(office, admin):
    _year_of_meetings()
    half = efficiency(admin, D(2025, 1, 1), D(2025, 6, 30))["sanduo"]
    meetings = half["meetings"]
    assert (meetings["total"], meetings["last_year_total"]) == (12, 24)
    assert meetings["over_target"] == []  # October is not in the first half
    assert meetings["per_month"] == [2] * 6 and meetings["last_year"] == [4] * 6
    assert half["labels"] == [f"{m}月" for m in range(1, 7)]
    text = _printed(admin, D(2025, 1, 1), D(2025, 6, 30))
    assert "2025年1月至6月共召开会议12次（去年同期24次）" in text
    assert "超过控制目标（" not in text and "均未超过控制目标" in text
    assert "7月" not in text  # no column of a month outside the period


def test_the_whole_year_counts_meetings_held_by_today(office, admin):
    _year_of_meetings()
    result = efficiency(admin, D(2025, 1, 1), D(2025, 12, 31))
    year = result["sanduo"]
    meetings = year["meetings"]
    # 12 + 10 + 1: not the 3 meetings of 12-18, still to come; last year's up to 12-15 alike
    assert (meetings["total"], meetings["last_year_total"]) == (23, 26)
    assert meetings["per_month"][11] == 1 and meetings["last_year"][11] == 0
    assert meetings["over_target"] == ["10月"]
    assert year["as_of"] == "2025-12-15" and len(year["labels"]) == 12
    assert result["meetings"]["held"] == 23  # the notice and length figures' meetings too
    # the 工作台 flags the same month
    assert sanduo.control(admin, Period(D(2025, 1, 1), TODAY), TODAY)["meetings"] == meetings


def test_months_of_documents_over_target_are_named_too(office, admin):
    settings.put(sanduo.TARGET_MEETINGS.key, 5)
    _meetings(D(2025, 10, 9), 6)
    _documents(D(2025, 9, 3), 4)
    _documents(D(2024, 9, 3), 2)  # September's target: 1.8
    text = _printed(admin, D(2025, 1, 1), D(2025, 11, 30))
    assert "10月会议次数，9月发文件数超过控制目标" in text
    assert "严格控制会议和发文数量" in text
    figures = efficiency(admin, D(2025, 1, 1), D(2025, 11, 30))["sanduo"]
    assert figures["documents"]["over_target"] == ["9月"]


def _outgoing(admin, signed: dt.date, numbered: dt.date, printed: dt.date | None) -> int:
    from officedesk.core import steps
    from officedesk.core.documents import outgoing

    clock.set_today(signed)
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "秘书科",
                          "拟稿人": "陈晓", "主送": "各乡镇党委", "正文": "现将有关事项通知如下。"},
                         admin).id
    for step, values in (("核稿", {"核稿人": "周核稿"}), ("签发", {"签发人": "王建国"}),
                         ("复核", {"复核人": "周秘书"})):
        steps.perform("outgoing", doc, step, values, admin)
    clock.set_today(numbered)
    steps.perform("outgoing", doc, "编号", {}, admin)
    if printed:
        clock.set_today(printed)
        steps.perform("outgoing", doc, "印制", {"印制份数": 10}, admin)
    clock.set_today(TODAY)
    return doc


def test_documents_count_when_printed_not_when_numbered(office, admin):
    """“三多” counts 发文 印发 by their 印发日期: one signed in March and printed in April is
    April's; one numbered but never printed was not issued."""
    _outgoing(admin, D(2025, 3, 31), D(2025, 4, 1), D(2025, 4, 2))
    _outgoing(admin, D(2025, 3, 20), D(2025, 3, 20), None)
    figures = efficiency(admin, D(2025, 3, 1), D(2025, 4, 30))
    documents = figures["sanduo"]["documents"]
    assert figures["sanduo"]["months"] == ["2025-03", "2025-04"]
    assert documents["per_month"] == [0, 1] and documents["total"] == 1
    # the same 发文 the procedure's figures count as 印发 (拟稿→印发 completed) per month
    monthly = {m["month"]: m["completed"] for m in figures["procedures"]["outgoing"]["monthly"]}
    assert [monthly["2025-03"], monthly["2025-04"]] == documents["per_month"]
    text = _printed(admin, D(2025, 3, 1), D(2025, 4, 30))
    assert "印发文件1件（去年同期0件）" in text


def test_no_target_is_no_comparison(office, admin):
    """No meeting or 发文 last year and no fixed target set: there is no 控制目标, so the
    通报 says none was set and nothing compared — never that every month kept under it."""
    _meetings(D(2025, 3, 10), 2)
    _documents(D(2025, 4, 2), 3)
    figures = efficiency(admin, D(2025, 1, 1), D(2025, 6, 30))["sanduo"]
    assert figures["meetings"]["target"] == [None] * 6
    text = _printed(admin, D(2025, 1, 1), D(2025, 6, 30))
    assert "均未超过控制目标" not in text
    assert "会议次数、发文件数均未设定控制目标" in text and "未作比较" in text


def test_months_without_a_target_are_named(office, admin):
    """Targets in some months only (last year's meetings in January and February, no 发文 at
    all): the months compared are within, the others named as not compared."""
    from officedesk.printing.efficiency_forms import sanduo_text

    _meetings(D(2024, 1, 10), 4)
    _meetings(D(2024, 2, 10), 4)
    _meetings(D(2025, 1, 10), 2)
    figures = efficiency(admin, D(2025, 1, 1), D(2025, 3, 31))["sanduo"]
    text = sanduo_text(figures, D(2025, 1, 1), D(2025, 3, 31))
    assert "各月会议次数、发文件数均未超过控制目标" not in text
    assert "有控制目标的月份会议次数均未超过控制目标" in text
    assert "3月会议次数、各月发文件数未设定控制目标" in text
    # with targets fixed for both, every month is compared: the old sentence stands
    settings.put(sanduo.TARGET_MEETINGS.key, 5)
    settings.put(sanduo.TARGET_DOCUMENTS.key, 5)
    figures = efficiency(admin, D(2025, 1, 1), D(2025, 3, 31))["sanduo"]
    assert sanduo_text(figures, D(2025, 1, 1), D(2025, 3, 31)).endswith(
        "各月会议次数、发文件数均未超过控制目标。")
