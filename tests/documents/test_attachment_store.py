"""A document's attached files live in the database: a backup, another workstation of a shared
database and a new computer have them; a program attached to a 来文 is never started from the
window; `check` names a file missing or changed."""

from __future__ import annotations

import json
import shutil

import pytest

from officedesk import paths
from officedesk.core import backups, check
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import attachments, incoming
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.store import attachment_files
from officedesk.store.models import Attachment, AttachmentContent, AuditEntry

SCAN = b"%PDF-1.4 the scanned letter " + bytes(range(256))


def _document(actor):
    return incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "关于做好冬季防火工作的通知"}, actor)


def _attach(record, actor, folder, name="附件1.pdf", content=SCAN):
    source = folder / name
    source.write_bytes(content)
    row = attachments.add_attachment(incoming.INCOMING, record.id, source, actor)
    source.unlink()  # the clerk's scan is gone from the desktop: the program keeps the file
    return row


def test_another_workstation_opens_a_file_added_on_this_one(any_office, secretary, tmp_path, monkeypatch):
    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)
    # the same (shared) database, another computer: its own data folder, empty
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "workstation-2"))
    opened = attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    assert opened.read_bytes() == SCAN and opened.name == "附件1.pdf"
    assert str(opened).startswith(str(tmp_path / "workstation-2"))


def test_a_backup_restored_on_a_new_computer_has_the_files(office, secretary, tmp_path, monkeypatch):
    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)
    copy = backups.backup(CLI_ACTOR, tmp_path / "备份.db").path
    AttachmentContent.delete().execute()  # the disk of the office's computer is lost
    shutil.rmtree(paths.data_dir() / "attachments", ignore_errors=True)
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "new-computer"))
    backups.restore(CLI_ACTOR, copy)
    opened = attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    assert opened.read_bytes() == SCAN


def test_the_same_file_twice_is_kept_once(office, secretary, tmp_path):
    record = _document(secretary)
    _attach(record, secretary, tmp_path, "附件1.pdf")
    _attach(record, secretary, tmp_path, "附件1（又一份）.pdf")
    assert AttachmentContent.select().count() == 1
    assert [a.filename for a in attachments.attachments("incoming", record.id, secretary)] == [
        "附件1.pdf", "附件1（又一份）.pdf"]


@pytest.mark.parametrize("name", ["安装程序.exe", "通知.pdf.exe", "说明.JS", "快捷方式.lnk", "run.sh",
                                  "通知.pdf .exe. "])
def test_a_program_or_script_is_not_started_but_can_be_saved(office, secretary, tmp_path, name):
    record = _document(secretary)
    row = _attach(record, secretary, tmp_path, name.strip().rstrip("."), b"MZ\x90\x00 not a document")
    with pytest.raises(ValidationError, match="可执行程序或脚本.*另存为"):
        attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    saved = attachments.save_attachment_as(incoming.INCOMING, row.id, secretary, tmp_path / "隔离.bin")
    assert saved.read_bytes() == b"MZ\x90\x00 not a document"
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (last.action, last.actor, last.record_id) == ("save_copy", "li", record.id)


def test_documents_open_and_names_are_made_safe_for_any_file_system(office, secretary, tmp_path):
    record = _document(secretary)
    row = _attach(record, secretary, tmp_path, "报告.pdf")
    Attachment.update(filename='第1号:关于"防火"?.pdf').where(Attachment.id == row.id).execute()
    opened = attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    assert opened.name == "第1号_关于_防火__.pdf" and opened.read_bytes() == SCAN


def test_a_file_above_the_limit_is_refused_saying_what_to_do(office, secretary, tmp_path, monkeypatch):
    monkeypatch.setattr(attachments, "MAX_BYTES", 1024 * 1024)
    record = _document(secretary)
    big = tmp_path / "扫描件.pdf"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(ValidationError, match=r"3 MB.*1 MB 的上限.*压缩"):
        attachments.add_attachment(incoming.INCOMING, record.id, big, secretary)
    assert Attachment.select().count() == 0 and AttachmentContent.select().count() == 0


def test_a_reader_above_the_documents_secrecy_gets_nothing(office, secretary, reader_only, tmp_path):
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "涉密的通知", "密级": "机密"},
                              secretary)
    row = _attach(record, secretary, tmp_path)
    for attempt in (lambda: attachments.open_attachment(incoming.INCOMING, row.id, reader_only),
                    lambda: attachments.save_attachment_as(incoming.INCOMING, row.id, reader_only,
                                                           tmp_path / "copy.pdf")):
        with pytest.raises(Exception, match="密级|权限|没有找到"):
            attempt()
    assert not (tmp_path / "copy.pdf").exists()


