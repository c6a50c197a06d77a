"""An error cell (#N/A, #DIV/0!, #REF!) on the 分解任务 sheet of a 督查 workbook, in each format
a clerk saves (.xlsx, .xls as WPS writes by default, .ods): refused as on the first sheet, naming
the sheet, row, column and the error, with the item of its row — never read as blank (a 时限 left
empty becomes the item's, silently)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.supervision import SupervisionItem
from tests.exchange.test_guard_area import ods_file
from tests.exchange.test_merged_cells_ods import _cell as _ods_cell
from tests.exchange.test_supervision_tasks import _empty_office, sv_office  # noqa: F401 - a fixture

SHEETS = ("督查事项", "分解任务")
ERROR = "#N/A"


@pytest.fixture
def sheets(sv_office) -> dict[str, list[list[Any]]]:  # noqa: F811
    """The export's two sheets, cell by cell."""
    book = load_workbook(sv_office / "supervision.xlsx")
    return {name: [list(row) for row in book[name].iter_rows(values_only=True)] for name in SHEETS}


def _as_xlsx(path: Path, sheets: dict[str, list[list[Any]]], errors: set[tuple[int, int]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for row, column in errors:
        cell = book[SHEETS[1]].cell(row, column + 1)
        cell.value, cell.data_type = ERROR, "e"
    book.save(path)
    return path


def _as_xls(path: Path, sheets: dict[str, list[list[Any]]], errors: set[tuple[int, int]]) -> Path:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if name == SHEETS[1] and (r + 1, c) in errors:
                    sheet.row(r).set_cell_error(c, 0x2A)  # #N/A
                elif isinstance(value, dt.date):
                    sheet.write(r, c, value, dated)
                elif value is not None:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path


_ODS_ERROR = ('<table:table-cell table:formula="of:=NA()" office:value-type="float" office:value="0" '
              f'calcext:value-type="error"><text:p>{ERROR}</text:p></table:table-cell>')
_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')


def _as_ods(path: Path, sheets: dict[str, list[list[Any]]], errors: set[tuple[int, int]]) -> Path:
    """The two sheets as LibreOffice writes them, the error kept as calcext's error type."""
    tables = []
    for name, rows in sheets.items():
        lines = []
        for r, row in enumerate(rows):
            cells = [_ODS_ERROR if name == SHEETS[1] and (r + 1, c) in errors else _ods_cell(value)
                     for c, value in enumerate(row)]
            lines.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{name}">{"".join(lines)}</table:table>')
    content = (f"<office:document-content {_NAMESPACES}><office:body><office:spreadsheet>"
               f"{''.join(tables)}</office:spreadsheet></office:body></office:document-content>")
    return ods_file(path, content)


@pytest.mark.parametrize("build", [_as_xlsx, _as_xls, _as_ods], ids=["xlsx", "xls", "ods"])
def test_an_error_cell_on_the_task_sheet_is_refused_with_its_item(sv_office, sheets, db, admin,  # noqa: F811
                                                                  tmp_path, build):
    _empty_office(sv_office, admin)
    tasks = sheets[SHEETS[1]]
    # as Excel numbers the rows: a 时限 of the second task, a 责任人 of another item's
    wrong = {3: "时限", next(r for r in range(4, len(tasks) + 1) if tasks[r - 1][0] != tasks[2][0]): "责任人"}
    errors = {(row, tasks[0].index(label)) for row, label in wrong.items()}
    path = build(tmp_path / f"errors.{build.__name__.removeprefix('_as_')}", sheets, errors)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, skip_bad=True)
    said = [str(p) for p in report.problems]
    for row, label in wrong.items():
        refused = [s for s in said if f"“分解任务”表第 {row} 行“{label}”" in s]
        assert len(refused) == 1 and ERROR in refused[0], said
    numbers = {tasks[row - 1][0] for row in wrong}
    imported = {item.number for item in SupervisionItem.select()}
    assert not imported & numbers  # refused with their items, not taken with a blank
    assert imported == {r[0] for r in sheets[SHEETS[0]][1:]} - numbers, said


def test_an_xls_sheet_beside_the_first_keeps_its_errors_and_hidden_rows(tmp_path):
    """read_named of an .xls: an error cell is the error, a hidden row is left out and named."""
    from officedesk.exchange.reading import ErrorCell, read_named

    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet(SHEETS[0]).write(0, 0, "督查编号")
    tasks = book.add_sheet(SHEETS[1])
    for r, row in enumerate([["督查编号", "责任人"], ["甲", "张三"], ["乙", "李四"], ["丙", None]]):
        for c, value in enumerate(row):
            if value is not None:
                tasks.write(r, c, value)
    tasks.row(3).set_cell_error(1, 0x07)  # #DIV/0!
    tasks.row(2).hidden = True
    book.save(str(tmp_path / "t.xls"))
    sheet = read_named(tmp_path / "t.xls", SHEETS[1])
    assert sheet is not None and sheet.hidden_rows == [3]
    assert sheet.rows == [(2, ["甲", "张三"]), (4, ["丙", ErrorCell("#DIV/0!")])]


def test_a_time_in_a_task_date_column_is_said_as_the_first_sheet_s_are(sv_office, sheets, db, admin,  # noqa: F811
                                                                       tmp_path):
    """A 时限 typed with its time on the 分解任务 sheet kept its date without a word; the first
    sheet's date columns say so (times_dropped)."""
    _empty_office(sv_office, admin)
    tasks = sheets[SHEETS[1]]
    column = tasks[0].index("时限")
    day = tasks[2][column]
    tasks[2][column] = dt.datetime.combine(day if isinstance(day, dt.date) else dt.date(2026, 12, 20),
                                           dt.time(17, 30))
    report = xlsx.import_file(sv_items.SPEC, _as_xlsx(tmp_path / "timed.xlsx", sheets, set()), admin,
                              history=True)
    assert report.ok, [str(p) for p in report.problems]
    assert "“分解任务”表“时限”列有 1 个单元格带时间，只保存了日期：第 3 行。" in report.summary()
    assert report.as_dict()["detail_times_dropped"] == {"分解任务": {"时限": [3]}}
