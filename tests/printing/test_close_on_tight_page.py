"""GB/T 9704-2012 §7.3.5.5: when the room left under the 正文 cannot hold the 印章 and the 成文日期,
调整行距、字距 — the page is set tighter (up to 24 lines). probe56: a short 正文 ending in “一、…”
and its line, with a 附件说明 and a 附注, sent the heading and its line to page 2 with the 署名
(the last two 正文 lines carried with it), page 1 left five or six lines short though set on
24 lines it held them all. Lines are carried on with the 署名 only when no spacing makes room.
Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import SIZE_3, DocumentData, render_document
from tests.printing.page_rows import PITCH, VERSION_BOTTOM, VERSION_TOP, text_rows

ORGAN = "中共云岭县委办公室"
DATE = "2026年12月1日"


def _data(opening: int, attachments: list[str], note: str = "此件公开发布") -> DocumentData:
    return DocumentData(
        title="关于农村公路建设补助资金的通知",
        body="\n".join(["测" * opening, "一、工作要求", "测" * 20]), organs=[ORGAN],
        doc_number="云委办发〔2026〕7号", recipients="各乡镇党委，县直各单位",
        signer_organs=[ORGAN], date=dt.date(2026, 12, 1), note=note, attachments=attachments,
        cc="县人大常委会办公室，县政府办公室", printer_organ=ORGAN,
        print_date=dt.date(2026, 12, 1))


def _pages(pdf: bytes) -> list[list[tuple[float, float, float, str, float]]]:
    return text_rows(pdf, lambda s: abs(s.size - SIZE_3) < 0.1)


def _page_of(pages, text: str) -> int:
    return next(k for k, rows in enumerate(pages) if any(row[3].startswith(text) for row in rows))


@pytest.mark.parametrize(("opening", "attachments"), [
    (30, ["云岭县机关事务管理办法"]),  # 附件说明 and 附注: page 1 was left six lines short
    (56, []),  # 附注 alone: five lines short
], ids=["attachment-note", "note"])
def test_the_heading_and_its_line_stay_on_page_one_set_tighter(opening, attachments):
    pages = _pages(render_document(_data(opening, attachments)))
    assert _page_of(pages, "一、工作要求") == 0, pages
    assert _page_of(pages, DATE) == _page_of(pages, "（此件公开发布）") == 0, pages
    if attachments:
        assert _page_of(pages, "附件：") == 0
    rows = pages[0]
    heading = next(k for k, row in enumerate(rows) if row[3] == "一、工作要求")
    # set tighter, never closer than 24 lines to the 版心; the heading with its line under it
    gaps = [b[0] - a[0] for a, b in zip(rows, rows[1:], strict=False)]
    assert min(gaps) >= PITCH * 22 / 24 - 0.05, gaps
    assert rows[heading + 1][3].startswith("测")
    assert rows[heading + 1][0] - rows[heading][0] == pytest.approx(min(gaps), abs=0.05)
    for (_, _, bottom, a, _), (_, top, _, b, _) in zip(rows, rows[1:], strict=False):
        assert top >= bottom - 0.5, (a, b)  # nothing overlaps
    for _, top, bottom, text, _ in rows:
        assert top >= VERSION_TOP - 0.5 and bottom <= VERSION_BOTTOM + 0.5, text


def test_beyond_what_spacing_can_make_room_for_the_last_lines_go_on_with_the_signature():
    """Two 附件说明 entries more than 24 lines hold: the heading and its line go on with the
    附件说明 and the 署名 (they are 正文 on the 署名's page, §7.3.5), page 1 on its 22 lines."""
    pages = _pages(render_document(_data(56, ["云岭县机关事务管理办法", "云岭县公文处理实施细则"])))
    assert _page_of(pages, "一、工作要求") == _page_of(pages, DATE) == 1, pages
    assert pages[1][0][3] == "一、工作要求"
    gaps = [b[0] - a[0] for a, b in zip(pages[0], pages[0][1:], strict=False)]
    assert min(gaps) == pytest.approx(PITCH, abs=0.05)
