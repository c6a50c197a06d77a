"""The 签到表 printed before the meeting, after a 请假 was recorded: 实到 and 缺席 stay blank to
fill in by hand (a 请假 is no sign-in: the sheet said 实到 0 人、缺席 0 人 in type), and the
person on leave's row says 请假 (with a short reason) where the others sign, so nobody signs for
him; the foot still counts 请假 N 人."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.printing.meetings_forms import build_signin, signin_data
from tests.meetings.conftest import make_draft

PEOPLE = ["李建国", "王海涛", "陈志明", "刘芳", "赵立新"]


def _meeting(admin):
    return m.save_meeting(make_draft(start="2026-12-10 09:00", end="2026-12-10 11:00",
                                     attendees=PEOPLE), admin)


def _row_of(page: pymupdf.Page, name: str) -> str:
    """The text of the table row that holds ``name``, left to right."""
    hit = page.search_for(name)[0]
    middle = (hit.y0 + hit.y1) / 2
    words = [w for w in page.get_text("words") if w[1] - 6 < middle < w[3] + 6]
    return "".join(w[4] for w in sorted(words, key=lambda w: w[0]))


def _sheet(made, admin) -> pymupdf.Page:
    doc = pymupdf.open(stream=build_signin([made.id], admin), filetype="pdf")
    return doc[0]


def test_a_leave_before_the_meeting_leaves_present_and_absent_blank(directory_data, admin,
                                                                     on_day):
    made = _meeting(admin)
    steps.perform("meetings", made.id, "请假", {"names": "刘芳", "reason": "出差"}, admin)
    data = signin_data(m.get(made.id, admin), admin)
    assert (data.expected, data.present, data.absent, data.on_leave) == (5, None, None, 1)
    text = _sheet(made, admin).get_text().replace("\n", "")
    assert "实到0人" not in text and "缺席0人" not in text
    assert "请假1人" in text


def test_the_row_of_the_one_on_leave_says_so(directory_data, admin, on_day):
    made = _meeting(admin)
    steps.perform("meetings", made.id, "请假", {"names": "刘芳", "reason": "出差"}, admin)
    page = _sheet(made, admin)
    row = _row_of(page, "刘芳")
    assert "请假" in row and "出差" in row, row
    # in the 签名 column, right of the phone number
    leave = page.search_for("请假")[0]
    phone = page.search_for("13907310004")[0]
    assert leave.x0 > phone.x1
    # the others keep their blank line to sign
    assert "请假" not in _row_of(page, "王海涛")


def test_a_long_reason_is_left_out_of_the_row(directory_data, admin, on_day):
    made = _meeting(admin)
    reason = "赴省参加全省脱贫攻坚成果巩固专题培训班"
    steps.perform("meetings", made.id, "请假", {"names": "刘芳", "reason": reason}, admin)
    row = _row_of(_sheet(made, admin), "刘芳")
    assert "请假" in row and "培训班" not in row, row


def test_once_the_sign_in_is_recorded_the_counts_are_printed(directory_data, admin, on_day,
                                                             fixed_today):
    made = _meeting(admin)
    steps.perform("meetings", made.id, "请假", {"names": "刘芳", "reason": "出差"}, admin)
    fixed_today(dt.date(2026, 12, 10))
    steps.perform("meetings", made.id, "签到", {"names": "李建国、王海涛、陈志明"}, admin)
    steps.perform("meetings", made.id, "缺席", {"names": "赵立新"}, admin)
    data = signin_data(m.get(made.id, admin), admin)
    assert (data.expected, data.present, data.absent, data.on_leave) == (5, 3, 1, 1)
    text = _sheet(made, admin).get_text().replace("\n", "")
    assert "实到3人" in text and "缺席1人" in text and "请假1人" in text


def test_before_anything_all_counts_are_blank(directory_data, admin, on_day):
    made = _meeting(admin)
    data = signin_data(m.get(made.id, admin), admin)
    assert (data.present, data.absent, data.on_leave) == (None, None, None)
