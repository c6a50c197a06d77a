"""效能 counts working days; a period reaching into a year whose holidays are not entered yet
(2027 here) says its figures are 暂按 — in the figures (`provisional`), `stats` and the 说明 of
the printed 效能通报; a period of known years says nothing of it."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.cli_labels import summary_lines
from officedesk.core import clock
from officedesk.core.efficiency.report import efficiency
from officedesk.printing import forms

NOTE = "2027 年的国务院节假日安排尚未录入，落在该年的工作日暂按周末及元旦、劳动节、国庆节的固定假日计算（暂按）。"


def test_a_period_into_2027_is_provisional(office, admin, tmp_path):
    clock.set_today(dt.date(2027, 1, 20))
    figures = efficiency(admin, dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert figures["provisional"] == NOTE
    assert f"  暂按：{NOTE}" in summary_lines({"efficiency": figures})
    forms.load_all()
    pdf = forms.get("efficiency").build([], admin, date_from="2027-01-01", date_to="2027-01-31")
    (tmp_path / "efficiency-2027.pdf").write_bytes(pdf)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert NOTE in text


def test_a_period_of_known_years_is_not(office, admin):
    figures = efficiency(admin, dt.date(2025, 1, 1), dt.date(2025, 11, 30))
    assert figures["provisional"] == ""
    assert not any("暂按" in line for line in summary_lines({"efficiency": figures}))
