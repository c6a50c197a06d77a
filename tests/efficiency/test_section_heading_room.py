"""The 效能通报's “一、总体情况” stands on the page where its table's header and first two rows fit:
every section heading kept 60 mm under it, so a short opening left some 40 mm of page 1 blank
and began page 2 with the heading (a 2025 quarter of the demo office). Measured in the PDF with
PyMuPDF, for openings of every length from a line to most of the page."""

from __future__ import annotations

import pymupdf

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import efficiency_forms

from .test_drill_adds_up import DAY, _demo

MM = 72 / 25.4
BOTTOM = (297 - 35) * MM  # the 版心's foot
NEEDED = 40  # mm: the heading's line, the table's header of two lines and its first two rows


def _where(pdf: bytes, heading: str) -> tuple[int, float, float]:
    """The page of ``heading``, its top, and how far above the 版心's foot the page before it
    ends (mm; 0 on page 1)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for k, page in enumerate(doc):
            found = page.search_for(heading)
            if not found:
                continue
            if k == 0:
                return k, found[0].y0, 0.0
            before = doc[k - 1]
            ends = [b[3] for b in before.get_text("blocks") if b[3] < BOTTOM + 2 * MM]
            return k, found[0].y0, (BOTTOM - max(ends)) / MM
    raise AssertionError(heading)


def test_the_first_section_heading_leaves_no_page_half_empty(demo_filled, monkeypatch):
    from officedesk.core.efficiency import efficiency

    _demo(demo_filled)
    try:
        figures = efficiency(CLI_ACTOR, DAY.replace(month=1, day=1), DAY)
        moved = 0
        for lines in range(0, 16):
            monkeypatch.setattr(efficiency_forms, "_summary", lambda _f, n=lines: "测" * (28 * n))
            pdf = efficiency_forms.compose_bulletin(figures, DAY).render()
            page, _top, room = _where(pdf, "一、总体情况")
            if page:
                moved += 1
            assert room < NEEDED, (lines, round(room, 1))
        assert moved  # the longest openings do push it over
    finally:
        clock.set_today(None)
