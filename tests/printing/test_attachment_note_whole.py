"""GB/T 9704 §7.3.4 (附件说明) with §7.3.5.5 (the 署名 never alone): the 附件说明 is kept whole on
one page and is no 正文 for the rule that the 署名's page holds 正文 — when the 署名 goes on to
the next page the last 正文 line(s) go with the 附件说明 and the 署名. Reviewer's D5: (a) page 2
held only the 附件说明 and the 署名 (the 附件说明 was carried as if it were 正文); (b) “附件：1．…”
ended page 1 and “2．…” started page 2. Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from officedesk.printing.gbt9704 import (
    SIZE_3,
    SIZE_4,
    DocumentData,
    compose,
    render_document,
)
from officedesk.printing.gbt9704.title import forget_titles
from tests.printing.conftest import open_pdf, spans
from tests.printing.page_rows import PITCH, VERSION_BOTTOM, VERSION_TOP, Row, text_rows

COMPOSE = importlib.import_module("officedesk.printing.gbt9704.compose")  # not gbt9704.compose()
ORGAN = "中共云岭县委办公室"
ITEMS = ["云岭县机关事务管理办法", "云岭县公文处理实施细则"]


def _data(title_words: int, body_lines: int, note: str = "此件公开发布", **extra) -> DocumentData:
    values = dict(
        title="关于" + "农村公路建设补助资金" * title_words + "的通知",
        body="\n".join(f"{k + 1}．" + "测" * 24 for k in range(body_lines)), organs=[ORGAN],
        doc_number="云委办发〔2026〕7号", recipients="各乡镇党委，县直各单位",
        signer_organs=[ORGAN], date=dt.date(2026, 12, 1), note=note, attachments=ITEMS,
        cc="县人大常委会办公室，县政府办公室", printer_organ=ORGAN,
        print_date=dt.date(2026, 12, 1))
    values.update(extra)
    return DocumentData(**values)


def _rows(pdf: bytes) -> list[list[Row]]:
    """Per page, the 3号 rows top to bottom: (baseline, top, bottom, text, size)."""
    return text_rows(pdf, lambda s: abs(s.size - SIZE_3) < 0.1)


def _page_of(pages, text: str) -> int:
    return next(k for k, rows in enumerate(pages) if any(row[3].startswith(text) for row in rows))


def _check(pdf: bytes, body_lines: int) -> list:
    pages = _rows(pdf)
    signed = _page_of(pages, "2026年12月1日")
    # the 附件说明 whole, on the page of the 署名, one blank line under the last 正文 line there
    assert _page_of(pages, "附件：1.") == _page_of(pages, "2.云岭县") == signed, pages
    assert _page_of(pages, f"{body_lines}．") == signed, pages
    rows = pages[signed]
    last = next(row for row in rows if row[3].startswith(f"{body_lines}．"))
    label = next(row for row in rows if row[3].startswith("附件：1."))
    # one blank line between them: two lines of the page's grid (22, or up to 24 when tighter)
    assert 2 * PITCH * 22 / 24 - 0.2 <= label[0] - last[0] <= 2 * PITCH + 0.2
    for page_rows in pages:  # nothing overlaps, all inside the 版心
        for (_, _, bottom, a, _), (_, top, _, b, _) in zip(page_rows, page_rows[1:], strict=False):
            assert top >= bottom - 0.5, (a, b)
        for _, top, bottom, text, _ in page_rows:
            assert top >= VERSION_TOP - 0.5 and bottom <= VERSION_BOTTOM + 0.5, text
    return pages


def test_a_last_text_line_goes_on_with_the_attachment_note_and_the_signature():
    """(a) Page 1 ended on the last 正文 line, page 2 held only the 附件说明, 署名, 日期, 附注.
    (Under a title of three lines: under one, page 1 set on 23 lines holds them all, §7.3.5.5.)"""
    pdf = render_document(_data(3, 2))
    pages = _check(pdf, 2)
    assert [row[3][:2] for row in pages[0]][-1] == "1．"  # page 1 keeps the first 正文 line
    assert pages[1][0][3].startswith("2．")  # page 2 opens with the carried 正文 line
    assert pages[1][0][0] == pytest.approx(VERSION_TOP + 0.88 * SIZE_3, abs=0.1)
    numbers = [[s.text.strip() for s in spans(p) if s.top > VERSION_BOTTOM
                and abs(s.size - SIZE_4) < 0.1] for p in open_pdf(pdf)]
    assert numbers == [["— 1 —"], ["— 2 —"]]


def test_the_attachment_note_is_not_cut_in_half():
    """(b) “附件：1．…” ended page 1 and “2．…” started page 2."""
    _check(render_document(_data(0, 6)), 6)


@pytest.mark.parametrize("note", ["", "此件公开发布"])
@pytest.mark.parametrize("sealed", [False, True])
def test_every_page_turn_keeps_the_attachment_note_whole_with_text_and_signature(
        note, sealed, monkeypatch):
    """Titles of one to twelve lines over 1–15 lines of 正文: the 附件说明 on one page, that of
    the 署名, and that page holds a 正文 line (the 主送 is none) — but where page 1 holds a
    single 正文 line, which it keeps (§7.3.3), and even 24 lines could not hold the 署名 too."""
    # a title's lines kept over its 15 bodies (compose forgets them before each document, the
    # office's terms and faces perhaps changed since: not here): breaking the title into lines
    # was three quarters of each of the 180 compositions
    monkeypatch.setattr(COMPOSE, "forget_titles", lambda: None)
    forget_titles()
    carried = 0
    for words in range(0, 12):
        for lines in range(1, 16):
            composed = compose(_data(words, lines, note=note, sealed=sealed))
            texts = [[t.line.text for t in page.texts] for page in composed.pages]
            signed = next(k for k, page in enumerate(composed.pages)
                          if any(t.kind == "signature" for t in page.texts))
            holding = {k for k, page in enumerate(texts) for text in page
                       if text.startswith(("附件：", "2.云岭县"))}
            assert holding == {signed}, (words, lines, texts)
            if not any(text.startswith(f"{lines}．") for text in texts[signed]):
                assert lines == 1 and signed == 1, (words, lines, texts)
            elif signed and not any(text.startswith("1．") for text in texts[signed]):
                carried += 1  # the 署名 on page 2 with the last 正文 line(s) carried
    assert carried > 20


def test_a_page_of_one_text_line_is_set_tighter_to_hold_the_attachment_note_and_signature():
    """Three title lines over one 正文 line: page 1 cannot give its only 正文 line away, so it is
    set on 23 lines and holds the 附件说明 and the 署名 (they stood on page 2 without 正文)."""
    pdf = render_document(_data(3, 1, note=""))
    pages = _check(pdf, 1)
    assert _page_of(pages, "2026年12月1日") == 0
    ys = [row[0] for row in pages[0][pages[0].index(next(
        row for row in pages[0] if row[3].startswith("各乡镇"))):]]
    gaps = [round(b - a, 2) for a, b in zip(ys, ys[1:], strict=False)]
    assert min(gaps) == pytest.approx(PITCH * 22 / 23, abs=0.05), gaps
