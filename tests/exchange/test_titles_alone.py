"""A sheet with the column titles alone (a template sent back unfilled, rows typed on another
sheet) was reported 已导入 0 条 — as if it had been done. Said: nothing below the titles,
nothing imported, where to write the rows."""

from __future__ import annotations

import openpyxl

from officedesk.core import directory
from officedesk.exchange import xlsx

WORDS = "第 %d 行的列标题下面没有要导入的行，没有导入任何数据。请从第 %d 行起每行填写一条单位，再导入。"


def _book(path, *rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_the_titles_alone_are_said_as_nothing_to_import(db, admin, tmp_path):
    path = _book(tmp_path / "u.xlsx", ["单位名称", "简称", "上级单位"], [None, None, None])
    for dry_run in (True, False):
        report = xlsx.import_file(directory.UNITS, path, admin, dry_run=dry_run)
        assert report.imported == 0 and not report.problems
        assert str(report.summary()) == WORDS % (1, 2), report.summary()


def test_the_titles_below_a_title_row_name_their_own_row(db, admin, tmp_path):
    path = _book(tmp_path / "u.xlsx", ["云岭县单位名录"], ["单位名称", "简称", "上级单位"])
    report = xlsx.import_file(directory.UNITS, path, admin)
    assert str(report.summary()).startswith(WORDS % (2, 3)), report.summary()
