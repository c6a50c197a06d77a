"""What may happen to a document's 附件, in core (the window's 附件 buttons and `attach` both
call it): a 发文's annexes are part of the draft that is signed, so they change only while the
draft may (拟稿中) — not after its 核稿, 签发, 印制 or 核发; a 收文's are its 来文 scans, kept
once it is 归档 or 作废."""

from __future__ import annotations

import pytest

from officedesk.core import lifecycle
from officedesk.core.actor import Actor
from officedesk.core.documents import attachments, incoming, outgoing
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.models import Attachment

from .helpers import archive_it, incoming_to_done, outgoing_to_distributed, outgoing_to_signed

CLERK = Actor(username="zhou", role="clerk", clearance=1, display_name="周科员")


def _file(folder, name="附件1.pdf"):
    source = folder / name
    source.write_bytes(b"%PDF-1.4 " + name.encode())
    return source


def _names(registry, record, actor):
    return [a.filename for a in attachments.attachments(registry, record.id, actor)]


def test_a_draft_takes_and_gives_up_annexes(office, secretary, tmp_path):
    draft = outgoing.draft({"标题": "关于做好冬季防火工作的通知", "文种": "通知", "拟稿单位": "秘书科",
                            "拟稿人": "陈晓", "主送": "各县（市、区）委办公室", "正文": "请做好防火工作。"},
                           secretary)
    row = attachments.add_attachment(outgoing.OUTGOING, draft.id, _file(tmp_path), CLERK)
    attachments.remove_attachment(outgoing.OUTGOING, row.id, CLERK)
    assert _names("outgoing", draft, CLERK) == []


@pytest.mark.parametrize("walk", [outgoing_to_signed, outgoing_to_distributed])
def test_a_signed_document_s_annexes_stay_as_signed(office, secretary, tmp_path, walk):
    record = walk(secretary)
    # an annex attached while it was drafted (the helper walks the draft on at once: its row as
    # the 拟稿 would have left it)
    kept = Attachment.create(registry="outgoing", record_id=record.id, filename="检查表.pdf",
                             stored_name="x.pdf", sha256="0" * 64, size=1,
                             added_at=record.created_at, added_by=secretary.username)
    with pytest.raises(ProcedureError, match="附件"):
        attachments.add_attachment(outgoing.OUTGOING, record.id, _file(tmp_path, "新附件.pdf"), CLERK)
    with pytest.raises(ProcedureError, match="附件"):
        attachments.remove_attachment(outgoing.OUTGOING, kept.id, CLERK)
    assert _names("outgoing", record, CLERK) == ["检查表.pdf"]


def test_an_archived_incoming_keeps_its_scans(office, secretary, tmp_path):
    doc = incoming_to_done(secretary)
    row = attachments.add_attachment(incoming.INCOMING, doc.id, _file(tmp_path, "来文.pdf"), CLERK)
    doc = incoming.INCOMING.model.get_by_id(doc.id)
    filed = archive_it("incoming", doc, secretary)
    with pytest.raises(ProcedureError, match="已归档"):
        attachments.remove_attachment(incoming.INCOMING, row.id, CLERK)
    with pytest.raises(ProcedureError, match="已归档"):
        attachments.add_attachment(incoming.INCOMING, filed.id, _file(tmp_path, "另一件.pdf"), CLERK)
    assert _names("incoming", filed, CLERK) == ["来文.pdf"]


def test_a_voided_incoming_keeps_its_scans(office, secretary, tmp_path):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "误登记的来文"}, secretary)
    row = attachments.add_attachment(incoming.INCOMING, doc.id, _file(tmp_path, "来文.pdf"), CLERK)
    voided = lifecycle.void_record("incoming", doc.id, secretary, "重复登记")
    with pytest.raises(ProcedureError, match="已作废"):
        attachments.remove_attachment(incoming.INCOMING, row.id, CLERK)
    assert _names("incoming", voided, CLERK) == ["来文.pdf"]


def test_an_open_incoming_takes_and_gives_up_scans(office, secretary, tmp_path):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "关于冬季防火的通知"}, secretary)
    row = attachments.add_attachment(incoming.INCOMING, doc.id, _file(tmp_path), CLERK)
    attachments.remove_attachment(incoming.INCOMING, row.id, CLERK)  # the wrong file, taken off
    assert _names("incoming", doc, CLERK) == []


def test_an_empty_file_is_refused_as_no_attachment(office, secretary, tmp_path):
    """A 0-byte file (a scan or download never finished) was kept as a 附件 of 0 字节: refused,
    saying why and what to do, and nothing is added."""
    draft = outgoing.draft({"标题": "关于做好冬季防火工作的通知", "文种": "通知", "拟稿单位": "秘书科",
                            "拟稿人": "陈晓", "主送": "各县（市、区）委办公室", "正文": "请做好防火工作。"},
                           secretary)
    empty = tmp_path / "扫描件.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachment(outgoing.OUTGOING, draft.id, empty, CLERK)
    assert refused.value.message == ("附件“扫描件.pdf”是空文件（0 字节），没有内容：可能没有保存完或扫描失败。"
                                     "请打开检查，换成有内容的文件再添加。")
    assert _names("outgoing", draft, CLERK) == []
