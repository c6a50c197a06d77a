"""An attachment that is the office's own database — the open file, its write-ahead log, a
backup or a copy of it — is refused: its every reader could save it and open every record in
it, the 机密 ones and the unmasked personal data too. Before, `attach 收文 5 office.db` added it
(2.8 MB) to a 非密 收文 that a 公开 clerk may open and save."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from officedesk.core import backups
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import attachments, incoming
from officedesk.core.errors import ValidationError
from officedesk.store.models import Attachment

REFUSED = "是本程序的数据库文件（或其备份、副本），其中有机关的全部记录（含涉密记录和个人信息），不能作附件。"


def _document():
    return incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "关于做好冬季防火工作的通知"},
                            CLI_ACTOR)


def _refused(record, source) -> str:
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachment(incoming.INCOMING, record.id, source, CLI_ACTOR)
    assert not Attachment.select().exists()
    return refused.value.message


def test_the_open_database_is_no_attachment(db, tmp_path):
    record = _document()
    assert REFUSED in _refused(record, db.database)
    wal = tmp_path / "officedesk.db-wal"
    if wal.exists():  # its pages are the records' rows
        assert REFUSED in _refused(record, wal)


def test_a_backup_or_a_copy_is_no_attachment(db, tmp_path):
    record = _document()
    kept = backups.backup(CLI_ACTOR, tmp_path / "备份.db").path
    assert _refused(record, kept) == f"“备份.db”{REFUSED}需要交给他人的，请导出（按对方的密级）后附上导出的表格。"
    copy = tmp_path / "资料.dat"  # renamed: found by what it holds
    shutil.copyfile(kept, copy)
    assert REFUSED in _refused(record, copy)
    assert attachments.source_problem(copy).startswith("“资料.dat”")
    assert list(tmp_path.glob("资料.dat*")) == [copy]  # looked at: no -wal or -shm left beside it


def test_another_programs_sqlite_file_is_attached(db, tmp_path):
    record = _document()
    other = tmp_path / "通讯录.db"
    with sqlite3.connect(other) as connection:
        connection.execute("create table people (name text)")
    connection.close()
    row = attachments.add_attachment(incoming.INCOMING, record.id, other, CLI_ACTOR)
    assert row.filename == "通讯录.db"
