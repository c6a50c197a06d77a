"""The 归档文件目录 (archive_item) edited in the file: the 目录 prints each 件's 档号 and 件号 from
it. An entry is made only by the 归档 step, with the 档号 the step wrote on the record (a row
the audit trail digests), made of the entry's own parts; `check` recomputes it from them
(core.documents.archive_check) and reports an entry that no longer agrees."""

from __future__ import annotations

from officedesk.core import check

from .helpers import archive_it, incoming_to_done, outgoing_to_distributed


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def _filed(secretary) -> None:
    archive_it("incoming", incoming_to_done(secretary), secretary, retention="定期30年")
    archive_it("outgoing", outgoing_to_distributed(secretary), secretary, retention="永久")


def test_an_office_with_filed_documents_checks_clean(any_office, secretary):
    _filed(secretary)
    assert _said() == []


def test_a_piece_number_and_archive_number_edited_in_the_file_are_reported(any_office, secretary):
    _filed(secretary)
    any_office.execute_sql("update archive_item set piece_no = piece_no + 100, "
                           "archive_no = archive_no || 'X' where id = 1")
    said = _said()
    assert any("归档文件目录第 1 条" in s and "-0001X" in s and "-0101" in s and "程序之外" in s
               and "报告管理员" in s for s in said), said
    assert any("归档文件目录第 1 条" in s and "收文第 1 号记录" in s and "-0001”" in s
               for s in said), said


def test_a_piece_number_alone_edited_in_the_file_is_reported(any_office, secretary):
    _filed(secretary)
    any_office.execute_sql("update archive_item set piece_no = 7 where id = 2")
    said = _said()
    assert any("归档文件目录第 2 条" in s and "-0007" in s for s in said), said


def test_an_archive_number_and_its_parts_changed_together_are_reported(any_office, secretary):
    _filed(secretary)
    any_office.execute_sql("update archive_item set piece_no = 9, archive_no = replace(archive_no, "
                           "'-0001', '-0009') where id = 2")
    said = _said()
    assert any("归档文件目录第 2 条" in s and "发文第 1 号记录" in s and "-0009" in s for s in said), said


def test_a_retention_changed_with_its_number_is_reported(any_office, secretary):
    _filed(secretary)
    any_office.execute_sql("update archive_item set retention = 'D10', archive_no = replace(archive_no, "
                           "'-D30-', '-D10-') where id = 1")
    said = _said()
    assert any("归档文件目录第 1 条" in s for s in said), said
