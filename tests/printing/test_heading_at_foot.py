"""A heading on its own line never stands at the foot of a page with its text on the next: a
1. or （1） heading goes on with the first line under it, as 一、 and （一） do
(test_pagination); a list of 1./2. entries is no heading and the page stays full. The 正文's
other pages stay on the full 22-line grid (GB/T 9704 §5.2.3: 每面排22行…撑满版心): a
paragraph's last line may stand alone at the top of a page — no line is pushed over for it.
Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import dataclasses

import pytest

from officedesk.printing.gbt9704 import compose, render_document
from tests.printing.conftest import open_pdf, spans
from tests.printing.page_rows import drawn_apart
from tests.printing.test_pagination import _document

TEXT = "内容" * 30  # three lines


def _lines(pdf) -> list[list[tuple[float, str]]]:
    """Each page's 3号 lines as (top, text), top to bottom (the page number left out)."""
    out = []
    for page in pdf:
        rows: dict[float, str] = {}
        for s in spans(page):
            if abs(s.size - 16) < 0.1:
                rows[round(s.top, 1)] = rows.get(round(s.top, 1), "") + s.text
        out.append(sorted(rows.items()))
    return out


def _body(before: int, heading: str, lead: bool) -> str:
    paragraphs = ["测" * 20] * lead + ["测" * 50] * before + [heading, TEXT, "测" * 50]
    return "\n".join(paragraphs)


@pytest.mark.parametrize("heading", ["1.强化责任落实", "（1）建立工作台账"])
@pytest.mark.parametrize("lead", [False, True])
def test_a_third_or_fourth_level_heading_goes_on_with_its_text(heading, lead):
    documents = [dataclasses.replace(_document(0), body=_body(before, heading, lead))
                 for before in range(0, 24)]
    for before, drawn in enumerate(drawn_apart(documents)):  # in one PDF, each on its pages
        pages = _lines(drawn)
        where = [(k, i) for k, lines in enumerate(pages)
                 for i, (_top, text) in enumerate(lines) if text == heading]
        assert len(where) == 1, (before, pages)
        k, i = where[0]
        assert i + 1 < len(pages[k]), (heading, lead, before, "heading at the foot of a page")
        assert pages[k][i + 1][1].startswith("内容"), (heading, lead, before)


def test_a_list_of_entries_is_no_heading_and_fills_the_page():
    entries = [f"{n}.云岭县第{n}中学" for n in range(1, 9)]
    for before in range(14, 22):
        body = "\n".join(["测" * 50] * before + entries + [TEXT])
        composed = compose(dataclasses.replace(_document(0), body=body))
        first = [t for t in composed.pages[1].texts if t.kind == "body"]
        # page 2 full: the entries run over the page turn, none is pushed to keep with another
        assert len(first) == 22, (before, [t.line.text for t in first])


def test_body_pages_stay_full_a_last_line_may_stand_alone_at_a_page_top():
    """Paragraphs of three lines: some page starts with a paragraph's last line; every page but
    the last holds 22 lines on the grid (none left short to pull a line over)."""
    body = "\n".join(["测" * 80] * 30)  # 3 lines each: 90 lines over five pages
    pdf = open_pdf(render_document(dataclasses.replace(_document(0), body=body)))
    pages = _lines(pdf)
    body_pages = [lines for lines in pages if any(text.startswith("测") for _t, text in lines)]
    assert len(body_pages) >= 4
    for lines in body_pages[1:-1]:
        assert len(lines) == 22
        tops = [top for top, _text in lines]
        pitch = (tops[-1] - tops[0]) / 21
        assert pitch == pytest.approx(28.94, abs=0.05)
    widows = [lines[0][1] for lines in body_pages[1:] if len(lines[0][1]) < 28]
    assert widows  # a paragraph's last line at a page's top, as the grid puts it
