"""A grid row taller than a whole page (a 信访 of 3,000 characters in the 交办单's 反映内容) is
broken over pages — each part a box down to the page's foot, its label repeated with “（续）”
— not drawn on one page past the paper's edge, where the end of the letter was lost. Measured
with PyMuPDF: every line stands above the footer's band and the whole text is in the PDF."""

from __future__ import annotations

import re

from officedesk.printing.common import FormDocument
from officedesk.printing.form_boxes import Field, grid
from tests.printing.conftest import open_pdf, spans

LETTER = "".join(
    f"第{k}段：本人系云岭县畲族乡村民，反映宅基地确权登记中四至界址与邻户存在争议，请求依法调处。"
    for k in range(1, 70)
)


def _form() -> tuple[FormDocument, bytes]:
    doc = FormDocument(title="信访事项交办单", footer="第{page}页 共{pages}页")
    grid(doc, [[Field("登记日期", "2026年9月22日"), Field("信访形式", "来信")],
               [Field("反映内容", LETTER, span=2)],
               [Field("诉求", "要求依法调处。", span=2)]])
    return doc, doc.render()


def test_a_row_taller_than_a_page_is_broken_over_pages():
    assert len(LETTER) > 3000
    doc, pdf = _form()
    text = ""
    with open_pdf(pdf) as pages:
        count = len(pages)
        assert count >= 3
        for page in pages:
            foot = page.rect.height - doc.bottom + 3  # the body's foot (a glyph's box: +3 pt)
            for span in spans(page):
                if span.text.startswith("第") and "页 共" in span.text:
                    continue  # the footer itself
                assert span.bottom <= foot, (page.number, span.text)
                assert span.top >= 0 and span.x1 <= page.rect.width
            text += page.get_text()
        flat = "".join(text.split())
    assert flat.count("反映内容（续）") >= 2 and count >= 3
    letter = re.sub(r"反映内容（续）|第\d+页共\d+页", "", flat)  # labels and footers out
    assert LETTER in letter and letter.index("诉求") > letter.index(LETTER)


def test_the_first_part_starts_under_the_rows_before_it():
    """The row begins on the first page, under the 登记日期 row, not on a page of its own."""
    _, pdf = _form()
    with open_pdf(pdf) as pages:
        first = "".join(pages[0].get_text().split())
    assert "反映内容" in first and "第1段" in first
