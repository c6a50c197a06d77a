"""A seat is for who attends: none on the podium or in the hall (and no 桌签) for a person on
请假 or marked 缺席. The clerk's adjusted seating stays when people are added or leave: the
newcomers sit behind, by the rule, and the result says so."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import meetings as m
from officedesk.core import settings, steps
from officedesk.printing import forms
from tests.meetings.conftest import make_draft


@pytest.fixture
def meeting(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 3))
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明", "刘芳"]), admin)


def _names(meeting_id, ids, admin):
    rows = {r.id: r.name for r in m.attendees(meeting_id, admin)}
    return [rows[i] for i in ids]


@pytest.mark.parametrize(("step", "values"), [
    ("请假", {"姓名": "王海涛", "请假原因": "赴省开会"}),
    ("缺席", {"姓名": "王海涛"}),
])
def test_no_seat_and_no_namecard_for_who_does_not_attend(meeting, admin, step, values):
    steps.perform("meetings", meeting.id, step, values, admin)
    layout = m.seating(m.get(meeting.id, admin))
    assert "王海涛" not in _names(meeting.id, layout.all_ids(), admin)
    # the podium closes up: No. 1 in the centre of three
    assert _names(meeting.id, layout.podium, admin) == ["刘芳", "李建国", "陈志明"]
    pdf = fitz.open(stream=forms.get("namecards").build([meeting.id], admin), filetype="pdf")
    printed = " ".join(page.get_text() for page in pdf)
    assert len(pdf) == 3 and "王海涛" not in printed and "李建国" in printed


def test_a_clerk_seating_stays_when_someone_is_added(meeting, admin):
    settings.put("meetings.seating.row_seats", 4)
    layout = m.seating(meeting)
    layout.podium.reverse()
    m.save_seating(meeting.id, layout, admin)
    before = _names(meeting.id, layout.podium, admin)
    steps.perform("meetings", meeting.id, "修改", {"列席人员": "马俊、高静"}, admin)
    again = m.seating(m.get(meeting.id, admin))
    assert again.manual
    assert _names(meeting.id, again.podium, admin) == before
    assert [_names(meeting.id, row, admin) for row in again.rows] == [["马俊", "高静"]]  # No. 2 on No. 1's left
    assert "马俊、高静" in again.note and "请核对" in again.note
    # what is shown can be saved as it is
    m.save_seating(meeting.id, again, admin)
    assert m.seating(m.get(meeting.id, admin)).note == ""


def test_a_clerk_seating_closes_up_when_someone_takes_leave(meeting, admin):
    layout = m.seating(meeting)
    layout.podium.reverse()
    m.save_seating(meeting.id, layout, admin)
    steps.perform("meetings", meeting.id, "请假", {"姓名": "陈志明", "请假原因": "出差"}, admin)
    again = m.seating(m.get(meeting.id, admin))
    expected = [n for n in _names(meeting.id, layout.podium, admin) if n != "陈志明"]
    assert again.manual and _names(meeting.id, again.podium, admin) == expected
    assert "移出" in again.note
