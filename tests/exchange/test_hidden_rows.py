"""What is imported is what the clerk sees: rows hidden by hand (a row struck out) or by a filter
(a register filtered to the rows to bring in) are left out, and the report names them, dry run
and real, in its summary and in --json. Row numbers elsewhere stay the sheet's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from officedesk.core import petitions as P
from officedesk.core.directory import UNITS
from officedesk.exchange import report as R
from officedesk.exchange import xlsx
from officedesk.exchange.reading import read_rows
from officedesk.store.petitions import Petition
from tests.exchange.sheets import write_sheet
from tests.exchange.test_guard_area import ods

ROW = {"登记日期": dt.date(2026, 5, 1), "信访形式": "来信", "信访人": "张建国",
       "问题类别": "城乡建设", "反映内容": "路灯不亮"}
SAID = "是隐藏的（或被筛选隐藏），没有导入；要导入这些行，请在 Excel 中取消隐藏后再导入。"


def _petitions(path: Path, names: list[str], hidden: tuple[int, ...] = (), filtered: bool = False) -> Path:
    """One 信访 row a name (rows 2, 3, …), the rows `hidden` hidden, by hand or by an AutoFilter."""
    write_sheet(P.SPEC, path, [{**ROW, "信访人": name} for name in names])
    book = openpyxl.load_workbook(path)
    sheet = book.active
    if filtered:
        column = [f.label for f in P.SPEC.exchange_fields()].index("信访人")
        sheet.auto_filter.ref = f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        sheet.auto_filter.add_filter_column(column, [names[0]])
    for row in hidden:
        sheet.row_dimensions[row].hidden = True
    book.save(path)
    return path


@pytest.mark.parametrize("filtered", [False, True])
def test_hidden_rows_are_not_imported_and_are_named(summer_office, admin, tmp_path, filtered):
    path = _petitions(tmp_path / "p.xlsx", ["张建国", "作废的人", "李桂兰", "另一个"], (3, 5), filtered)
    trial = xlsx.import_file(P.SPEC, path, admin, dry_run=True)
    assert trial.ok and trial.total == 2 and trial.imported == 2
    assert f"第 3、5 行{SAID}" in trial.summary()
    assert trial.as_dict()["hidden_rows"] == [3, 5]
    done = xlsx.import_file(P.SPEC, path, admin)
    assert f"第 3、5 行{SAID}" in done.summary()
    assert sorted(p.name for p in Petition.select()) == ["张建国", "李桂兰"]


def test_row_numbers_of_other_messages_stay_the_sheets(summer_office, admin, tmp_path):
    path = _petitions(tmp_path / "p.xlsx", ["张建国", "作废的人", ""], (3,))
    report = xlsx.import_file(P.SPEC, path, admin, dry_run=True)
    assert [p.row for p in report.problems] == [4]
    assert report.hidden_rows == [3]


def test_an_update_leaves_hidden_rows_alone_too(db, admin, tmp_path):
    path = write_sheet(UNITS, tmp_path / "u.xlsx", [{"单位名称": "县委办公室"}, {"单位名称": "县财政局"}])
    book = openpyxl.load_workbook(path)
    book.active.row_dimensions[3].hidden = True
    book.save(path)
    report = xlsx.import_file(UNITS, path, admin, on_match="update")
    assert report.ok and report.imported == 1 and report.hidden_rows == [3]
    assert f"第 3 行{SAID}" in report.summary()


def test_a_merged_value_shown_in_a_visible_row_is_still_read(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["来文机关", "标题"], ["县财政局", "甲"], [None, "乙"], [None, "丙"]):
        sheet.append(row)
    sheet.merge_cells("A2:A4")
    sheet.row_dimensions[2].hidden = True  # the range's top-left cell, whose value all rows show
    book.save(tmp_path / "m.xlsx")
    read = read_rows(tmp_path / "m.xlsx")
    assert read.rows == [(3, ["县财政局", "乙"]), (4, ["县财政局", "丙"])]
    assert read.hidden_rows == [2]


def test_an_empty_hidden_row_is_not_named(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["名称"])
    sheet.append(["甲"])
    sheet.row_dimensions[3].hidden = True  # formatted, nothing in it
    sheet.append([None])
    sheet.append(["乙"])
    book.save(tmp_path / "e.xlsx")
    read = read_rows(tmp_path / "e.xlsx")
    assert read.hidden_rows == [] and [n for n, _ in read.rows] == [2, 4]


def test_an_xls_hidden_row_is_left_out(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("收文")
    for number, values in enumerate([["名称", "数量"], ["甲", 1], ["作废", 2], ["乙", 3]]):
        for column, value in enumerate(values):
            sheet.write(number, column, value)
    sheet.row(2).hidden = True
    book.save(str(tmp_path / "h.xls"))
    read = read_rows(tmp_path / "h.xls")
    assert read.rows == [(2, ["甲", 1]), (4, ["乙", 3])]
    assert read.hidden_rows == [3]


def _ods_row(values: list[str], visibility: str = "", repeat: int = 1) -> str:
    shown = f' table:visibility="{visibility}"' if visibility else ""
    times = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
                    for v in values)
    return f"<table:table-row{shown}{times}>{cells}</table:table-row>"


def test_an_ods_row_hidden_or_filtered_out_is_left_out(tmp_path):
    rows = (_ods_row(["名称"]) + _ods_row(["甲"]) + _ods_row(["作废"], "collapse")
            + _ods_row(["筛掉"], "filter", repeat=2) + _ods_row(["乙"]))
    read = read_rows(ods(tmp_path / "h.ods", rows))
    assert read.rows == [(2, ["甲"]), (6, ["乙"])]
    assert read.hidden_rows == [3, 4, 5]


def test_many_hidden_rows_are_said_as_runs_and_capped():
    assert R.hidden_rows_text([4, 7]).startswith("第 4、7 行是隐藏的")
    assert R.hidden_rows_text([9, 4, 5, 6]).startswith("第 4–6、9 行是隐藏的")
    many = list(range(2, 2 * (R.MAX_SPANS + 5), 2))  # every other row: one run each
    said = R.hidden_rows_text(many)
    assert said.count("、") == R.MAX_SPANS - 1 and f"（共 {len(many)} 行）" in said
