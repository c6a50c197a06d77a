"""A 公文's attachments (the attachment rows: name, stored name, checksum, size, who added it and
when) are in its row digest (core.sub_rows, a later generation). One renamed, given another
file's checksum, deleted, slipped in or moved to another document in the file shows in `check` as
its 收文 / 发文 changed — before, `check` said 数据库完好 —; the bytes themselves are held to
their checksum (an attachment whose file changed, or whose file is gone, is named). Adding and
removing attachments leave the office clean; an entry made before attachments were digested is
compared as it was written (old offices pass)."""

from __future__ import annotations

import pytest

from officedesk.core import check, sub_rows
from officedesk.core.documents import attachments, incoming, outgoing
from officedesk.store.models import Attachment, AttachmentContent
from tests.tamper import assert_checks_clean, last_digest, record_said, tables_before_newest

SCAN = b"%PDF-1.4 the scanned letter " + bytes(range(256))
OTHER = b"%PDF-1.4 another letter"




def _document(actor, title="关于做好冬季防火工作的通知"):
    return incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": title}, actor)


def _attach(spec, record_id, actor, folder, name="附件1.pdf", content=SCAN):
    source = folder / name
    source.write_bytes(content)
    return attachments.add_attachment(spec, record_id, source, actor)


@pytest.fixture
def attached(office, secretary, tmp_path):
    """收文 1 with two attachments (the second another file), 收文 2 with none."""
    record = _document(secretary)
    _attach(incoming.INCOMING, record.id, secretary, tmp_path)
    _attach(incoming.INCOMING, record.id, secretary, tmp_path, "附件2.pdf", OTHER)
    _document(secretary, "关于做好春季防火工作的通知")
    assert_checks_clean()
    return record


EDITS = {
    "file name": "update attachment set filename = '任免名单.pdf' where id = 1",
    "stored name": "update attachment set stored_name = 'x.pdf' where id = 1",
    "another file's checksum": "update attachment set sha256 = (select sha256 from attachment where id = 2),"
                               " size = (select size from attachment where id = 2) where id = 1",
    "size": "update attachment set size = size + 1 where id = 1",
    "added by": "update attachment set added_by = 'someone' where id = 1",
    "added at": "update attachment set added_at = '2026-11-01 08:00:00' where id = 1",
    "deleted": "delete from attachment where id = 2",
    "inserted": "insert into attachment (registry, record_id, filename, stored_name, sha256, size, added_at,"
                " added_by) select registry, record_id, '附件3.pdf', stored_name, sha256, size, added_at, added_by"
                " from attachment where id = 1",
}


@pytest.mark.parametrize("change", list(EDITS))
def test_an_attachment_changed_in_the_file_names_its_document(attached, change):
    attached._meta.database.execute_sql(EDITS[change])
    said = record_said("收文", 1)
    assert said and "内容与审计记录" in said[0] and "程序之外" in said[0], said
    assert not record_said("收文", 2)


def test_an_attachment_moved_to_another_document_names_both(attached):
    Attachment.update(record_id=2).where(Attachment.id == 1).execute()
    assert record_said("收文", 1) and record_said("收文", 2)
    Attachment.update(record_id=1, registry="outgoing").where(Attachment.id == 1).execute()
    assert record_said("收文", 1) and not record_said("收文", 2)


def test_an_attached_file_changed_or_swapped_is_named(attached):
    """The bytes are held to the checksum the row (digested) keeps: changed in place, the file
    reads as changed; replaced with its checksum made to match, the row's file is not there."""
    content = AttachmentContent.get(AttachmentContent.id == 1)
    AttachmentContent.update(content=b"%PDF-1.4 forged").where(AttachmentContent.id == 1).execute()
    problems = [p.message for p in check.run_checks(update_anchor=False)]
    assert problems == ["收文 id 1 的一个附件（附件号 1）的文件已被改动（校验值不符）。"]
    forged = b"%PDF-1.4 forged"
    from officedesk.store.attachment_files import digest_of

    AttachmentContent.update(content=forged, sha256=digest_of(forged)).where(AttachmentContent.id == 1).execute()
    problems = [p.message for p in check.run_checks(update_anchor=False)]
    assert len(problems) == 1 and "附件号 1）的文件不在数据库中" in problems[0]
    AttachmentContent.update(content=content.content, sha256=content.sha256).where(AttachmentContent.id == 1).execute()
    assert_checks_clean()


def test_adding_and_removing_leave_the_office_clean(office, secretary, leader, tmp_path):
    record = _document(secretary)
    for name in ("附件1.pdf", "附件2.pdf"):
        _attach(incoming.INCOMING, record.id, secretary, tmp_path, name)
        assert sub_rows.generation_of(last_digest("incoming", record.id)) == sub_rows.newest("incoming_doc")
        assert_checks_clean()
    first = Attachment.select().order_by(Attachment.id).first()
    attachments.remove_attachment(incoming.INCOMING, first.id, secretary)
    assert_checks_clean()
    draft = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                            "拟稿人": "张科员"}, secretary)
    _attach(outgoing.OUTGOING, draft.id, secretary, tmp_path, "附件.docx", OTHER)
    assert_checks_clean()
    Attachment.update(filename="改了.docx").where(Attachment.registry == "outgoing").execute()
    assert record_said("发文", draft.id) and not record_said("收文", record.id)


def test_an_office_from_before_passes_and_is_covered_from_the_next_change(office, secretary, tmp_path,
                                                                         monkeypatch):
    record = _document(secretary)
    with monkeypatch.context() as before:  # as the program wrote entries before: no attachments
        before.setattr(sub_rows, "_TABLES", tables_before_newest())
        _attach(incoming.INCOMING, record.id, secretary, tmp_path)
    assert sub_rows.generation_of(last_digest("incoming", record.id)) < sub_rows.newest("incoming_doc")
    assert_checks_clean()
    Attachment.update(filename="改了.pdf").execute()
    assert_checks_clean()  # not seen: its last entry did not cover them
    _attach(incoming.INCOMING, record.id, secretary, tmp_path, "附件2.pdf", OTHER)
    assert sub_rows.generation_of(last_digest("incoming", record.id)) == sub_rows.newest("incoming_doc")
    assert_checks_clean()  # the renamed one as it stood at this entry
    Attachment.update(filename="又改了.pdf").where(Attachment.id == 1).execute()
    assert record_said("收文", record.id)


def test_an_attachment_edited_shows_on_either_database(any_office, secretary, tmp_path):
    record = _document(secretary)
    _attach(incoming.INCOMING, record.id, secretary, tmp_path)
    assert_checks_clean()
    Attachment.update(filename="任免名单.pdf").execute()
    assert record_said("收文", record.id)
