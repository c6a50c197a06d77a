"""The 署名 of a 联合行文 stays inside the 版心 (GB/T 9704 §5.2.2, §7.3.5.1) when the page it
goes on to already holds a long 附件说明: the 附件说明 carried on with it must leave room for
it, or the rows of seals run under the 版心 onto the page number. Measured with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import BODY_TOP, PAGE_HEIGHT, DocumentData, render_document
from tests.printing.conftest import MM, open_pdf, spans

ORGANS = ["中共某某省某某市委员会办公室", "某某省某某市人民政府办公室",
          "中国人民政治协商会议某某市委员会办公室"]
ITEM = "关于2026年度全市经济社会发展主要预期目标及重点任务分解落实方案的详细说明材料第{}部分"


@pytest.mark.parametrize("body_lines", [200, 150, 180])
def test_joint_signature_after_a_long_attachment_list_stays_in_the_block(body_lines):
    data = DocumentData(
        title="关于做好全市经济社会发展主要预期目标分解落实工作的通知", organs=ORGANS,
        doc_number="某委办发〔2026〕9号", recipients="各区县党委和人民政府：",
        body="一、总体要求\n（一）" + "正文内容" * 60 + "\n2. 测试段落" + "文字" * (body_lines // 2),
        attachments=[ITEM.format(k) for k in range(1, 10)], signer_organs=ORGANS,
        date=dt.date(2028, 2, 29), printer_organ=ORGANS[0], print_date=dt.date(2026, 12, 31))
    doc = open_pdf(render_document(data))
    bottom = (PAGE_HEIGHT - BODY_TOP) + 225 * MM  # the 版心's bottom edge, from the top
    for number, page in enumerate(doc, 1):
        for span in spans(page):
            if span.text.startswith("—"):
                continue  # the page number stands under the 版心
            assert span.bottom <= bottom + 0.5, (number, span.text, span.bottom / MM)
    signed = [k for k, page in enumerate(doc) if any("2028年2月29日" in s.text for s in spans(page))]
    assert signed


def _gaps_before_continuation(pdf: bytes) -> list[float]:
    """For each page whose 3号 text goes on to the next page, the free lines between its last
    row and the 版心's bottom."""
    from officedesk.printing.gbt9704 import SIZE_3
    from tests.printing.page_rows import PITCH, VERSION_BOTTOM, text_rows

    pages = text_rows(pdf, lambda s: abs(s.size - SIZE_3) < 0.1)
    return [(VERSION_BOTTOM - rows[-1][2]) / PITCH
            for rows, after in zip(pages, pages[1:], strict=False) if rows and after]


@pytest.mark.parametrize("organs", [ORGANS[:1], ORGANS[:2]])
def test_a_list_that_cannot_stand_whole_with_the_signature_leaves_no_half_empty_page(organs):
    """Nine two-line 附件 entries and the 署名 do not fit one page: carrying the list whole to
    the next page (with the 正文's last lines) only for its last entry to go on again with the
    署名 left most of a page empty in the middle of the 正文."""
    data = DocumentData(
        title="关于做好全市经济社会发展主要预期目标分解落实工作的通知", organs=organs,
        doc_number="某委办发〔2026〕9号", recipients="各区县党委和人民政府：",
        body="一、总体要求\n" + "正文内容" * 30 + "\n（一）第一项\n" + "文字" * 80,
        attachments=[ITEM.format(k) for k in range(1, 10)], signer_organs=organs,
        date=dt.date(2028, 2, 29), printer_organ=ORGANS[0], print_date=dt.date(2026, 12, 31))
    gaps = _gaps_before_continuation(render_document(data))
    assert gaps and max(gaps) < 4, gaps



def test_a_long_paragraph_opening_with_a_heading_number_is_no_heading_chain():
    """GB/T 9704 §7.3.3 首页必须显示正文: a （一） paragraph of nine lines with no full stop was
    taken for a heading of its own line, so the 主送 waited for all of it (a heading goes with
    the text under it) and page 1 printed the title alone, the 主送 and 正文 on page 2."""
    from officedesk.printing.gbt9704 import SIZE_3

    data = DocumentData(
        title="关于做好元旦工作的通知", organs=ORGANS[:1], doc_number="某委办发〔2026〕9号",
        copy_number="000001", secret_level="机密", urgency="特急",
        recipients="各区县党委和人民政府，市委各部委，市级国家机关各部门，各人民团体，各高等院校，"
                   "中央和省属驻市各单位，市属各国有企业，各开发区党工委、管委会：",
        body="一、总体要求\n（一）" + "正文内容" * 60, signer_organs=ORGANS[:1],
        date=dt.date(2028, 2, 29), printer_organ=ORGANS[0], print_date=dt.date(2026, 12, 31))
    first = open_pdf(render_document(data))[0]
    texts = spans(first)
    title_bottom = max(s.bottom for s in texts if s.size > 20 and not s.is_red)
    body = [s.text for s in texts if abs(s.size - SIZE_3) < 0.1 and s.top > title_bottom]
    assert any(t.startswith("各区县") for t in body), [s.text for s in texts]
    assert any(t.startswith("一、") for t in body), [s.text for s in texts]
