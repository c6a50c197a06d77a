"""The papers of a voided 收文/发文 (README, 作废: "its number is recorded as voided, is never
issued again"): the 公文 is refused as 已作废 (not as unsigned), and every paper that may still
be printed for the file — 发文稿纸, 收文处理笺, 传阅单, 催办单 — says on every page that it and
its number were voided, with the 作废 date and reason, its number still printed as recorded."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.core import lifecycle
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from tests.documents.helpers import BODY, incoming_to_done, outgoing_to_rechecked


def _pages(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf) as doc:
        return ["".join(page.get_text().split()) for page in doc]


def _stamps(pdf: bytes) -> list[tuple[float, float]]:
    """Where “已作废” stands on each page (x0, y0 in points from the top left), the first one."""
    out = []
    with pymupdf.open(stream=pdf) as doc:
        for page in doc:
            hits = page.search_for("已作废")
            assert hits, f"page {page.number + 1} carries no 已作废"
            out.append((hits[0].x0, hits[0].y0))
    return out


def _numbered(actor, **overrides):
    record = outgoing_to_rechecked(actor, **overrides)
    record = outgoing.assign_number(record.id, record.version, actor)
    return outgoing.mark_printed(record.id, record.version, actor)


def test_a_voided_document_is_refused_as_voided_and_offers_its_draft(office, secretary):
    record = _numbered(secretary, 密级="机密")
    lifecycle.void_record("outgoing", record.id, secretary, "误编号")
    forms.load_all()
    with pytest.raises(ProcedureError) as refused:
        forms.get("document").build([record.id], secretary)
    said = str(refused.value)
    assert "已作废" in said and "尚未签发" not in said
    assert record.doc_no in said and "发文稿纸" in said


def test_the_draft_of_a_voided_document_says_so_on_every_page(office, secretary):
    record = _numbered(secretary, 密级="机密", 正文="\n".join([BODY] * 4))
    lifecycle.void_record("outgoing", record.id, secretary, "误编号，文件不再印发")
    forms.load_all()
    pdf = forms.get("outgoing-draft").build([record.id], secretary)
    pages = _pages(pdf)
    assert len(pages) >= 2
    stamps = _stamps(pdf)
    # the stamp: top right of every page, opposite the 密级, above the form
    width = pymupdf.open(stream=pdf)[0].rect.width
    assert all(x > width / 2 and y < 90 for x, y in stamps)
    first = pages[0]
    assert "2026年11月16日" in first and "误编号，文件不再印发" in first
    assert record.doc_no in first  # the number as recorded, marked voided with it
    assert f"{record.doc_no}（已作废）" in first


def test_a_live_draft_carries_no_void_mark(office, secretary):
    record = _numbered(secretary)
    forms.load_all()
    pages = _pages(forms.get("outgoing-draft").build([record.id], secretary))
    assert not any("作废" in page for page in pages)


@pytest.mark.parametrize("name", ["incoming-slip", "circulation", "incoming-reminder"])
def test_the_papers_of_a_voided_incoming_say_so(office, secretary, name):
    record = incoming_to_done(secretary, 密级="秘密")
    forms.load_all()
    assert not any("作废" in p for p in _pages(forms.get(name).build([record.id], secretary)))
    lifecycle.void_record("incoming", record.id, secretary, "同一文件登记了两次")
    pdf = forms.get(name).build([record.id], secretary)
    pages = _pages(pdf)
    assert len(_stamps(pdf)) == len(pages)
    assert "同一文件登记了两次" in pages[0] and "2026年11月16日" in pages[0]
    assert record.receive_no in pages[0]
