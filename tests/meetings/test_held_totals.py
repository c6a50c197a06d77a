"""The 签到 totals of a held meeting add up: 应到 = 实到 + 请假 + 缺席 (defect: 应到 5, 实到 2,
缺席 1, 请假 1 — the one never marked was in none of them). A clerk reads a held meeting's
sheet as: whoever is not marked 已到 or 请假 did not come, so the unmarked count as 缺席 (and
are said to be unmarked); a meeting not held yet still shows who is 未签到. The step's
outcome, the window's counts and the printed 签到表 read the same core tally."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.printing.meetings_forms import build_signin, signin_data
from tests.meetings.conftest import make_draft, pdf_text

PEOPLE = ["李建国", "王海涛", "陈志明", "刘芳", "赵立新"]


def _marked(admin, fixed_today):
    """5 due; 2 已到, 1 请假, 1 缺席, 赵立新 never marked."""
    fixed_today(dt.date(2026, 12, 10), dt.time(8, 0))
    made = m.save_meeting(make_draft(start="2026-12-10 09:00", end="2026-12-10 11:00",
                                     attendees=PEOPLE), admin)
    steps.perform("meetings", made.id, "登记签到", {"present": "李建国、王海涛", "leave": "刘芳：出差",
                                                  "absent": "陈志明"}, admin)
    return made


def test_a_held_meeting_counts_the_unmarked_as_absent(directory_data, admin, fixed_today):
    made = _marked(admin, fixed_today)
    assert m.get(made.id, admin).status == m.HELD  # the first sign-in marks it held
    tally = m.counts(made.id, admin)
    assert (tally.expected, tally.present, tally.leave, tally.absent) == (5, 2, 1, 2)
    assert tally.expected == tally.present + tally.leave + tally.absent
    assert "缺席 2 人" in tally.text() and "1 人未登记签到" in tally.text()


def test_the_printed_sheet_of_a_held_meeting_adds_up(directory_data, admin, fixed_today):
    made = _marked(admin, fixed_today)
    data = signin_data(m.get(made.id, admin), admin)
    assert (data.expected, data.present, data.on_leave, data.absent) == (5, 2, 1, 2)
    text = pdf_text(build_signin([made.id], admin))
    assert "应到5人" in text and "实到2人" in text and "请假1人" in text and "缺席2人" in text


def test_the_step_outcome_adds_up(directory_data, admin, fixed_today):
    made = _marked(admin, fixed_today)
    done = steps.perform("meetings", made.id, "登记签到", {"present": "赵立新"}, admin)
    text = str(done)
    assert "实到 3 人" in text and "缺席 1 人" in text and "未登记签到" not in text


def test_a_meeting_not_held_yet_still_shows_who_is_unmarked(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(start="2026-12-10 09:00", end="2026-12-10 11:00",
                                     attendees=PEOPLE), admin)
    steps.perform("meetings", made.id, "请假", {"names": "刘芳", "reason": "出差"}, admin)
    tally = m.counts(made.id, admin)
    assert (tally.expected, tally.present, tally.leave, tally.absent, tally.unmarked) == (5, 0, 1, 0, 4)
    assert "未签到 4 人" in tally.text()
    data = signin_data(m.get(made.id, admin), admin)  # blanks to fill in at the door
    assert (data.present, data.absent) == (None, None)
