"""Issue 18: every date, date-time and number column of every registry exports as a typed
cell with a Chinese date format, so a clerk can sort and filter it in a spreadsheet."""

from __future__ import annotations

import datetime as dt

import openpyxl

from officedesk.core import registry
from officedesk.core.fields import DATE, DATETIME, INT, PERCENT
from officedesk.exchange import xlsx

TYPED = (DATE, DATETIME, INT, PERCENT)


def test_every_typed_column_of_every_registry_exports_typed_cells(demo_db, admin, tmp_path):
    checked: dict[str, int] = {}
    for spec in registry.all_registries():
        fields = spec.exchange_fields()
        typed = [(i, f) for i, f in enumerate(fields) if f.kind in TYPED]
        if not typed:
            continue
        path = tmp_path / f"{spec.name}.xlsx"
        assert xlsx.export(spec, path, admin) > 0, spec.name
        sheet = openpyxl.load_workbook(path).worksheets[0]
        assert [c.value for c in sheet[1]] == [*(f.label for f in fields), "记录号"]
        for index, field_spec in typed:
            cells = [row[index] for row in sheet.iter_rows(min_row=2) if row[index].value is not None]
            where = f"{spec.label}“{field_spec.label}”"
            for cell in cells:
                if field_spec.kind in (DATE, DATETIME):
                    assert cell.is_date, (where, cell.value)
                    assert "年" in cell.number_format and "月" in cell.number_format, where
                    assert isinstance(cell.value, dt.datetime), where
                    if field_spec.kind == DATETIME:
                        assert "hh:mm" in cell.number_format, where
                else:
                    assert cell.data_type == "n" and isinstance(cell.value, int), (where, cell.value)
            checked[f"{spec.name}.{field_spec.label}"] = len(cells)
    # the columns the issue names, and they are not all empty
    for name in (
        "meetings.开始时间",
        "meetings.结束时间",
        "supervision.立项日期",
        "supervision.办结时限",
        "petitions.登记日期",
        "petitions.人数",
        "incoming.收文日期",
        "incoming.份数",
        "rooms.容量",
        "ranks.排序",  # a person's 级别 is chosen by its 职级's name (exported as the name)
    ):
        assert checked.get(name), (name, checked)
    assert "supervision.办结日期" in checked and "petitions.办结日期" in checked
