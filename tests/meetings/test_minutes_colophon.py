"""A 纪要's 版记 names as its 印发机关 the office of the organ whose 纪要 it is (GB/T 9704 §7.4.2:
发文机关的办公厅（室）或文秘部门): a 市政府 专题会议纪要 printed by the 市委办公室 is 印发 by the
某某市人民政府办公室 — it said 中共某某市委办公室, the office the program belongs to, under a
head naming the 市人民政府. The office's own meetings stay 印发 by the office."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz

from officedesk.core import meetings as m
from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms
from tests.meetings.conftest import make_draft


def _minutes(admin, fixed_today, **values) -> fitz.Page:
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"], **values), admin)
    fixed_today(dt.date(2026, 12, 4))
    rows = m.attendees(made.id, CLI_ACTOR)
    m.record_attendance(made.id, {r.id: (m.PRESENT, "") for r in rows}, admin)
    m.save_minutes(made.id, "会议研究了有关事项。", [m.DecisionEntry("原则同意")], admin,
                   issue="第3期", minutes_date="2026-12-04")
    pdf = forms.get("minutes").build([made.id], admin)
    return list(fitz.open(stream=pdf, filetype="pdf"))[-1]


def _colophon_organ(page: fitz.Page) -> str:
    """The text left of “印发” on its line (the 版记's 印发机关)."""
    issued = page.search_for("2026年12月4日印发")[0]
    words = [w for w in page.get_text("words") if abs((w[1] + w[3]) / 2 - (issued.y0 + issued.y1) / 2) < 3
             and w[2] < issued.x0]
    return "".join(w[4] for w in sorted(words, key=lambda w: w[0]))


def test_a_government_meetings_minutes_are_issued_by_the_governments_office(directory_data, admin,
                                                                            fixed_today):
    page = _minutes(admin, fixed_today, kind="专题会议", host_unit="市政府办公室")
    assert _colophon_organ(page) == "某某市人民政府办公室"
    assert "中共某某市委办公室" not in page.get_text()


def test_a_departments_meetings_minutes_name_its_office(directory_data, admin, fixed_today):
    page = _minutes(admin, fixed_today, kind="工作会议", host_unit="市教育局")
    assert _colophon_organ(page) == "某某市教育局办公室"


def test_the_offices_own_meetings_are_issued_by_the_office(directory_data, admin, fixed_today):
    page = _minutes(admin, fixed_today)  # host 市委办公室: the office's own 常委会
    assert _colophon_organ(page) == "中共某某市委办公室"
