"""Merged cells in an .ods as LibreOffice saves them (table:number-rows-spanned /
number-columns-spanned on the first cell, covered cells under the rest): read like an .xlsx's —
a range down one column into each of its rows, any other range refused by name. The reader
gives the covered cells as empty, so without this a 来文机关 merged over three rows came in as
“请填写” (or, in a column that may be empty, silently blank)."""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from pathlib import Path

import pytest

from officedesk.core import settings
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from tests.exchange.test_guard_area import ods
from tests.exchange.test_merged_cells import HEADER, TODAY, _row


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.code", "云委办")
    return db


def _cell(value: object, rows: int = 1, columns: int = 1) -> str:
    spans = (f' table:number-rows-spanned="{rows}" table:number-columns-spanned="{columns}"'
             if rows > 1 or columns > 1 else "")
    if value is None:
        return f"<table:table-cell{spans}/>"
    if isinstance(value, dt.date):
        kind = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    elif isinstance(value, int | float):
        kind = f'office:value-type="float" office:value="{value}"'
    else:
        kind = 'office:value-type="string"'
    return f"<table:table-cell {kind}{spans}><text:p>{escape(str(value))}</text:p></table:table-cell>"


def _where(ref: str) -> tuple[tuple[int, int], tuple[int, int]]:
    (c1, r1), (c2, r2) = (re.fullmatch(r"([A-Z])(\d+)", part).groups() for part in ref.split(":"))
    return (int(r1) - 1, ord(c1) - 65), (int(r2) - 1, ord(c2) - 65)


def build_ods(path: Path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> Path:
    """Rows as LibreOffice writes them, each range in `merged` ("B2:B4") spanned from its
    top-left cell with the others covered (their values, if given, kept as LibreOffice keeps
    them)."""
    ranges = [_where(ref) for ref in merged]
    lines = []
    for r, values in enumerate(rows):
        cells = []
        for c, value in enumerate(values):
            starts = [(top, left, bottom, right) for (top, left), (bottom, right) in ranges
                      if (top, left) == (r, c)]
            inside = any(top <= r <= bottom and left <= c <= right
                         for (top, left), (bottom, right) in ranges)
            if starts:
                top, left, bottom, right = starts[0]
                cells.append(_cell(value, bottom - top + 1, right - left + 1))
            elif inside:
                cells.append("<table:covered-table-cell/>" if value is None else
                             _cell(value).replace("table:table-cell", "table:covered-table-cell"))
            else:
                cells.append(_cell(value))
        lines.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    return ods(path, "".join(lines))


def test_an_ods_range_down_one_column_is_read_into_each_row(office, admin, tmp_path):
    rows = [HEADER, _row(1, "云州市财政局"), _row(2), _row(3), _row(4, "县财政局")]
    path = build_ods(tmp_path / "m.ods", rows, merged=("B2:B4",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 4, [str(p) for p in report.problems]
    senders = {r.title: r.from_org for r in INCOMING.model.select()}
    assert senders == {"合并1": "云州市财政局", "合并2": "云州市财政局", "合并3": "云州市财政局",
                       "合并4": "县财政局"}


def test_an_ods_range_in_a_column_that_may_be_empty_is_not_read_as_blank(office, admin, tmp_path):
    """紧急程度 may be left empty (平件): a 特急 merged over three rows came in as 平件 on the
    rows below, unsaid."""
    rows = [HEADER, _row(1, "云州市财政局"), _row(2, "云州市财政局"), _row(3, "云州市财政局")]
    rows[1][6], rows[2][6], rows[3][6] = "特急", None, None
    path = build_ods(tmp_path / "m.ods", rows, merged=("G2:G4",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    assert {r.urgency for r in INCOMING.model.select()} == {"特急"}


def test_an_ods_range_across_columns_is_refused_naming_it(office, admin, tmp_path):
    rows = [HEADER, _row(1, "云州市财政局"), _row(2, "县财政局")]
    rows[1][2] = None  # the merge hides 来文字号
    path = build_ods(tmp_path / "m.ods", rows, merged=("B2:C2",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "来文机关")]
    reason = report.problems[0].reason
    assert "合并单元格 B2:C2" in reason and "请取消合并" in reason and report.imported == 0


def test_an_ods_header_merged_over_the_next_column_is_named(office, admin, tmp_path):
    rows = [[HEADER[0], None, *HEADER[2:]], _row(1, "云州市财政局")]
    path = build_ods(tmp_path / "h.ods", rows, merged=("A1:B1",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert not report.ok and report.imported == 0
    first = report.problems[0]
    assert (first.row, first.column) == (1, "收文日期") and "合并单元格 A1:B1" in first.reason
