"""A last row that holds only formulas without their saved results: the reader leaves it out as
empty, and the import said 已导入 0 条 as if the sheet held nothing. It is refused like any other
formula cell without a result."""

from __future__ import annotations

import openpyxl

from officedesk.core import directory
from officedesk.exchange import reading, xlsx

NO_RESULT = "但文件中没有保存计算结果"


def _book(path, *rows):
    book = openpyxl.Workbook()
    book.active.append(["单位名称", "简称", "上级单位"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_trailing_row_of_uncomputed_formulas_is_refused(db, admin, tmp_path):
    report = xlsx.import_file(directory.UNITS, _book(tmp_path / "u.xlsx", ["=1+1"]), admin)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(2, "单位名称")]
    assert NO_RESULT in report.problems[0].reason


def test_the_trailing_formula_keeps_its_row_after_data_rows(db, admin, tmp_path):
    path = _book(tmp_path / "u.xlsx", ["县财政局", "财政局", None], [None, None, "=A2"])
    sheet = reading.read_rows(path)
    assert [number for number, _values in sheet.rows] == [2, 3]
    assert isinstance(sheet.rows[1][1][2], reading.UncomputedCell)
    report = xlsx.import_file(directory.UNITS, path, admin)
    assert report.imported == 0 and [p.row for p in report.problems] == [3]
