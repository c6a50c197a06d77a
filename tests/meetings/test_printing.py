"""The six printed papers of a meeting: what is on them, page shape, determinism."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import meetings as m
from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms
from tests.meetings.conftest import make_draft


@pytest.fixture
def meeting(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))  # arranged before its 报名截止 (at any hour)
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(
        make_draft(
            nonvoting=["马俊", "高静"],
            checkin_time="2026-12-03 08:30",
            signup_deadline="2026-12-01 17:00",
        ),
        admin,
    )
    fixed_today(dt.date(2026, 12, 3))  # signed in on the meeting's day
    rows = m.attendees(made.id, CLI_ACTOR)
    marks = {r.id: (m.PRESENT, "") for r in rows}
    marks[rows[3].id] = (m.LEAVE, "在省委党校学习")
    marks[rows[4].id] = (m.ABSENT, "")
    m.record_attendance(made.id, marks, admin)
    m.save_minutes(
        made.id,
        "会议研究了有关事项。",
        [m.DecisionEntry("原则同意重点项目计划"), m.DecisionEntry("预算草案提请人大审议")],
        admin,
        issue="第12期",
    )
    return m.get(made.id, admin)


def _pages(pdf: bytes) -> list[fitz.Page]:
    return list(fitz.open(stream=pdf, filetype="pdf"))


def _text(pdf: bytes) -> str:
    return "".join(page.get_text() for page in _pages(pdf)).replace("\n", "")


def test_all_six_forms_registered():
    names = {f.name for f in forms.for_registry("meetings")}
    assert names == {"notice", "signin", "seating", "namecards", "agenda", "minutes"}


def test_notice(meeting, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))  # issued before its 报名截止 (a later one asks no names)
    text = _text(forms.get("notice").build([meeting.id], admin))
    assert "关于召开市委常委会第12次会议的通知" in text
    assert "2026年12月3日（星期四）9:00" in text and "常委会议室" in text
    assert "研究2027年全市重点项目计划" in text and "参会人员名单报送" in text
    assert "联系人：张敏" in text


def test_signin_with_counts(meeting, admin):
    text = _text(forms.get("signin").build([meeting.id], admin))
    assert "签到表" in text and "李建国" in text and "马俊" in text
    assert "应到14人" in text and "实到12人" in text and "请假1人" in text


def test_seating_is_landscape_and_follows_the_rule(meeting, admin):
    pages = _pages(forms.get("seating").build([meeting.id], admin))
    assert pages[0].rect.width > pages[0].rect.height
    words = pages[0].get_text("words")
    podium_y = min(w[1] for w in words if w[4] == "李建国")
    xs = {w[4]: w[0] for w in words if abs(w[1] - podium_y) < 3}
    # leaders' left is the audience's right: No.2 to the right of No.1, No.3 to the left
    assert xs["陈志明"] < xs["李建国"] < xs["王海涛"]


def test_namecards_one_per_person_name_on_both_faces(meeting, admin):
    pages = _pages(forms.get("namecards").build([meeting.id], admin))
    assert len(pages) == 12  # none for the one on 请假 and the one 缺席
    page = pages[0]
    assert page.rect.width > page.rect.height
    lines = [
        line
        for block in page.get_text("dict")["blocks"]
        for line in block.get("lines", [])
        if "李" in "".join(span["text"] for span in line["spans"])
    ]
    assert len(lines) == 2
    directions = sorted(tuple(round(d) for d in line["dir"]) for line in lines)
    assert directions == [(-1, 0), (1, 0)]  # one upright, one turned 180°
    middle = page.rect.height / 2
    assert {line["bbox"][1] < middle for line in lines} == {True, False}


def test_agenda_and_minutes(meeting, admin):
    text = _text(forms.get("agenda").build([meeting.id], admin))
    assert "议程" in text and "审议市级财政预算草案" in text and "9:00—9:30" in text
    minutes = _text(forms.get("minutes").build([meeting.id], admin))
    assert "中共某某市委常委会会议纪要" in minutes and "第12期" in minutes
    assert "出席：" in minutes and "请假：" in minutes and "列席：" in minutes
    assert "刘芳（在省委党校学习）" in minutes
    assert "赵立新" not in minutes  # absent: neither present nor on leave
    assert "1.原则同意重点项目计划。" in minutes


def test_forms_are_deterministic(meeting, admin):
    for name in ("seating", "namecards", "agenda"):
        build = forms.get(name).build
        assert build([meeting.id], admin) == build([meeting.id], admin)


def test_minutes_of_a_meeting_another_organ_held_carry_its_head(directory_data, admin,
                                                                  fixed_today):
    """A 专题会议 the 市政府办公室 organised, printed by the 市委办公室: headed 某某市人民政府
    专题会议纪要 (it was headed 中共某某市委专题会议纪要, the printing office's organ)."""
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(make_draft(kind="专题会议", host_unit="市政府办公室"), admin)
    fixed_today(dt.date(2026, 12, 3))
    rows = m.attendees(made.id, CLI_ACTOR)
    m.record_attendance(made.id, {r.id: (m.PRESENT, "") for r in rows}, admin)
    m.save_minutes(made.id, "会议研究了有关事项。", [m.DecisionEntry("原则同意")], admin,
                   issue="第3期")
    minutes = _text(forms.get("minutes").build([made.id], admin))
    assert "某某市人民政府专题会议纪要" in minutes
    assert "中共某某市委专题会议纪要" not in minutes