def test_an_older_computers_file_is_moved_in(office, secretary, tmp_path):
    """Before schema 30 the bytes lay only in the data folder of the computer that added them."""
    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)
    AttachmentContent.delete().execute()
    old = attachment_files.local_file(row)
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(SCAN)
    assert attachment_files.adopt_local_files() == 1  # as the migration does
    AttachmentContent.delete().execute()
    # or the first time that computer opens it
    assert attachments.open_attachment(incoming.INCOMING, row.id, secretary).read_bytes() == SCAN
    assert AttachmentContent.select().count() == 1
    old.write_bytes(b"changed on disk")  # a changed old copy is not taken in
    AttachmentContent.delete().execute()
    assert attachment_files.adopt_local_files() == 0


def test_check_names_a_missing_or_changed_file_by_record_not_by_name(office, secretary, tmp_path):
    record = _document(secretary)
    kept = _attach(record, secretary, tmp_path, "涉密名单.pdf", b"one")
    other = _attach(record, secretary, tmp_path, "另一份.pdf", b"two")
    assert check.check_attachments() == []
    AttachmentContent.delete().where(AttachmentContent.sha256 == kept.sha256).execute()
    AttachmentContent.update(content=b"tampered").where(AttachmentContent.sha256 == other.sha256).execute()
    found = [str(p) for p in check.run_checks(update_anchor=False) if p.kind == "attachments"]
    assert len(found) == 2
    assert f"收文 id {record.id}" in found[0] and "不在数据库中" in found[0]
    assert f"附件号 {other.id}" in found[1] and "校验值不符" in found[1]
    assert not any("涉密名单" in text or "另一份" in text for text in found)
    with pytest.raises(ValidationError, match="校验值不符"):
        attachments.open_attachment(incoming.INCOMING, other.id, secretary)


def test_the_command_line_adds_lists_saves_and_removes_as_the_window(office, secretary, tmp_path, capsys):
    from officedesk import cli

    record = _document(secretary)
    other = _document(secretary)
    base = ["--db", str(tmp_path / "officedesk.db"), "attach", "incoming"]
    scan = tmp_path / "来文扫描件.pdf"
    scan.write_bytes(SCAN)
    assert cli.main([*base, str(record.id), str(scan)]) == 0
    assert "附件号 1" in capsys.readouterr().out
    assert cli.main([*base, str(record.id), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["id"], a["filename"], a["size"]) for a in listed] == [(1, "来文扫描件.pdf", len(SCAN))]
    copy = tmp_path / "copy.pdf"
    assert cli.main([*base, str(record.id), "--save", "1", "-o", str(copy)]) == 0
    assert copy.read_bytes() == SCAN
    # a 附件号 of another record is refused, not acted on
    assert cli.main([*base, str(other.id), "--remove", "1"]) == 2
    assert "不是收文" in capsys.readouterr().err
    assert cli.main([*base, str(record.id), "--remove", "1"]) == 0
    assert attachments.attachments("incoming", record.id, secretary) == []
    assert cli.main([*base, str(record.id), str(tmp_path / "没有这个文件.pdf")]) == 1
    assert "找不到附件文件" in capsys.readouterr().err


def test_a_copy_the_trail_could_not_record_is_not_left_behind(office, secretary, tmp_path, monkeypatch):
    from officedesk.core import audit
    from officedesk.core.errors import DatabaseError

    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)

    def locked(*args, **kwargs):
        raise DatabaseError("数据库正被其他程序占用")

    monkeypatch.setattr(audit, "record", locked)
    with pytest.raises(DatabaseError):
        attachments.save_attachment_as(incoming.INCOMING, row.id, secretary, tmp_path / "copy.pdf")
    assert not (tmp_path / "copy.pdf").exists()


def test_a_copy_is_never_saved_over_the_open_database(office, secretary, tmp_path):
    """另存为 wrote the attachment wherever it was told: over the office's own database file it
    destroyed the office's data."""
    from officedesk.store.proxy import database

    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)
    with pytest.raises(ValidationError, match="正在使用的数据库文件"):
        attachments.save_attachment_as(incoming.INCOMING, row.id, secretary, database.obj.database)
    assert incoming.INCOMING.model.select().count() == 1  # the office still reads
    assert not AuditEntry.select().where(AuditEntry.action == "save_copy").exists()


def test_a_folder_is_said_to_be_one(office, secretary, tmp_path):
    record = _document(secretary)
    with pytest.raises(ValidationError, match="是文件夹，请选择其中的一个文件"):
        attachments.add_attachment(incoming.INCOMING, record.id, tmp_path, secretary)


