"""`print efficiency --to` alone runs from the first of its year, as --from alone runs to today:
a --to in an earlier year was refused (统计期间的结束日期早于开始日期（今年1月1日）), a start
the clerk never gave."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk import declared_settings
from officedesk.core import settings
from officedesk.printing import forms


def test_to_alone_runs_from_the_first_of_its_year(db, admin, fixed_today):
    declared_settings.declare_all()
    fixed_today(dt.date(2026, 4, 3))
    settings.put("org.name", "中共云岭县委办公室")
    pdf = forms.get("efficiency").build([], admin, date_to="2025-06-30")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert "关于2025年1月至6月机关效能情况的通报" in text
