"""An attachment of a document above the reader's clearance is answered as an attachment that
is not there. Refused with the hidden document's own words (没有找到记录号（id）为 N 的收文记录),
trying attachment numbers told which hidden documents exist and carry files, and their ids."""

from __future__ import annotations

import pytest

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import attachments, incoming
from officedesk.core.errors import NotFoundError

CLERK = Actor(username="zhou", role="clerk", clearance=1, display_name="周科员")


def test_a_hidden_document_s_attachment_is_answered_as_none(db, tmp_path):
    settings.put("org.code", "某委办")
    secret = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "涉密的通知", "密级": "机密"},
                              CLI_ACTOR)
    source = tmp_path / "附件1.pdf"
    source.write_bytes(b"%PDF-1.4 scan")
    row = attachments.add_attachment(incoming.INCOMING, secret.id, source, CLI_ACTOR)
    attempts = {
        "open": lambda i: attachments.open_attachment(incoming.INCOMING, i, CLERK),
        "save": lambda i: attachments.save_attachment_as(incoming.INCOMING, i, CLERK, tmp_path / "copy.pdf"),
        "remove": lambda i: attachments.remove_attachment(incoming.INCOMING, i, CLERK),
    }
    for name, attempt in attempts.items():
        told = []
        for attachment_id in (row.id, row.id + 1000):  # the hidden document's, and none
            with pytest.raises(NotFoundError) as refused:
                attempt(attachment_id)
            told.append(str(refused.value))
        assert told[0] == told[1], (name, told)
    assert not (tmp_path / "copy.pdf").exists()
    assert [a.filename for a in attachments.attachments("incoming", secret.id, CLI_ACTOR)] == ["附件1.pdf"]
