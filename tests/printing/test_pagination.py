"""Pagination of the 公文 and the forms: the 版记 on the last even page (blank page before it
when needed, neither numbered), headings kept with their text, 回执 and signature blocks kept
together. Measured in the PDFs."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.printing.common import Field, FormDocument
from officedesk.printing.gbt9704 import DocumentData, compose, render_document
from tests.printing.conftest import open_pdf, spans


def _document(lines: int, heading_at: int | None = None) -> DocumentData:
    body = ["测" * 50] * lines  # two lines each
    if heading_at is not None:
        body[heading_at:heading_at] = ["一、总体要求", "（一）工作目标", "目标内容" * 10]
    return DocumentData(
        title="关于测试分页的通知",
        body="\n".join(body),
        organs=["某某县委办公室"],
        doc_number="某委办发〔2026〕7号",
        recipients="各乡镇党委：",
        signer_organs=["某某县委办公室"],
        date=dt.date(2026, 11, 24),
        cc="县人大常委会办公室，县政府办公室。",
        printer_organ="某某县委办公室",
        print_date=dt.date(2026, 11, 24),
    )


def _body_pages(data: DocumentData) -> int:
    composed = compose(data)
    return max(k + 1 for k, p in enumerate(composed.pages)
               if any(t.kind in ("body", "signature", "title") for t in p.texts))


@pytest.fixture(scope="module")
def cases() -> dict[int, list[int]]:
    """Body pages → the line counts (1…74) whose body ends on that page. Composed when these
    tests run, not when the module is collected (74 compositions: seconds in every collection,
    in every pytest-xdist worker, whatever tests were chosen)."""
    found: dict[int, list[int]] = {}
    for n in range(1, 75):
        pages = _body_pages(_document(n))
        if pages <= 6:
            found.setdefault(pages, []).append(n)
    return found


def test_bodies_of_one_to_six_pages_are_covered(cases):
    assert set(cases) == {1, 2, 3, 4, 5, 6}


@pytest.mark.parametrize("body_pages", [1, 2, 3, 4, 5, 6])
def test_colophon_on_the_last_even_page(body_pages, cases):
    # the shortest and the longest body that end on this page: room for the 版记 or none
    for n in {cases[body_pages][0], cases[body_pages][-1]}:
        pdf = open_pdf(render_document(_document(n)))
        total = pdf.page_count
        assert total % 2 == 0, (body_pages, n)
        holders = [k for k in range(total) if "抄送：" in pdf[k].get_text()]
        assert holders == [total - 1]
        for k in range(total):
            page_spans = spans(pdf[k])
            numbers = [s.text for s in page_spans if re.fullmatch(r"— \d+ —", s.text)]
            others = [s for s in page_spans if not re.fullmatch(r"— \d+ —", s.text)]
            has_body = any(abs(s.size - 16) < 0.1 for s in others)
            blank_before = k == total - 1 and not pdf[k - 1].get_text().strip()
            if has_body or (k == total - 1 and not blank_before):
                # a 版记 page right after a body page is numbered
                assert numbers == [f"— {k + 1} —"], (body_pages, n, k)
            else:
                # GB/T 9704 §7.5: 版记页前有空白页的，空白页和版记页均不编排页码
                assert numbers == [], (body_pages, n, k)
                assert all(abs(s.size - 14) < 0.1 for s in others)
        blank = [k for k in range(total) if not pdf[k].get_text().strip()]
        assert all(k == total - 2 for k in blank)  # only ever the page before the 版记


def test_colophon_shares_an_even_page_with_the_body_when_it_fits(cases):
    n = cases[2][0]
    pdf = open_pdf(render_document(_document(n)))
    assert pdf.page_count == 2
    assert "抄送：" in pdf[1].get_text() and "— 2 —" in pdf[1].get_text()


def _own_line_heading(text: str) -> bool:
    return text in ("一、总体要求", "（一）工作目标")


@pytest.mark.parametrize("before", range(0, 24))
def test_headings_never_stand_at_the_foot_of_a_page(before):
    composed = compose(_document(before, heading_at=before))
    for page in composed.pages:
        body = [t for t in page.texts if t.kind == "body"]
        if body:
            assert not _own_line_heading(body[-1].line.text), before
    # and the first-level heading has its second-level heading under it on the same page
    for page in composed.pages:
        texts = [t.line.text for t in page.texts]
        if "一、总体要求" in texts:
            assert "（一）工作目标" in texts


def test_a_receipt_with_its_cut_line_stays_together():
    for filler in range(10, 40):
        form = FormDocument(title="督查催办通知单", footer="第{page}页 共{pages}页")
        for _ in range(filler):
            form.text("根据督查工作安排，下列督查事项已超过办理时限。")

        def receipt(form=form):
            form.spacer(4)
            form.text("- - - - （沿此线剪下）- - - -", align="center")
            form.text("督查催办回执", align="center")
            form.grid([[Field("被催办单位", "县财政局"), Field("签收人", "")],
                       [Field("办理情况", "", span=2, height=22)]])

        form.keep_together(receipt)
        pdf = open_pdf(form.render())
        cut = [k for k in range(pdf.page_count) if "沿此线剪下" in pdf[k].get_text()]
        box = [k for k in range(pdf.page_count) if "办理情况" in pdf[k].get_text()]
        assert cut == box, filler


def test_a_signature_block_is_not_split():
    form = FormDocument(title="测试")
    while form.room() > 12:
        form.text("正文内容。")

    def signature():
        form.text("中共某某县委办公室", align="right")
        form.text("2026年11月24日", align="right")

    form.keep_together(signature)
    pdf = open_pdf(form.render())
    page = [k for k in range(pdf.page_count) if "中共某某县委办公室" in pdf[k].get_text()]
    assert page == [k for k in range(pdf.page_count) if "2026年11月24日" in pdf[k].get_text()]
