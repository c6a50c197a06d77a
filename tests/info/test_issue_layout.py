"""The 简报 in GB/T 9704 geometry (measured with PyMuPDF): 版心 156 × 225 mm under a 37 mm 天头,
“— N —” page numbers 7 mm under it (odd right, even left, one character in), the 版记 at the
foot of the last even page, and no number on a page holding the 版记 alone."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core.info import periodicals
from officedesk.printing import forms

MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 28 * MM, 184 * MM, 37 * MM, (297 - 35) * MM
BODY = ("近日，县林业局组织3个检查组，对全县重点林区开展防火检查，排查隐患12处，已整改10处。"
        "检查组深入林区、村组、农户，逐一排查野外用火、林区施工等隐患，现场督促整改。")


def _spans(page):
    return [(pymupdf.Rect(s["bbox"]), s["text"], s["size"])
            for b in page.get_text("dict")["blocks"] for line in b.get("lines", [])
            for s in line["spans"] if s["text"].strip()]


@pytest.fixture
def pdf(report, advance, admin, fixed_today):
    fixed_today(dt.date(2026, 4, 3))
    items = [advance(report(title=f"县林业局开展第{n}轮森林防火检查", content="\n".join([BODY] * 4)))
             for n in range(5)]
    periodicals.publish(items[0].issue, admin, dt.date(2026, 4, 3))
    return forms.get("info-issue").build([items[0].issue], admin)


def test_text_stays_in_the_type_area_and_pages_are_numbered_as_the_standard_says(pdf):
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        pages = [_spans(page) for page in doc]
    assert len(pages) % 2 == 0  # the 版记 closes an even page
    for number, spans in enumerate(pages, 1):
        numbers = [(r, t) for r, t, _s in spans if t.startswith("—")]
        body = [(r, t, s) for r, t, s in spans if not t.startswith("—")]
        for rect, text, _size in body:
            assert rect.x0 >= LEFT - 0.5 and rect.x1 <= RIGHT + 0.5, text
            assert rect.y0 >= TOP - 0.5 and rect.y1 <= BOTTOM + 0.5, text
        for k, (a, ta, _s) in enumerate(body):  # nothing overlaps
            for b, tb, _t in body[k + 1:]:
                assert (a & b).is_empty or (a & b).height < 1 or (a & b).width < 0.5, (ta, tb)
        holds_only_colophon = any("印发" in t for _r, t, _s in body) and not any(
            "检查" in t for _r, t, _s in body)
        if holds_only_colophon:
            assert not numbers
            continue
        assert [t for _r, t in numbers] == [f"— {number} —"]
        rect = numbers[0][0]
        assert rect.y0 > BOTTOM + 3 * MM  # 7 mm under the 版心 (the span box starts above the dash)
        if number % 2:
            assert RIGHT - 17 < rect.x1 < RIGHT - 14  # 右空一字 (4号)
        else:
            assert LEFT + 14 < rect.x0 < LEFT + 17
    # the body in 3号 (16 pt)
    assert any(abs(s - 16) < 0.1 and "县林业局组织" in t for _r, t, s in pages[0])


def test_the_colophon_names_the_issuing_unit_and_date_at_the_foot_of_the_last_page(pdf):
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        last = doc[-1]
        found = last.search_for("2026年4月3日印发")
        rules = [d["rect"] for d in last.get_drawings() if d["rect"].height < 2]
    assert found and found[0].y1 < BOTTOM + 0.5 and found[0].y1 > BOTTOM - 12 * MM
    assert rules and max(r.y1 for r in rules) == pytest.approx(BOTTOM, abs=1.5)
