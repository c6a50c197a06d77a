"""督查's papers mark a 时限 （暂按） as the 收文处理笺 and the 收文催办单 mark their 办理时限,
and by the one rule of the lists (core.supervision.shown_deadlines): only a 时限 the program
counted (an item's 办结时限 left blank at 立项, a task that took it) into a year whose holidays
are not entered — it moves when they are, and the unit holding the paper must know it may. A
时限 typed (a leader's date, a task's own, a 延期 granted) is printed as a date. The 交办单 and
the 催办通知单 printed every 时限 as a bare date."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import supervision as sv
from officedesk.core import workdays
from officedesk.printing import forms

D = dt.date
MARK = workdays.MARK


def text_of(pdf: bytes) -> str:
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace(" ", "").replace("\n", "")


@pytest.fixture
def office(counting_into_2027, admin):
    counted = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, admin)
    assert counted.deadline == D(2027, 1, 13)  # 20 working days from 15 December
    sv.add_task(counted.id, {"牵头单位": "县住房和城乡建设局"}, admin)  # takes the count
    sv.add_task(counted.id, {"牵头单位": "县财政局", "时限": "2027-01-08"}, admin)  # typed
    typed = sv.create_item({"事项名称": "落实会议精神", "来源": "领导批示",
                            "办结时限": "2027-01-13"}, admin)
    sv.add_task(typed.id, {"牵头单位": "县教育局"}, admin)
    return counted, typed


def test_the_item_paper_marks_the_counted_deadlines_only(office, admin):
    counted, typed = office
    text = text_of(forms.get("supervision-item").build([counted.id], admin))
    assert text.count("2027年1月13日" + MARK) == 2  # (text joined) the item's 办结时限 and the task that took it
    assert "2027年1月8日" in text and "2027年1月8日" + MARK not in text
    text = text_of(forms.get("supervision-item").build([typed.id], admin))
    assert text.count("2027年1月13日") == 2 and MARK not in text


def test_the_reminder_notice_marks_a_counted_deadline_only(office, admin, fixed_today):
    counted, typed = office
    fixed_today(D(2027, 1, 14))  # each task's 时限 is past: 逾期
    sv.generate_reminders(admin)
    text = text_of(forms.get("supervision-reminder").build([counted.id], admin,
                                                           unit="县住房和城乡建设局"))
    assert "1月13日" + MARK in text
    text = text_of(forms.get("supervision-reminder").build([counted.id], admin, unit="县财政局"))
    assert "1月8日" in text and MARK not in text
    text = text_of(forms.get("supervision-reminder").build([typed.id], admin, unit="县教育局"))
    assert "1月13日" in text and MARK not in text
