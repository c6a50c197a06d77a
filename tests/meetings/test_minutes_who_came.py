"""The 纪要 lists as 出席 / 列席 those the 签到 says came (defect: at a meeting whose sign-in
was recorded, one never marked — 缺席 on the 签到表 and in the list's 实到/应到 — was still
printed as 出席 or 列席 in its 纪要). A meeting with no sign-in recorded at all lists everyone
not on 请假 or 缺席, as nothing tells otherwise (the 三多 load counts them so too)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.printing.meetings_forms import build_minutes, minutes_data
from tests.meetings.conftest import make_draft, pdf_text


def _meeting(admin, fixed_today):
    fixed_today(dt.date(2026, 12, 10), dt.time(8, 0))
    return m.save_meeting(make_draft(start="2026-12-10 09:00", end="2026-12-10 11:00",
                                     attendees=["李建国", "王海涛", "陈志明"],
                                     nonvoting=["马俊", "高静"]), admin)


def test_the_unmarked_of_a_signed_in_meeting_are_not_listed_as_present(
        directory_data, admin, fixed_today):
    made = _meeting(admin, fixed_today)
    steps.perform("meetings", made.id, "登记签到",
                  {"present": "李建国、马俊", "leave": "王海涛：出差"}, admin)  # 陈志明, 高静: never marked
    meeting = m.get(made.id, admin)
    tally = m.counts(made.id, admin)
    assert (tally.present, tally.leave, tally.absent) == (2, 1, 2)  # the register's figures
    data = minutes_data(meeting, admin)
    assert data.attendees == "李建国"
    assert data.observers == "马俊"  # 列席: 高静 did not come
    assert data.absentees == "王海涛（出差）"
    text = pdf_text(build_minutes([made.id], admin))
    assert "陈志明" not in text and "高静" not in text


def test_with_no_sign_in_recorded_everyone_not_away_is_listed(directory_data, admin, fixed_today):
    made = _meeting(admin, fixed_today)
    fixed_today(dt.date(2026, 12, 10), dt.time(12, 0))
    steps.perform("meetings", made.id, "请假", {"names": "王海涛", "reason": "出差"}, admin)
    steps.perform("meetings", made.id, "召开", {}, admin)  # held, nobody signed in
    meeting = m.get(made.id, admin)
    assert not m.counts(made.id, admin).sign_in_kept
    data = minutes_data(meeting, admin)
    assert data.attendees == "李建国、陈志明"
    assert data.observers == "马俊、高静"
    assert data.absentees == "王海涛（出差）"
