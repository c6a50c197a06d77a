"""GB/T 9704 §7.3.5.5 (特殊情况说明): when the room left cannot hold the 印章 and the 成文日期,
the page is set with a tighter 行距 rather than leave them alone on the next page; §7.3.3: the
first page shows 正文, so a first page that the 主送 and the 正文's opening would leave is set
tighter too. One line more on that page's grid, then two (``TIGHT_LINES_MAX``: 24 lines, a pitch
of 22/24 of the setting's); beyond that the layout stays as it was (a 署名 that would then stand
alone on its page is refused: test_signature_page). Measured in the PDF with PyMuPDF: text
positions per page."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing.gbt9704 import (
    BODY_BOTTOM,
    BODY_TOP,
    LINES_PER_PAGE,
    SIZE_3,
    SIZE_4,
    DocumentData,
    compose,
    render_document,
)
from officedesk.printing.gbt9704.geometry import TIGHT_LINES_MAX
from tests.printing.conftest import open_pdf, spans
from tests.printing.page_rows import PITCH, VERSION_BOTTOM, VERSION_TOP, Row, text_rows


@pytest.fixture(autouse=True)
def _crowded_upward_head(monkeypatch):
    """The most crowded first page of a 上行文: an office keeping the 1999 standard's 80 mm
    标志 (its setting; GB/T 9704-2012 puts it at 35 mm)."""
    from officedesk.core import settings

    monkeypatch.setitem(settings._cache, "print.upward_mark_offset_mm", 80.0)

TIGHTEST = PITCH * LINES_PER_PAGE / TIGHT_LINES_MAX  # 26.53 pt

ORGAN = "云岭县人民政府办公室"
FIVE_LINES = "关于印发《云岭县" + "农村公路建设补助资金" * 5 + "管理办法》的通知"
NOTE = "联系人：张晓燕，联系电话：0887-3194452"


def _issued(**extra) -> DocumentData:
    """A 发文 (下行文) with a five-line title and a one-line 正文."""
    values = dict(
        title=FIVE_LINES, body="现将《管理办法》印发给你们，请认真贯彻执行。", organs=[ORGAN],
        doc_number="云政办发〔2026〕7号", recipients="各乡镇人民政府，县政府各部门",
        signer_organs=[ORGAN], date=dt.date(2026, 12, 1), note=NOTE,
        cc="县委办公室，县人大常委会办公室", printer_organ=ORGAN, print_date=dt.date(2026, 12, 1))
    values.update(extra)
    return DocumentData(**values)


JOINT = ["中共云岭县委办公室", "云岭县人民政府办公室", "云岭县财政局"]


def _joint_request(signers: int = 3, organs: list[str] = JOINT, title: str = "") -> DocumentData:
    """A joint 请示 (上行文, 标志 80 mm down, three organs, rows of 签发人) whose title ends on
    page 1's last line."""
    return DocumentData(
        title=title or "关于农村公路建设补助资金的请示",
        body="为加快农村公路建设，现申请补助资金。\n妥否，请批示。", organs=organs,
        doc_number="云委办发〔2026〕18号", signers=[f"签发人{k}" for k in range(signers)],
        is_upward=True, recipients="中共云州市委", signer_organs=organs,
        date=dt.date(2026, 12, 1), printer_organ=JOINT[0], print_date=dt.date(2026, 12, 1))


def _rows(pdf: bytes) -> list[list[Row]]:
    """Per page, the rows of text top to bottom: (baseline, top, bottom, text, size); page numbers
    (under the 版心) left out."""
    return text_rows(pdf, lambda s: s.top <= VERSION_BOTTOM)


def _page_of(pages, text: str) -> int:
    return next(k for k, rows in enumerate(pages) if any(text in row[3] for row in rows))


def _gaps(rows, first: str) -> list[float]:
    """Baseline distances between neighbouring 3号 rows from the one that starts ``first``."""
    start = next(k for k, row in enumerate(rows) if row[3].startswith(first))
    ys = [row[0] for row in rows[start:] if abs(row[4] - SIZE_3) < 0.1]
    return [round(b - a, 2) for a, b in zip(ys, ys[1:], strict=False)]


def _check_page(rows) -> None:
    """Nothing overlaps and nothing leaves the 版心 on a page."""
    for (_, _, bottom, a, _), (_, top, _, b, _) in zip(rows, rows[1:], strict=False):
        assert top >= bottom - 0.5, (a, b)
    for _, top, bottom, text, _ in rows:
        assert top >= VERSION_TOP - 0.5 and bottom <= VERSION_BOTTOM + 0.5, text


def _page_numbers(pdf: bytes) -> list[str | None]:
    out = []
    for page in open_pdf(pdf):
        found = [s.text.strip() for s in spans(page)
                 if s.top > VERSION_BOTTOM and abs(s.size - SIZE_4) < 0.1]
        out.append(found[0] if found else None)
    return out


@pytest.mark.parametrize("extra", [{}, {"note": "", "recipients": "各乡镇人民政府，县政府各部门，"
                                         "县直各单位，各人民团体，驻县各单位"}],
                         ids=["note", "two-line-recipient"])
