"""import --update takes the columns an export writes; a column of the registry no export writes
(a 信访's 接待人) is not compared with the record, so it is not taken — and the report says so,
not “与已有记录相同、未改” alone (a new row of the same sheet takes it, checked)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from officedesk.core import petitions
from officedesk.exchange import xlsx


def test_a_column_no_export_writes_is_named_as_not_taken_by_an_update(register, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    petition = register()
    assert "接待人" not in [f.label for f in petitions.SPEC.exchange_fields()]
    path = tmp_path / "信访.xlsx"
    xlsx.export(petitions.SPEC, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    column = sheet.max_column + 1
    sheet.cell(1, column).value = "接待人"
    sheet.cell(2, column).value = "罗红梅"
    book.save(path)
    report = xlsx.import_file(petitions.SPEC, path, admin, on_match="update")
    assert report.ok, report.problems
    assert report.not_updated == ["接待人"] and report.as_dict()["not_updated"] == ["接待人"]
    assert "“接待人”列不是导出的列，更新已有记录时未采用" in report.summary()
    assert (petitions.SPEC.model.get_by_id(petition.id).receiver or "") != "罗红梅"
    # without it, an update says nothing of it
    plain = tmp_path / "信访2.xlsx"
    xlsx.export(petitions.SPEC, plain, admin)
    again = xlsx.import_file(petitions.SPEC, plain, admin, on_match="update")
    assert again.not_updated == [] and "未采用" not in again.summary()
