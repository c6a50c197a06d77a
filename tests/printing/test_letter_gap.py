"""信函格式 (GB/T 9704 §10.1): the first element under the red double rule (份号, 密级 or the
发文字号) stands 7/8 of a 3号 character (14 pt, 4.94 mm) under its thin line — not where the
22-line grid would put it (7 mm)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import DocumentData, render_document
from tests.printing.conftest import MM, open_pdf, spans

ASCENT = 0.88  # the em box's top above the baseline


@pytest.mark.parametrize("corner", [{}, {"copy_number": "1", "secret_level": "机密",
                                         "secret_period": "10年", "urgency": "特急"}])
def test_the_first_element_stands_seven_eighths_of_a_character_under_the_rule(corner):
    data = DocumentData(title="关于商请支持的函", body="正文。", organs=["中共云岭县委办公室"],
                        doc_number="云委办函〔2026〕3号", recipients="县财政局",
                        signer_organs=["中共云岭县委办公室"], date=dt.date(2026, 12, 1),
                        variant="letter", **corner)
    page = open_pdf(render_document(data))[0]
    # the thin line of the upper double rule: the second red rule from the top
    lines = [(d["rect"].y0, d.get("width") or 0) for d in page.get_drawings()
             if d.get("color") and d["color"][0] > 0.8 and d["color"][1] < 0.2]
    thin_y, thin_w = sorted(lines)[1]
    assert thin_w == pytest.approx(0.35 * MM, abs=0.05)
    thin_bottom = thin_y + thin_w / 2
    black = [s for s in spans(page) if s.color == 0]
    first = min(black, key=lambda s: s.origin_y)
    em_top = first.origin_y - ASCENT * first.size
    assert (em_top - thin_bottom) / MM == pytest.approx(7 / 8 * 16 / MM, abs=0.2)
    assert first.text in ("云委办函〔2026〕3号", "000001")
