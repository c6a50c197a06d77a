"""Merged cells in the data area, as clerks merge 来文机关 over the rows of one sender: a
range down one column is what each of its rows shows, so its value is read into each row;
any other range (across columns, joined to the header row, hiding other values) is refused
by row and column, naming the range and saying to unmerge it. A reader gives such cells as
empty, which read as “请填写” though the clerk sees them filled."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import settings
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from tests.exchange.builders import build_xlsx

TODAY = dt.date(2026, 11, 30)
HEADER = ["收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "紧急程度", "份数"]


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.code", "云委办")
    return db


def _row(n: int, sender: str | None = None) -> list[object]:
    return [dt.date(2026, 11, 20), sender, f"云市财〔2026〕{600 + n}号", f"合并{n}", "通知", "非密",
            "平件", 1]


def test_a_range_down_one_column_is_read_into_each_row(office, admin, tmp_path):
    rows = [HEADER, _row(1, "云州市财政局"), _row(2), _row(3), _row(4, "县财政局")]
    path = build_xlsx(tmp_path / "m.xlsx", rows, merged=("B2:B4",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 4, [str(p) for p in report.problems]
    senders = {r.title: r.from_org for r in INCOMING.model.select()}
    assert senders == {"合并1": "云州市财政局", "合并2": "云州市财政局", "合并3": "云州市财政局",
                       "合并4": "县财政局"}


def test_a_range_across_columns_is_refused_naming_it(office, admin, tmp_path):
    rows = [HEADER, _row(1, "云州市财政局"), _row(2, "县财政局")]
    rows[1][2] = None  # the merge hides 来文字号
    path = build_xlsx(tmp_path / "m.xlsx", rows, merged=("B2:C2",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "来文机关")]  # named once
    reason = report.problems[0].reason
    assert "合并单元格 B2:C2" in reason and "请取消合并" in reason
    assert "请填写" not in reason and report.imported == 0
    skipped = xlsx.import_file(INCOMING, path, admin, skip_bad=True)
    assert skipped.imported == 1 and [r.title for r in INCOMING.model.select()] == ["合并2"]


def test_a_range_hiding_another_value_or_joining_the_header_is_refused(office, admin, tmp_path):
    rows = [HEADER, _row(1, "云州市财政局"), _row(2, "县财政局"), _row(3, "县教育局")]
    path = build_xlsx(tmp_path / "m.xlsx", rows, merged=("B2:B3",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "来文机关"), (3, "来文机关")]
    assert "合并单元格 B2:B3 遮住了与显示的内容不同的值" in report.problems[0].reason
    path = build_xlsx(tmp_path / "h.xlsx", rows, merged=("D1:D2",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "标题")]
    assert "合并单元格 D1:D2 把列标题和下面的数据合在了一起" in report.problems[0].reason


def test_a_title_merged_over_the_header_row_is_read_past(office, admin, tmp_path):
    rows = [["2026年收文登记簿"] + [None] * 7, HEADER, _row(1, "云州市财政局"), _row(2), _row(3, "县财政局")]
    path = build_xlsx(tmp_path / "t.xlsx", rows, merged=("A1:H1", "B3:B4"))
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    assert "列标题在第 2 行：第 1 行（“2026年收文登记簿”）是标题" in report.summary()
    senders = {r.title: r.from_org for r in INCOMING.model.select()}
    assert senders == {"合并1": "云州市财政局", "合并2": "云州市财政局", "合并3": "县财政局"}


def test_below_a_title_the_header_rows_merges_are_the_header_rows(office, admin, tmp_path):
    rows = [["2026年收文登记簿"] + [None] * 7, HEADER, _row(1, "云州市财政局"), _row(2, "县财政局")]
    report = xlsx.import_file(INCOMING, build_xlsx(tmp_path / "d.xlsx", rows, merged=("A1:H1", "D2:D3")),
                              admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, "标题")]
    assert "合并单元格 D2:D3 把列标题和下面的数据合在了一起" in report.problems[0].reason
    report = xlsx.import_file(INCOMING, build_xlsx(tmp_path / "h.xlsx", rows, merged=("A1:H1", "C2:D2")),
                              admin)
    assert any("合并单元格 C2:D2 把几列的列标题合成了一格" in p.reason for p in report.problems)


def test_a_header_merged_over_the_next_column_is_named(office, admin, tmp_path):
    """收文日期 merged over A1:B1 hides the header 来文机关: the range is named and the clerk
    told to unmerge it, not only that a column is missing."""
    rows = [[HEADER[0], None, *HEADER[2:]], _row(1, "云州市财政局")]  # as Excel merges them
    path = build_xlsx(tmp_path / "h.xlsx", rows, merged=("A1:B1",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert not report.ok and report.imported == 0
    first = report.problems[0]
    assert (first.row, first.column) == (1, "收文日期")
    assert "合并单元格 A1:B1" in first.reason and "取消合并" in first.reason
    # an update (which needs no column) is told too
    report = xlsx.import_file(INCOMING, path, admin, on_match="update")
    assert "合并单元格 A1:B1" in report.problems[0].reason


def test_overlapping_ranges_are_refused_as_a_damaged_file(office, admin, tmp_path):
    """Excel never saves two merged ranges over the same cell: a file that has them was made
    or changed by something else. It is refused as a whole, naming the two ranges, instead of
    reading a value into rows twice (or, with thousands of copies of one range down to the
    sheet's last row, working for minutes on a file of a few kilobytes)."""
    rows = [HEADER, _row(1, "云州市财政局"), _row(2), _row(3), _row(4, "县财政局")]
    for merged in (("B2:B4", "B2:B4"), ("B2:B3", "B3:B4"), ("A2:C2", "C2:C3")):
        path = build_xlsx(tmp_path / "o.xlsx", rows, merged=merged)
        with pytest.raises(ValidationError) as refused:
            xlsx.import_file(INCOMING, path, admin, dry_run=True)
        message = refused.value.message
        assert f"合并单元格 {merged[0]} 与 {merged[1]} 重叠" in message, message
        assert "另存为" in message
    assert INCOMING.model.select().count() == 0


def test_a_range_down_to_the_last_row_of_the_sheet_reads_the_rows_there(office, admin, tmp_path):
    """A clerk who merges a column down to the bottom of the sheet (B2:B1048576): its value is
    read into each row that holds a record, the empty rows below are no records."""
    rows = [HEADER, _row(1, "云州市财政局"), _row(2), _row(3)]
    path = build_xlsx(tmp_path / "m.xlsx", rows, merged=("B2:B1048576",))
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    assert {r.from_org for r in INCOMING.model.select()} == {"云州市财政局"}
