"""The printed 督查通报 says when its 逾期天数 are working days counted into a year whose
holidays are not entered (Bulletin.provisional, as the window's 通报 and the 效能通报 say it):
the paper printed the days bare while the window said 暂按."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz

from officedesk.core import settings, workdays
from officedesk.core import supervision as sv
from officedesk.printing import forms

NOTE = workdays.COUNT_NOTE


def _text(pdf: bytes) -> str:
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace(" ", "").replace("\n", "")


def _overdue_task(admin, fixed_today, deadline: dt.date) -> None:
    fixed_today(dt.date(2026, 12, 1))
    item = sv.create_item_from_source("other", None, "年底前完成清理", "", admin, deadline=deadline)
    sv.add_task(item.id, {"牵头单位": "市财政局", "时限": deadline.isoformat()}, admin)


def _bulletin(admin, first: dt.date, last: dt.date) -> str:
    return _text(forms.get("bulletin").build([], admin, date_from=first, date_to=last, number=""))


def test_the_printed_bulletin_says_its_days_are_provisional(db, admin, fixed_today):
    settings.put("supervision.working_days", True)
    _overdue_task(admin, fixed_today, dt.date(2027, 1, 6))
    fixed_today(dt.date(2027, 1, 8))
    assert sv.bulletin(dt.date(2027, 1, 1), dt.date(2027, 1, 31), actor=admin).provisional == NOTE
    text = _bulletin(admin, dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert "2天" in text and "逾期天数按工作日计" + NOTE in text


def test_days_counted_in_known_years_are_printed_as_they_are(db, admin, fixed_today):
    settings.put("supervision.working_days", True)
    _overdue_task(admin, fixed_today, dt.date(2026, 12, 10))
    fixed_today(dt.date(2026, 12, 15))
    text = _bulletin(admin, dt.date(2026, 12, 1), dt.date(2026, 12, 15))
    assert "逾期未办结事项" in text and "3天" in text
    assert "暂按" not in text and "注：逾期天数" not in text
