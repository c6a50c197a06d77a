"""The title two blank lines under the red rule (GB/T 9704-2012 §7.3.1) on a page 1 set tighter.
The rule stands 4 mm under the 发文字号 (§7.2.7): on the 22-line grid in the gap between the
number's line and the next, on 24 lines (gap 3.7 mm) 0.3 mm into the next line's top — a line
that holds nothing all the same. The title snapped to the grid line under “two full lines under
the rule” and so dropped a third line: under the (1999) 80 mm 上行文 标志 a one-line 正文 with a
附注, or three 签发人, was refused though 24 lines hold it. Measured with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import ASCENT, SIZE_2, SIZE_3, DocumentData, render_document
from tests.printing.conftest import MM, open_pdf, spans
from tests.printing.page_rows import PITCH

ORGAN = "中共云岭县委办公室"
SIGNERS = ["韦刚", "欧阳明月", "司马相如"]
TITLE = "关于申请追加防汛救灾资金的请示"


def _request(signers: int, note: str = "") -> DocumentData:
    return DocumentData(
        title=TITLE, body="现将有关事项请示如下。", organs=[ORGAN], doc_number="云委办发〔2026〕17号",
        is_upward=True, signers=SIGNERS[:signers], recipients="中共云州市委",
        signer_organs=[ORGAN], date=dt.date(2026, 12, 2), note=note, printer_organ=ORGAN,
        print_date=dt.date(2026, 12, 2))


@pytest.mark.parametrize(("signers", "note"), [(1, "联系人：张三，电话：0871-6512345"), (3, "")],
                         ids=["note", "three-signers"])
def test_an_80mm_head_on_a_tighter_page_one_prints_its_title_two_lines_under_the_rule(
        monkeypatch, signers, note):
    from officedesk.core import settings

    monkeypatch.setitem(settings._cache, "print.upward_mark_offset_mm", 80.0)
    page = open_pdf(render_document(_request(signers, note)))[0]  # refused before
    texts = spans(page)
    body = sorted({round(s.origin_y, 2) for s in texts if abs(s.size - SIZE_3) < 0.1
                   and s.text.startswith(("中共云州市委", "现将", ORGAN, "2026年", "（联系人"))})
    assert len(body) == 4 + bool(note)  # 主送, 正文, 署名, 日期 (and 附注) all on page 1
    pitch = min(b - a for a, b in zip(body, body[1:], strict=False))
    assert pitch == pytest.approx(PITCH * 22 / 24, abs=0.05)  # page 1 set on 24 lines
    rule = next(d["rect"] for d in page.get_drawings()
                if d["color"] and d["color"][0] > 0.8 and d["rect"].width > 150 * MM)
    title = min((s for s in texts if abs(s.size - SIZE_2) < 0.1), key=lambda s: s.origin_y)
    gap = title.origin_y - ASCENT * SIZE_2 - (rule.y0 + rule.y1) / 2
    # two lines of the page's grid, less the rule's reach into the first one; not three
    assert 2 * pitch - 1 * MM <= gap < 2 * pitch, gap / MM
