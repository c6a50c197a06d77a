"""The demo office's 督查台账, exported and brought into an empty office with
`import --history`, exports again the same workbook: every sheet (督查事项, 分解任务, 反馈记录)
row for row — each task's 反馈 history comes back, and a filed item's 档号 and 页数."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.supervision import SupervisionItem, SupervisionReport
from tests.exchange.test_supervision_tasks import _empty_office, sv_office  # noqa: F401 - fixture


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each sheet's rows, sorted; the 督查事项's without its 记录号 (the office's own row id)."""
    book = load_workbook(path, read_only=True)
    try:
        sheets = {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)]
                  for sheet in book.worksheets}
    finally:
        book.close()
    own = sheets["督查事项"][0].index("记录号")
    sheets["督查事项"] = [row[:own] + row[own + 1:] for row in sheets["督查事项"]]
    return {name: sorted(rows, key=repr) for name, rows in sheets.items()}


def test_the_history_comes_back_whole(sv_office, db, admin, tmp_path):  # noqa: F811
    _empty_office(sv_office, admin)
    first = sv_office / "supervision.xlsx"
    report = xlsx.import_file(sv_items.SPEC, first, admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    again = tmp_path / "again.xlsx"
    xlsx.export(sv_items.SPEC, again, admin, unmasked=True)
    before, after = _sheets(first), _sheets(again)
    assert list(before) == list(after)
    assert len(before["反馈记录"]) > 3
    for name in before:
        missing = [row for row in before[name] if row not in after[name]]
        extra = [row for row in after[name] if row not in before[name]]
        assert (missing, extra) == ([], []), name


def test_the_history_brought_passes_check(sv_office, db, admin):  # noqa: F811
    """Each item's entry covers the 反馈 brought (sub_rows): `check` finds nothing changed."""
    from officedesk.core import check

    _empty_office(sv_office, admin)
    report = xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    assert SupervisionReport.select().count() > 3
    assert [str(p) for p in check.run_checks(update_anchor=False)] == []


def _edited(source: Path, target: Path, column: str, value: object) -> int:
    """`source` with the 反馈记录's first row's `column` set to `value`; the row's item's row."""
    book = load_workbook(source)
    sheet = book["反馈记录"]
    headers = [c.value for c in sheet[1]]
    number = sheet.cell(2, 1).value
    sheet.cell(2, headers.index(column) + 1).value = value
    items = book["督查事项"]
    row = next(r for r in range(2, items.max_row + 1) if items.cell(r, 1).value == number)
    book.save(target)
    return row


@pytest.mark.parametrize(("column", "value", "said"), [
    ("任务序号", 99, "任务序号 99"),
    ("反馈日期", dt.date(2001, 1, 1), "反馈日期"),
    ("反馈日期", dt.date(2099, 1, 1), "反馈日期"),
    ("进度", 180, "进度"),
    ("进展情况", None, "进展情况"),
])
def test_a_bad_report_row_refuses_its_item(sv_office, db, admin, tmp_path, column, value, said):  # noqa: F811
    _empty_office(sv_office, admin)
    path = tmp_path / "bad.xlsx"
    row = _edited(sv_office / "supervision.xlsx", path, column, value)
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, dry_run=dry_run)
        problems = [(p.row, str(p)) for p in report.problems]
        assert not report.ok and len(problems) == 1, problems
        assert problems[0][0] == row and "反馈记录" in problems[0][1] and said in problems[0][1], problems
    assert not SupervisionItem.select().exists() and not SupervisionReport.select().exists()


def test_a_report_of_no_item_of_the_file_is_refused(sv_office, db, admin, tmp_path):  # noqa: F811
    _empty_office(sv_office, admin)
    path = tmp_path / "stray.xlsx"
    _edited(sv_office / "supervision.xlsx", path, "督查编号", "督〔1999〕1号")
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, dry_run=True)
    assert not report.ok and any(p.row == 1 and "督〔1999〕1号" in str(p) for p in report.problems), \
        [str(p) for p in report.problems]


