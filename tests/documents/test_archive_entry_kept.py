"""The 归档文件目录 (archive_item) held to its 归档 step: the step's audit entry keeps the entry as
filed, every column (archive.FILED_LABELS), and `check` (core.documents.archive_check) reports a
题名, 文号, 责任者, 日期, 页数, 密级, 归档时间 or 归档人 edited in the file, an entry no 归档 step
made (slipped in, or moved to another record) and one deleted — each naming the entry and its
record. A 密级 changed through the program after filing (the entry's copy follows it) stays
clean; entries filed before the step's entry kept them are judged as before (old offices pass)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, records
from officedesk.core.documents import archive
from officedesk.core.documents.incoming import INCOMING
from officedesk.store.documents import ArchiveItem

from .helpers import archive_it, incoming_to_done, outgoing_to_distributed


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def _filed(secretary):
    first = archive_it("incoming", incoming_to_done(secretary), secretary, retention="定期30年")
    second = archive_it("outgoing", outgoing_to_distributed(secretary), secretary, retention="永久")
    assert _said() == []
    return first, second


def test_filed_documents_and_a_level_raised_since_check_clean(any_office, secretary):
    first, _second = _filed(secretary)
    records.update(INCOMING, first.id, {"密级": "秘密"}, first.version, secretary)
    assert ArchiveItem.get(ArchiveItem.registry == "incoming").secrecy == "秘密"  # it follows
    assert _said() == []


@pytest.mark.parametrize(("column", "value", "words"), [
    ("title", "改过的题名", "题名"), ("doc_ref", "省委办发〔2026〕99号", "文号"),
    ("responsible", "别的机关", "责任者"), ("doc_date", dt.date(2026, 1, 2), "日期"),
    ("pages", 30, "页数"), ("secrecy", "机密", "密级"),
    ("archived_at", dt.datetime(2026, 1, 2, 9, 0), "归档时间"), ("archived_by", "someone", "归档人")])
def test_a_column_edited_in_the_file_is_reported(any_office, secretary, column, value, words):
    _filed(secretary)
    ArchiveItem.update({getattr(ArchiveItem, column): value}).where(ArchiveItem.id == 1).execute()
    said = _said()
    assert any("归档文件目录第 1 条（收文第 1 号记录）" in s and f"的{words}现为" in s
               and "程序之外" in s and "报告管理员" in s for s in said), said


def test_an_entry_deleted_in_the_file_is_reported(any_office, secretary):
    _filed(secretary)
    ArchiveItem.delete().where(ArchiveItem.registry == "outgoing").execute()
    said = _said()
    assert any("发文第 1 号记录已归档" in s and "归档文件目录中却没有它" in s for s in said), said


def test_an_entry_moved_to_another_record_is_reported(any_office, secretary):
    _filed(secretary)
    other = incoming_to_done(secretary, 标题="关于开展冬季消防检查的通知")
    assert _said() == []
    ArchiveItem.update(record_id=other.id).where(ArchiveItem.registry == "incoming").execute()
    said = _said()
    assert any(f"收文第 {other.id} 号记录）没有审计记录为它办理归档" in s for s in said), said
    assert any("收文第 1 号记录已归档" in s and "没有它" in s for s in said), said


def test_an_entry_slipped_in_is_reported(any_office, secretary):
    _filed(secretary)
    other = incoming_to_done(secretary, 标题="关于开展冬季消防检查的通知")
    ArchiveItem.create(registry="incoming", record_id=other.id, archive_no="Z107-WS·2026-Y-BGS-0001",
                       fonds="Z107", year=2026, retention="Y", org_code="BGS", piece_no=1, title="x")
    said = _said()
    assert any(f"收文第 {other.id} 号记录）没有审计记录为它办理归档" in s for s in said), said


def test_entries_filed_before_the_step_kept_them_pass_and_are_still_held(any_office, secretary,
                                                                         monkeypatch):
    with monkeypatch.context() as before:  # as the 归档 step's entry was: 档号 and 状态 only
        before.setattr(archive, "filed_facts", lambda values: {})
        _filed(secretary)
    ArchiveItem.update(pages=30).where(ArchiveItem.id == 1).execute()
    assert _said() == []  # not kept by its entry: not judged
    ArchiveItem.update(archived_by="someone").where(ArchiveItem.id == 1).execute()
    assert any("归档人现为“someone”" in s for s in _said())
    ArchiveItem.update(archived_by="li").where(ArchiveItem.id == 1).execute()
    ArchiveItem.delete().where(ArchiveItem.registry == "outgoing").execute()
    assert any("发文第 1 号记录已归档" in s for s in _said())
