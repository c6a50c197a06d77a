"""GB/T 9704-2012 §7.3.5: a 公文 with a sealed joint 署名 (two or three organs, each with its
印章) or a long 附件说明 (entries of two lines each) left ten or more empty lines at the foot of
the page before its 署名: the last 正文 lines, the whole 附件说明 and the 署名 went on to the next
page together. §7.3.5.5 closes what 调整行距 can; §7.3.5.1 sets the first row of seals “上距正文
（或附件说明）一行之内” — the 署名 may stand under the 附件说明's last entry, so a long 附件说明
breaks between entries rather than leave a page's foot empty. The foot of any page before the
署名's is never emptier than the 署名 block there (its blank lines, rows, 成文日期, 附注) and one
line: more, and the block would have fitted. Body lengths are swept so the block falls at every
line of a page. Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from officedesk.printing import fonts
from officedesk.printing.gbt9704 import SIZE_3, DocumentData, render_document, tracking
from officedesk.printing.gbt9704.closing import closing_lines
from tests.printing.page_rows import PITCH, VERSION_BOTTOM, Row, drawn_apart, text_rows

ORGANS = ["中共云岭县委办公室", "云岭县人民政府办公室", "云岭县人力资源和社会保障局"]
# an entry of two lines (the 附件说明's hanging indent leaves 22 characters a line)
ITEM = "云岭县2026年度农村公路建设补助资金分配方案及各乡镇项目实施进度安排明细表第{}部分"
PARAGRAPH = ("各乡镇、县直各单位要按照县委、县政府统一部署，认真组织实施，明确责任分工，"
             "确保各项工作落到实处。")  # two lines
TAIL = "请认真贯彻执行。"  # one line: the block falls on odd lines too
DATE = dt.date(2026, 12, 1)
DATE_TEXT = "2026年12月1日"


def _data(organs: int, items: int, paragraphs: int, tail: bool, note: str = "") -> DocumentData:
    body = [PARAGRAPH] * paragraphs + ([TAIL] if tail else [])
    return DocumentData(
        title="关于做好2026年度农村公路建设补助资金管理工作的通知", organs=ORGANS[:1],
        doc_number="云委办发〔2026〕7号", recipients="各乡镇党委和人民政府，县直各单位：",
        body="\n".join(body), attachments=[ITEM.format(k + 1) for k in range(items)],
        signer_organs=ORGANS[:organs], sealed=True, date=DATE, note=note,
        cc="县人大常委会办公室，县政府办公室", printer_organ=ORGANS[0], print_date=DATE)


def _closing(data: DocumentData) -> int:
    """The lines the 署名 block takes: blank lines over it, its rows, the date, the 附注."""
    fonts.refresh_if_settings_changed()
    track = tracking()
    return closing_lines(data, fonts.font(fonts.FANGSONG), track, SIZE_3 + track, PITCH)


def _rows(pdf) -> list[list[Row]]:
    """Per page, the 3号 rows (of a PDF, or of one document's pages: drawn_apart)."""
    return text_rows(pdf, lambda s: abs(s.size - SIZE_3) < 0.1)


def _feet(pages: list[list[Row]]) -> tuple[list[int], int]:
    """The empty grid lines at the foot of each page before the 署名's (under its last 3号
    row), and that page's index."""
    signed = next(k for k, rows in enumerate(pages) if any(r[3] == DATE_TEXT for r in rows))
    return [math.floor((VERSION_BOTTOM - rows[-1][2]) / PITCH) for rows in pages[:signed]], signed


def _above_signature(pages: list[list[Row]], signed: int) -> str:
    """The 3号 row right above the 署名 block's first row on its page."""
    rows = pages[signed]
    first = next(k for k, r in enumerate(rows) if r[3].startswith(ORGANS[0]) or r[3] == DATE_TEXT)
    return rows[first - 1][3] if first else ""


@pytest.mark.parametrize("items", [0, 1, 3, 5])
@pytest.mark.parametrize("organs", [2, 3])
def test_no_long_empty_foot_before_the_signature(organs, items):
    bad = []
    # 16..38 lines of 正文: one page's every line, twice; the 公文 in one PDF, each on its pages
    cases = [(paragraphs, tail) for paragraphs in range(8, 20) for tail in (False, True)]
    documents = [_data(organs, items, paragraphs, tail) for paragraphs, tail in cases]
    for (paragraphs, tail), data, drawn in zip(cases, documents, drawn_apart(documents),
                                               strict=True):
        pages = _rows(drawn)
        feet, signed = _feet(pages)
        if feet and max(feet) > _closing(data) + 1:
            bad.append((paragraphs, tail, feet))
        # the 署名 stands under text of its own page: 正文 or the 附件说明 (§7.3.5.1)
        above = _above_signature(pages, signed)
        assert above.startswith(("各乡镇", "请认真", "确保", "附件", *"12345")) or (
            "部分" in above or "工作落到实处" in above), (paragraphs, tail, above)
    assert not bad, bad


@pytest.mark.parametrize(("organs", "paragraphs", "entries_before"), [(2, 9, 4), (3, 10, 2)])
def test_a_long_attachment_list_breaks_between_entries_before_the_signature(
        organs, paragraphs, entries_before):
    """Two-line entries and joint seals after 正文 ending near the top of page 2: the list
    starts on page 2 under the 正文 and goes on over the page turn, no entry cut, the 署名
    under the last entry on page 3 — not the list whole on page 3 with the 正文's last lines,
    page 2 left with 13 (two organs, five entries) or 11 (three, three) empty lines. Page 2's
    foot keeps no more than six."""
    items = entries_before + 1
    data = _data(organs, items, paragraphs, False)
    pages = _rows(render_document(data))
    feet, signed = _feet(pages)
    texts = ["".join(r[3] for r in rows) for rows in pages]
    assert signed == 2 and "附件：1." in texts[1] and "工作落到实处。" in texts[1], texts
    for k in range(1, items + 1):  # each entry whole, the last on the 署名's page
        holding = [p for p, t in enumerate(texts) if f"{k}.{ITEM.format(k)}" in t]
        assert holding == [1 if k <= entries_before else 2], (k, texts)
    assert pages[2][0][3].startswith(f"{items}.云岭县"), pages[2]
    assert feet[1] <= 6, feet