def test_the_signature_stays_with_the_one_line_text_under_a_five_line_title(extra):
    """Defect (a): the 署名 and 成文日期 (and the 附注) stood alone on page 2."""
    pdf = render_document(_issued(**extra))
    pages = _rows(pdf)
    assert _page_of(pages, "贯彻执行") == 0
    signed = [k for k, rows in enumerate(pages) for row in rows if row[3] == "2026年12月1日"]
    assert signed == [0], pages
    if extra.get("note", NOTE):
        assert _page_of(pages, "联系人") == 0
    for rows in pages:
        _check_page(rows)
    # page 1 is set on 23 lines: its 3号 lines are 22/23 of a pitch apart, no tighter than 24
    gaps = _gaps(pages[0], "各乡镇")  # 主送, 正文, (blank,) 署名, 成文日期, 附注
    assert gaps and all(g >= TIGHTEST - 0.05 for g in gaps), gaps
    assert min(gaps) < PITCH - 1, gaps
    # the 版记 on the bottom of the last (even) page, right after the body's page 1 — no
    # blank page before it, so it is numbered (GB/T 9704 §7.5)
    assert len(pages) == 2
    assert pages[1][-1][3].endswith("印发") and pages[1][-1][2] > VERSION_BOTTOM - 20
    assert _page_numbers(pdf) == ["— 1 —", "— 2 —"]


def test_the_joint_request_keeps_its_recipient_and_first_line_on_page_one():
    """Defect (b): the title ended on page 1's last line, the 主送 started page 2 and page 1
    held no 正文 (§7.3.3)."""
    pdf = render_document(_joint_request())
    pages = _rows(pdf)
    assert _page_of(pages, "中共云州市委：") == 0
    assert _page_of(pages, "为加快农村公路建设") == 0
    assert _page_of(pages, "妥否") == 1
    for rows in pages:
        _check_page(rows)
    recipient = next(row for row in pages[0] if row[3] == "中共云州市委：")
    first = next(row for row in pages[0] if row[3].startswith("为加快"))
    assert TIGHTEST - 0.05 <= first[0] - recipient[0] < PITCH - 1
    # page 2 on its own 22-line grid: its first line in the 版心's first line
    assert pages[1][0][3] == "妥否，请批示。"
    assert pages[1][0][0] == pytest.approx(VERSION_TOP + 0.88 * SIZE_3, abs=0.1)


def test_beyond_the_bound_the_layout_falls_back():
    """Thirteen 签发人 (seven rows) under a 标志 of one organ: page 1 would need more than 24
    lines; it keeps its 22 and the 主送 starts page 2 with the 正文 (the 主送 never ends a
    page)."""
    pdf = render_document(_joint_request(signers=13, organs=JOINT[:1]))
    pages = _rows(pdf)
    assert _page_of(pages, "中共云州市委：") == _page_of(pages, "为加快农村公路建设") == 1
    for rows in pages:
        _check_page(rows)


def test_a_joint_head_beyond_the_bound_prints_the_lead_organ_alone():
    """Five 签发人 under three organs: with every organ's name page 1 would need more than 24
    lines (the 主送 went to page 2); the 标志 of the 主办机关 alone leaves the 主送 and the 正文
    on page 1 (GB/T 9704-2012 §7.2.4, test_lead_organ_head)."""
    pdf = render_document(_joint_request(signers=5))
    pages = _rows(pdf)
    assert _page_of(pages, "中共云州市委：") == _page_of(pages, "为加快农村公路建设") == 0
    assert not any(JOINT[1] in row[3] for row in pages[0])
    for rows in pages:
        _check_page(rows)


@pytest.mark.parametrize("upward", [False, True])
@pytest.mark.parametrize("note", ["", NOTE])
def test_no_page_is_set_tighter_than_the_bound_nor_runs_out_of_the_version(upward, note):
    """Titles of one to nine lines over one to three lines of 正文: wherever a page was set
    tighter, its lines (their tops) stay 22/24 of a pitch apart at least and inside the
    版心 (the longest titles, refused, excepted)."""
    for words in range(0, 80, 8):
        for body in range(1, 4):
            data = _issued(title="关于" + "农村公路建设补助资金" * (words // 8) + "的通知",
                           body="\n".join(["测" * 20] * body), note=note, is_upward=upward,
                           signers=["李国强"] if upward else [])
            try:
                composed = compose(data)
            except ValidationError as refused:
                # a title too long for page 1 is refused (test_gbt9704_title); so is a one-line
                # 正文 under the 上行文's 80 mm 标志 that leaves its 署名 no room on page 1
                # (it would stand alone on page 2: test_signature_page)
                assert words >= 48 or body == 1 and "第7.3.5条" in str(refused), words
                continue
            for page in composed.pages:
                lines = sorted({round(t.baseline + 0.88 * t.line.runs[0].size, 2)
                                for t in page.texts
                                if t.kind in ("body", "signature", "note", "title")},
                               reverse=True)
                assert all(a - b >= TIGHTEST - 0.05 for a, b in zip(lines, lines[1:],
                                                                   strict=False)), lines
                assert all(BODY_BOTTOM + SIZE_3 <= y <= BODY_TOP + 0.01 for y in lines), lines