def test_a_past_ledger_s_reports_on_any_database(any_db, admin, tmp_path, fixed_today):
    """A 台账 of the three sheets brought with --history: its 反馈 under their tasks, as the
    sheet gives them (填报人 kept), the 目录 entry's 页数; on SQLite and PostgreSQL alike."""
    from openpyxl import Workbook

    from officedesk.core import settings
    from officedesk.store.documents import ArchiveItem
    from tests.exchange.test_round_trip import _office

    fixed_today(dt.date(2026, 4, 20))
    _office()
    settings.put("org.fonds", "Z107", admin)
    book = Workbook()
    items = book.active
    items.title = "督查事项"
    items.append(["督查编号", "事项名称", "来源", "立项日期", "办结时限", "状态", "办结日期", "档号", "页数"])
    items.append(["督〔2025〕1号", "整治违规停车", "领导批示", dt.date(2025, 3, 2), dt.date(2025, 6, 30),
                  "已办结", dt.date(2025, 6, 20), "Z107-WS·2025-D10-0041", 7])
    items.append(["督〔2025〕2号", "整治占道经营", "领导批示", dt.date(2025, 3, 2), dt.date(2025, 12, 30),
                  "办理中", None, None, None])
    tasks = book.create_sheet("分解任务")
    tasks.append(["督查编号", "序号", "牵头单位", "时限", "任务状态", "进度", "最近反馈日期", "任务办结日期"])
    tasks.append(["督〔2025〕1号", 1, "县公安局", dt.date(2025, 6, 30), "已办结", 100, dt.date(2025, 5, 1),
                  dt.date(2025, 6, 20)])
    tasks.append(["督〔2025〕2号", 1, "县公安局", dt.date(2025, 12, 30), "办理中", 60, dt.date(2025, 5, 2)])
    reports = book.create_sheet("反馈记录")
    reports.append(["督查编号", "任务序号", "牵头单位", "反馈日期", "进度", "进展情况", "存在困难", "下一步措施", "填报人"])
    reports.append(["督〔2025〕1号", 1, "县公安局", dt.date(2025, 4, 1), 40, "已部署", None, None, "zhangsan"])
    reports.append(["督〔2025〕1号", 1, "县公安局", dt.date(2025, 5, 1), 90, "基本完成", "经费", "收尾", "lisi"])
    reports.append(["督〔2025〕2号", 1, "县公安局", dt.date(2025, 5, 2), 60, "推进中", None, None, None])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    got = sorted((r.task.item.number, r.report_date, r.percent, r.progress_text, r.difficulties, r.created_by)
                 for r in SupervisionReport.select())
    assert got == [("督〔2025〕1号", dt.date(2025, 4, 1), 40, "已部署", "", "zhangsan"),
                   ("督〔2025〕1号", dt.date(2025, 5, 1), 90, "基本完成", "经费", "lisi"),
                   ("督〔2025〕2号", dt.date(2025, 5, 2), 60, "推进中", "", admin.username)]
    assert [(e.archive_no, e.pages) for e in ArchiveItem.select()] == [("Z107-WS·2025-D10-0041", 7)]


def test_a_report_naming_its_unit_by_its_short_name_finds_its_task(sv_office, db, admin, tmp_path):  # noqa: F811
    """反馈记录's 牵头单位 read as the 分解任务 sheet's: a 简称 is the unit's 名称."""
    units = load_workbook(sv_office / "units.xlsx", read_only=True).active
    short = {row[0]: row[1] for row in units.iter_rows(min_row=2, values_only=True) if row[1]}
    book = load_workbook(sv_office / "supervision.xlsx")
    sheet = book["反馈记录"]
    renamed = 0
    for row in sheet.iter_rows(min_row=2):
        if row[2].value in short:
            row[2].value = short[row[2].value]
            renamed += 1
    assert renamed
    path = tmp_path / "short.xlsx"
    book.save(path)
    _empty_office(sv_office, admin)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    assert SupervisionReport.select().count() == sheet.max_row - 1
