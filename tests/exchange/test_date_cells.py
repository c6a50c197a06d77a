"""Date cells as clerks' files bring them: a text date at midnight (from another system) is
imported as the date; a General-formatted serial is refused with a hint; a serial in a cell
formatted as a date is a date (the reader gives it as one)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from officedesk.core import petitions as P
from officedesk.exchange import xlsx
from officedesk.store.petitions import Petition
from tests.exchange.sheets import write_sheet

ROW = {"信访形式": "来信", "问题类别": "城乡建设", "反映内容": "路灯不亮"}


def test_date_cells_as_clerks_bring_them(summer_office, admin, tmp_path):
    path = write_sheet(P.SPEC, tmp_path / "p.xlsx", [
        {**ROW, "信访人": "文本午夜", "登记日期": "2026-05-04 00:00:00"},
        {**ROW, "信访人": "常规序号", "登记日期": 46146},
        {**ROW, "信访人": "日期格式", "登记日期": 46146},
    ])
    book = openpyxl.load_workbook(path)
    column = [f.label for f in P.SPEC.exchange_fields()].index("登记日期") + 1
    book.active.cell(row=4, column=column).number_format = "yyyy-mm-dd"
    book.save(path)
    report = xlsx.import_file(P.SPEC, path, admin, skip_bad=True)
    assert [(p.row, p.reason) for p in report.problems] == [
        (3, "“登记日期”写的 46146 像是 Excel 的日期序号（2026年5月4日）：请写成 2026-05-04；"
            "从表格导入的，请把该列设为日期格式后再导入。")]
    dates = {p.name: p.registered_on for p in Petition.select()}
    assert dates == {"文本午夜": dt.date(2026, 5, 4), "日期格式": dt.date(2026, 5, 4)}
