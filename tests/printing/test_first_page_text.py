"""GB/T 9704 §7.3.3: the first page shows 正文. A 上行文's first page (标志 80 mm down where an office keeps it, 签发人,
a long title) leaves little room: the lines carried on with the 署名 never take all of its 正文,
and the blank line under the title goes rather than the 主送 and the 正文's opening.
§7.3.6: a 附注 of several lines stands whole on the page of the 成文日期."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing.gbt9704 import DocumentData, compose, render_document
from tests.printing.conftest import open_pdf


@pytest.fixture(autouse=True)
def _crowded_upward_head(monkeypatch):
    """The most crowded first page of a 上行文: an office keeping the 1999 standard's 80 mm
    标志 (its setting; GB/T 9704-2012 puts it at 35 mm)."""
    from officedesk.core import settings

    monkeypatch.setitem(settings._cache, "print.upward_mark_offset_mm", 80.0)

RECIPIENT = "中共云岭市委办公室"
SHORT_TITLE = "关于申请拨付2026年度防汛抗旱专项经费的请示"
LONG_TITLE = "关于" + "申请拨付专项经费" * 9 + "的请示"  # five lines
TWO_LINES = "为做好防汛抗旱工作，特申请专项经费50万元。妥否，请批示。"
ONE_LINE = "为做好防汛抗旱工作，特申请专项经费50万元。"


def _request(title: str, body: str, note: str = "") -> DocumentData:
    return DocumentData(
        title=title, body=body, organs=["中共云岭县委办公室"], doc_number="云委办发〔2026〕17号",
        signers=["李国强"], is_upward=True, recipients=RECIPIENT,
        signer_organs=["中共云岭县委办公室"], date=dt.date(2026, 12, 1), note=note,
        printer_organ="中共云岭县委办公室", print_date=dt.date(2026, 12, 1))


def _kinds(page) -> list[tuple[str, str]]:
    return [(t.kind, t.line.text) for t in page.texts if t.kind != "page-number"]


def _text_lines(page) -> list[str]:
    """The 正文's lines on a page (the 主送 is none)."""
    return [text for kind, text in _kinds(page)
            if kind == "body" and not text.startswith(RECIPIENT)]


@pytest.mark.parametrize("title, body", [
    (SHORT_TITLE, TWO_LINES),  # the reviewer's 请示: all of it was carried to page 2
    (LONG_TITLE, TWO_LINES),   # the 主送 did not fit with its first line under the blank
], ids=["request", "long-title"])
def test_page_one_keeps_the_recipient_and_the_opening_of_the_text(title, body):
    pages = compose(_request(title, body)).pages
    first = _kinds(pages[0])
    assert ("body", RECIPIENT + "：") in first
    assert _text_lines(pages[0]), first


def test_a_one_line_text_under_a_long_title_is_refused_not_signed_on_a_page_alone():
    """The one line stays on page 1 (§7.3.3), and no room is left under it for the 署名: it
    stood alone on page 2 — a page §7.3.5 leaves no place for (test_signature_page)."""
    with pytest.raises(ValidationError) as refused:
        compose(_request(LONG_TITLE, ONE_LINE))
    assert "第7.3.5条" in str(refused.value) and "请把标题缩短到" in str(refused.value)


def test_the_signature_goes_on_with_the_last_line_not_with_the_whole_text():
    pages = compose(_request(SHORT_TITLE, TWO_LINES)).pages
    signed = next(p for p in pages if any(t.kind == "signature" for t in p.texts))
    assert signed is not pages[0]
    assert len(_text_lines(pages[0])) == 1
    assert len(_text_lines(signed)) == 1  # the 署名 never stands alone


def test_measured_in_the_pdf_page_one_holds_the_text():
    doc = open_pdf(render_document(_request(SHORT_TITLE, TWO_LINES)))
    first = doc[0].get_text()
    assert RECIPIENT + "：" in first
    assert "为做好防汛抗旱工作" in first
    assert "批示。" in doc[1].get_text()


def test_the_title_keeps_its_blank_line_when_there_is_room():
    pages = compose(_request(SHORT_TITLE, TWO_LINES)).pages
    texts = pages[0].texts
    title = [t for t in texts if t.kind == "title"][-1]
    recipient = next(t for t in texts if t.line.text == RECIPIENT + "：")
    pitch, ascent = 28.94, 0.88  # line tops two lines apart: one blank line between
    top = title.baseline + ascent * 22, recipient.baseline + ascent * 16
    assert top[0] - top[1] == pytest.approx(2 * pitch, abs=0.1)


@pytest.mark.parametrize("lines", range(1, 24))
def test_a_two_line_note_stands_whole_on_the_page_of_the_date(lines):
    note = "联系人：张晓燕，联系电话：0887-3194452，传真：0887-3194453，电子邮箱：ylxwb@example.cn"
    data = _request(SHORT_TITLE, "\n".join(["测" * 50] * lines), note=note)
    pages = compose(data).pages
    dated = [k for k, p in enumerate(pages)
             if any(t.kind == "signature" and t.line.text == "2026年12月1日" for t in p.texts)]
    noted = [k for k, p in enumerate(pages) if any(t.kind == "note" for t in p.texts)]
    assert sum(t.kind == "note" for p in pages for t in p.texts) == 2
    assert noted == dated
