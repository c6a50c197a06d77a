"""The 联合发文机关 are part of what the 签发人 signed (reviewer papers12): changed after 签发 the
公文 would go out in the name of organs nobody signed for. They are draft content, locked with
the 标题 and 主送; and the 发文稿纸 the 签发人 signs shows them."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.core import records
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from tests.documents.helpers import outgoing_to_rechecked


def test_the_joint_organs_are_not_changed_after_signing(office, secretary):
    record = outgoing_to_rechecked(secretary, 联合发文机关="某某市人民政府办公室")
    with pytest.raises(ProcedureError):
        records.update(OUTGOING, record.id, {"联合发文机关": "某某市财政局"}, record.version, secretary)
    assert OUTGOING.model.get_by_id(record.id).joint_organs == "某某市人民政府办公室"


def test_the_draft_paper_shows_the_joint_organs(office, secretary):
    record = outgoing_to_rechecked(secretary, 联合发文机关="某某市人民政府办公室、某某市应急管理局")
    with pymupdf.open(stream=forms.get("outgoing-draft").build([record.id], secretary)) as pdf:
        text = "".join(page.get_text() for page in pdf).replace("\n", "")
    assert "某某市人民政府办公室" in text and "某某市应急管理局" in text
