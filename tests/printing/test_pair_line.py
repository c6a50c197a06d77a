"""A line with text flush left and other text flush right (编发单位 … 日期 on the 简报's masthead,
催办单位 … 催办日期, a 信访 转送单's 单位 … 信访编号): a left text too long to stand beside the right
one ran over it and off the page (a joint 编发单位 over the date). It is wrapped between words
onto the lines below, the right text kept whole on the first."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from officedesk.printing import fonts
from officedesk.printing.common import FormDocument
from officedesk.printing.gbt9704 import SIZE_3
from tests.printing.conftest import open_pdf, spans

LONG = "中共云岭县纪律检查委员会、云岭县监察委员会、中共云岭县委办公室、云岭县人民政府办公室"


@pytest.mark.parametrize("left", [LONG, "中共云岭县委办公室"])
def test_the_left_text_never_runs_over_the_right_one(left):
    doc = FormDocument("测试")
    doc.pair_line(left, "2026年3月12日", size=SIZE_3, role=fonts.FANGSONG)
    doc.text("下一段正文。")
    page = open_pdf(doc.render())[0]
    found = spans(page)
    date = next(s for s in found if "2026年3月12日" in s.text)
    after = next(s for s in found if s.text.startswith("下一段"))
    lefts = [s for s in found if s is not date and date.top - 1 <= s.top < after.top]
    assert "".join(s.text for s in lefts).replace(" ", "") == left
    width = page.rect.width
    for s in lefts + [date]:
        assert s.x1 <= width - 20 * mm + 0.5, s  # inside the right margin
    first = [s for s in lefts if abs(s.origin_y - date.origin_y) < 1]
    assert first and all(s.x1 < date.x0 for s in first)  # beside the date, not over it
    assert after.top >= max(s.bottom for s in lefts) - 0.5  # what follows starts below it