def _full_after_half(monkeypatch):
    """Every file written gets half its bytes, then the disk is full (ENOSPC)."""
    import errno
    from pathlib import Path

    real = Path.write_bytes

    def half_then_full(self, data):
        real(self, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", half_then_full)


def test_a_copy_cut_short_by_a_full_disk_leaves_the_earlier_file_and_says_it_in_chinese(
        office, secretary, tmp_path, monkeypatch):
    """另存为 on a full disk left half the attachment at the target (over the file that was
    there) and said the system's English: “[Errno 28] No space left on device”."""
    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "copy.pdf"
    target.write_bytes(b"the clerk's earlier copy")
    _full_after_half(monkeypatch)
    with pytest.raises(OfficeDeskError) as refused:
        attachments.save_attachment_as(incoming.INCOMING, row.id, secretary, target)
    message = str(refused.value)
    assert "磁盘空间不足" in message and str(target) in message
    assert "Errno" not in message and "No space" not in message
    monkeypatch.undo()
    assert target.read_bytes() == b"the clerk's earlier copy"
    assert [path.name for path in folder.iterdir()] == ["copy.pdf"]  # no half-written file beside
    assert not AuditEntry.select().where(AuditEntry.action == "save_copy").exists()


def test_a_copy_to_a_folder_or_a_missing_folder_is_said_in_chinese_or_made(office, secretary, tmp_path):
    """A folder as the target, or one whose folder does not exist, said “[Errno 21] Is a
    directory” / “[Errno 2] No such file or directory”; a PDF printed there makes its folder."""
    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)
    with pytest.raises(ValidationError) as refused:
        attachments.save_attachment_as(incoming.INCOMING, row.id, secretary, tmp_path)
    assert "是文件夹" in str(refused.value) and "Errno" not in str(refused.value)
    target = tmp_path / "新建的文件夹" / "copy.pdf"
    assert attachments.save_attachment_as(incoming.INCOMING, row.id, secretary, target) == target
    assert target.read_bytes() == SCAN


def test_a_pipe_is_not_said_to_be_missing(office, secretary, tmp_path):
    """A named pipe (or a device) given as the file was “找不到附件文件”: it is there, and not a
    file to keep."""
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    record = _document(secretary)
    pipe = tmp_path / "scan.pdf"
    os.mkfifo(pipe)
    with pytest.raises(ValidationError, match="不是普通文件（是设备或管道）"):
        attachments.add_attachment(incoming.INCOMING, record.id, pipe, secretary)


def test_several_files_with_one_missing_add_none(office, secretary, tmp_path, capsys):
    """`attach incoming 7 a.pdf b.pdf` with b.pdf mistyped added a.pdf and then refused: run
    again with the name put right, it added a.pdf a second time."""
    from officedesk import cli

    record = _document(secretary)
    scan = tmp_path / "来文扫描件.pdf"
    scan.write_bytes(SCAN)
    base = ["--db", str(tmp_path / "officedesk.db"), "attach", "incoming", str(record.id)]
    assert cli.main([*base, str(scan), str(tmp_path / "没有这个文件.pdf"), str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "找不到附件文件" in err and "是文件夹" in err and "没有添加任何附件" in err
    assert attachments.attachments("incoming", record.id, secretary) == []


def test_opening_on_a_full_disk_says_it_in_chinese_and_leaves_no_half_copy(
        office, secretary, tmp_path, monkeypatch):
    """打开 an attachment when the disk is full: the copy for the viewer was cut short and left in
    `opened/` (half of a document the viewer would show as damaged, on the workstation), and
    the first opening of all — `opened/` itself not made — raised the bare OSError, which the
    window's crash handler calls 程序出错, a defect."""
    import errno
    from pathlib import Path

    record = _document(secretary)
    row = _attach(record, secretary, tmp_path)
    opened = paths.data_dir() / "opened"
    with monkeypatch.context() as patched:
        _full_after_half(patched)
        with pytest.raises(OfficeDeskError, match="磁盘空间不足"):
            attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    assert opened.is_dir()
    assert [p for p in opened.rglob("*") if p.is_file()] == []  # no half copy waits there
    shutil.rmtree(opened)

    real_mkdir = Path.mkdir

    def full(self, *args, **kwargs):
        if self.name == "opened":
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real_mkdir(self, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(Path, "mkdir", full)
        with pytest.raises(OfficeDeskError, match="磁盘空间不足"):
            attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    assert attachments.open_attachment(incoming.INCOMING, row.id, secretary).read_bytes() == SCAN
