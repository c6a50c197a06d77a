"""A 督查通报 of a period with nothing due says so in words: its opening paragraph printed
“办结率（按件计）—，按期办结率（按件计）—。” — a dash for a figure in running text, which a 文书
sends back (the table's “—” is its cell's way of saying none). Read from the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf

from officedesk.core import supervision as sv
from officedesk.printing.common import render_forms
from officedesk.printing.supervision_bulletin import _bulletin_form


def _text(result: sv.Bulletin) -> str:
    with pymupdf.open(stream=render_forms([_bulletin_form(result)]), filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "").replace(" ", "")


def _opening(text: str) -> str:
    """The paragraph under the 主送, without the page number (— 1 —) a page break puts in."""
    return re.sub(r"—\d+—", "", text.split("（党委）：", 1)[1].split("一、", 1)[0])


def test_a_period_with_nothing_due_names_no_rate_in_its_opening(db):
    for units in ([], [sv.figures.UnitFigures("县统计局", open=2, due=0, done=0, on_time=0)]):
        result = sv.Bulletin(dt.date(2026, 1, 1), dt.date(2026, 6, 30), dt.date(2026, 6, 30),
                             units=units)
        opening = _opening(_text(result))
        assert "—" not in opening, opening
        assert "本期无应办结的任务" in opening, opening


def test_a_period_with_tasks_due_gives_its_rates(db):
    units = [sv.figures.UnitFigures("县财政局", open=1, due=11, done=10, on_time=6, done_late=4)]
    result = sv.Bulletin(dt.date(2026, 1, 1), dt.date(2026, 6, 30), dt.date(2026, 6, 30),
                         units=units, total=units[0])
    opening = _opening(_text(result))
    assert "办结率（按件计）90.9%，按期办结率（按件计）54.5%。" in opening, opening
