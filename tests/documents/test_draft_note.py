"""The 发文稿纸 shows the 附注 the printed 公文 carries: the 签发人 signs what will be printed."""

from __future__ import annotations

import pymupdf

from officedesk.core.documents import outgoing
from officedesk.printing import forms

from .helpers import outgoing_to_rechecked

NOTE = "联系人：张三，电话：0871-12345678"


def _text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "".join("".join(page.get_text().split()) for page in pdf)


def test_the_draft_shows_the_note_as_the_document_prints_it(office, secretary):
    record = outgoing_to_rechecked(secretary, 附注=NOTE)
    record = outgoing.assign_number(record.id, record.version, secretary)
    document = _text(forms.get("document").build([record.id], secretary))
    draft = _text(forms.get("outgoing-draft").build([record.id], secretary))
    assert f"（{NOTE}）" in document
    assert f"（{NOTE}）" in draft
    # after the 正文, where the 公文 prints it, not before
    assert draft.index(f"（{NOTE}）") > draft.index("正文")


def test_a_draft_without_a_note_has_none(office, secretary):
    record = outgoing_to_rechecked(secretary)
    assert "联系人" not in _text(forms.get("outgoing-draft").build([record.id], secretary))
