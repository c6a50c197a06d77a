"""The 三多 chart names its months as the table over it does: a month counted in part is
“11月1—20日” in the table, and its point in the chart was labelled “11月” — read as a whole
month of few meetings. Read from the PDF with PyMuPDF: the chart's month labels (7.5 pt)
under the table's heads (五号)."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR

from .test_drill_adds_up import DAY, _demo


def _spans(pdf: bytes) -> list[tuple[str, float]]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [(s["text"].strip(), s["size"]) for page in doc
                for b in page.get_text("dict")["blocks"] for line in b.get("lines", [])
                for s in line["spans"] if s["text"].strip()]


def test_a_month_counted_in_part_is_labelled_with_its_days_in_the_chart(demo_filled):
    from officedesk.printing import forms

    _demo(demo_filled)
    try:
        forms.load_all()
        pdf = forms.get("efficiency").build([], CLI_ACTOR, date_from="2026-06-01",
                                            date_to=(DAY - dt.timedelta(days=11)).isoformat())
    finally:
        clock.set_today(None)
    spans = _spans(pdf)
    assert "每月会议次数与控制目标" in [text for text, _ in spans]  # the chart is drawn
    heads = [text for text, size in spans if size > 9 and text.startswith("11月")]
    labels = [text for text, size in spans if size < 8 and ("11月" in text or "日" in text)]
    assert heads == ["11月1—20日"], heads
    assert labels == ["11月1—20日"], labels  # whole on one line, never 11月 alone
