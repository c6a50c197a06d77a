"""`import --history` of a 督查台账 brings each task's 反馈 back with the items (the 反馈记录
sheet, read back): the report says how many came with them — the summary the command line and
the window print, and the --json key `brought_back` —, counting only those of the items written
(an item refused with --skip-bad brings none)."""

from __future__ import annotations

from openpyxl import load_workbook

from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.supervision import SupervisionReport
from tests.exchange.test_supervision_history_round_trip import _edited
from tests.exchange.test_supervision_tasks import _empty_office, sv_office  # noqa: F401 - fixture


def _reports_of_each_item(path) -> dict[str, int]:
    sheet = load_workbook(path, read_only=True)["反馈记录"]
    counted: dict[str, int] = {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        counted[row[0]] = counted.get(row[0], 0) + 1
    return counted


def test_the_report_says_how_many_reports_came_back(sv_office, db, admin):  # noqa: F811
    _empty_office(sv_office, admin)
    path = sv_office / "supervision.xlsx"
    rows = sum(_reports_of_each_item(path).values())
    assert rows > 3
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, dry_run=dry_run)
        assert report.ok, [str(p) for p in report.problems]
        assert report.brought_back == {"反馈记录": rows}
        said = str(report.summary())
        assert f"“反馈记录”表的 {rows} 条反馈{'可' if dry_run else ''}随督查事项一并导入" in said, said
        assert "只供查看" not in said
        assert report.as_dict()["brought_back"] == {"反馈记录": rows}
    assert SupervisionReport.select().count() == rows


def test_an_item_refused_brings_none_and_is_not_counted(sv_office, db, admin, tmp_path):  # noqa: F811
    """A 反馈 row out of its task's dates refuses its item; with --skip-bad the rest come in, and
    the count is of theirs only."""
    _empty_office(sv_office, admin)
    path = tmp_path / "bad.xlsx"
    import datetime as dt

    _edited(sv_office / "supervision.xlsx", path, "反馈日期", dt.date(2001, 1, 1))
    counted = _reports_of_each_item(path)
    first = load_workbook(path, read_only=True)["反馈记录"].cell(2, 1).value
    expected = sum(counted.values()) - counted[first]
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, dry_run=dry_run, skip_bad=True)
        assert len(report.bad_rows) == 1 and report.imported, [str(p) for p in report.problems]
        assert report.brought_back == {"反馈记录": expected}, report.summary()
        assert f"“反馈记录”表的 {expected} 条反馈" in str(report.summary())
    assert SupervisionReport.select().count() == expected


def test_an_item_refused_after_its_reports_are_written_is_not_counted(sv_office, db, admin, tmp_path):  # noqa: F811
    """An item 办结 with 反馈 whose 档号 is refused (the office has no 全宗号 of that 档号): its
    反馈 were written before its 归档 refused it, and went with its row; not counted."""
    _empty_office(sv_office, admin)
    path = tmp_path / "filed.xlsx"
    book = load_workbook(sv_office / "supervision.xlsx")
    counted = _reports_of_each_item(sv_office / "supervision.xlsx")
    items = book["督查事项"]
    headers = [c.value for c in items[1]]
    closed, filed = headers.index("办结日期") + 1, headers.index("档号") + 1
    row = next(r for r in range(2, items.max_row + 1)
               if items.cell(r, closed).value and counted.get(items.cell(r, 1).value))
    day = items.cell(row, closed).value
    items.cell(row, filed).value = f"Z999-WS·{day.year}-D10-0001"
    book.save(path)
    expected = sum(counted.values()) - counted[items.cell(row, 1).value]
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, dry_run=dry_run, skip_bad=True)
        assert report.bad_rows == {row} and report.imported, [str(p) for p in report.problems]
        assert report.brought_back == {"反馈记录": expected}, report.summary()
    assert SupervisionReport.select().count() == expected


def test_an_import_refused_whole_says_none_brought(sv_office, db, admin, tmp_path):  # noqa: F811
    _empty_office(sv_office, admin)
    path = tmp_path / "bad.xlsx"
    import datetime as dt

    _edited(sv_office / "supervision.xlsx", path, "反馈日期", dt.date(2001, 1, 1))
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, dry_run=dry_run)
        assert not report.ok and report.brought_back == {}
        assert "条反馈" not in str(report.summary())
        assert "brought_back" not in report.as_dict()


def test_a_plain_import_brings_none(sv_office, db, admin):  # noqa: F811
    """Without --history the sheet is to read only: nothing brought, as before."""
    _empty_office(sv_office, admin)
    report = xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin, dry_run=True,
                              skip_bad=True)
    assert report.brought_back == {} and report.shown_unread
