"""A notice printed again is dated the day it went out (发通知, or the 更正通知 handed out), not
the day of the reprint: a copy for the file printed after the meeting said 2026年12月28日 under a
notice calling people to the 24th. A notice not yet sent, a 更正通知 printed now and a 取消通知
are dated today, the day they go out."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.printing import forms
from tests.meetings.conftest import make_draft, pdf_text
from tests.meetings.test_notice_issued import _edit, _notice, notified  # noqa: F401 (fixture)


def test_a_notice_printed_again_keeps_the_day_it_went_out(notified, admin, fixed_today):  # noqa: F811
    fixed_today(dt.date(2026, 12, 3))
    assert "2026年11月30日" in pdf_text(forms.get("notice").build([notified.id], admin))
    fixed_today(dt.date(2026, 12, 28))  # after the meeting: a copy for the file
    text = pdf_text(forms.get("notice").build([notified.id], admin))
    assert "2026年11月30日" in text and "2026年12月28日" not in text


def test_a_correction_is_dated_the_day_it_goes_out_and_kept(notified, admin, fixed_today):  # noqa: F811
    fixed_today(dt.date(2026, 12, 2))
    _edit(notified.id, admin, 开始时间="2026-12-25 09:00", 结束时间="2026-12-25 11:30")
    assert "2026年12月2日" in _notice(notified.id, admin)  # the 更正通知 handed out today
    fixed_today(dt.date(2026, 12, 30))
    text = pdf_text(forms.get("notice").build([notified.id], admin))
    assert "更正通知" in text and "2026年12月2日" in text and "2026年12月30日" not in text


def test_a_notice_not_yet_sent_is_dated_today(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(start="2026-12-24 09:00", end="2026-12-24 11:30"), admin)
    assert "2026年11月30日" in pdf_text(forms.get("notice").build([made.id], admin))
    steps.perform("meetings", made.id, "发通知", {}, admin)
