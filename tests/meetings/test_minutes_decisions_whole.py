"""A 纪要's 议定事项 are printed whole, each with what the clerk gave it: its text wraps over as
many lines and pages as it takes (never cut with “…”), and its 牵头单位 and 完成时限 — given
apart, for 督查 — are said with it, unless its own words name the unit already. They were left
off the paper: a clerk reading the 纪要 could not tell who leads an item nor by when."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf as fitz

from officedesk.core import meetings as m
from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms
from tests.meetings.conftest import make_draft

CLAUSES = [f"第{k}方面要落实城区老旧小区改造第{k}批次的资金、用地和施工组织保障" for k in range(1, 31)]
LONG = "，".join(CLAUSES)  # some 800 characters: the 纪要 runs over a page


def _minutes(admin, fixed_today, decisions) -> bytes:
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    fixed_today(dt.date(2026, 12, 4))
    rows = m.attendees(made.id, CLI_ACTOR)
    m.record_attendance(made.id, {r.id: (m.PRESENT, "") for r in rows}, admin)
    m.save_minutes(made.id, "会议研究了有关事项。", decisions, admin, issue="第3期")
    return forms.get("minutes").build([made.id], admin)


def _text(pdf: bytes) -> str:
    """The paper's text, its pages run together without their page numbers (— 2 —)."""
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return re.sub(r"— [0-9]+ —", "", "".join(page.get_text() for page in doc).replace("\n", ""))


def test_a_long_decision_is_printed_whole(directory_data, admin, fixed_today):
    pdf = _minutes(admin, fixed_today, [m.DecisionEntry(LONG), m.DecisionEntry("原则同意预算草案")])
    text = _text(pdf)
    assert f"1.{LONG}。" in text and "2.原则同意预算草案。" in text
    assert "…" not in text


def test_a_decisions_lead_unit_and_deadline_are_printed(directory_data, admin, fixed_today):
    pdf = _minutes(admin, fixed_today, [
        m.DecisionEntry("推进城区老旧小区改造", "市住房和城乡建设局", "2027-03-31"),
        m.DecisionEntry("由市财政局统筹安排资金", "市财政局", "2026-12-31"),
        m.DecisionEntry("原则同意预算草案", "市财政局"),
    ])
    text = _text(pdf)
    assert "1.推进城区老旧小区改造（牵头单位：市住房和城乡建设局；完成时限：2027年3月31日）。" in text
    # its words name the unit already: only the time limit is added
    assert "2.由市财政局统筹安排资金（完成时限：2026年12月31日）。" in text
    assert "3.原则同意预算草案（牵头单位：市财政局）。" in text
