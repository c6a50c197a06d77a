"""import --update: a row added under an exported 台账 without 记录号 or 编号 but with an
exported record's 来文机关 and 来文字号 is that record again (matched by its natural key). When
the file's own row of that record (by 记录号) is there too, the file says two things of one
record: the later row is refused as the same record as the earlier one, as two rows of one
记录号 are. Before, both were taken: the added row's 标题 overwrote the record's silently, and
a second differing row of the same record was saved over the first's change."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from tests.exchange.test_import_batch import sheet_of

HEADERS = ["收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "份数"]


def _office(tmp_path: Path, admin) -> None:
    rows = [{"收文日期": "2026-03-01", "来文机关": "市委办公室", "来文字号": f"市委办〔2026〕{i}号",
             "标题": f"来文第{i}件", "文种": "通知", "密级": "", "份数": 2} for i in (1, 2)]
    made = xlsx.import_file(INCOMING, sheet_of(tmp_path / "office.xlsx", rows, HEADERS), admin)
    assert made.ok and made.imported == 2, made.problems


def _exported_and_added(tmp_path: Path, admin, title: str, copies: int | None = None) -> tuple[Path, int]:
    """The 台账 exported; its first row's 份数 changed (when `copies`), and under it a row with no
    记录号 and no 收文编号 but the first row's 来文机关 and 来文字号 and another 标题."""
    path = tmp_path / "台账.xlsx"
    xlsx.export(INCOMING, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    first = [c.value for c in sheet[2]]
    if copies is not None:
        sheet.cell(row=2, column=headers.index("份数") + 1).value = copies
    added = list(first)
    added[headers.index("记录号")] = None
    added[headers.index("收文编号")] = None
    added[headers.index("标题")] = title
    sheet.append(added)
    book.save(path)
    return path, sheet.max_row


def _titles() -> dict[str, tuple[str, int]]:
    return {d.from_ref: (d.title, d.copies) for d in INCOMING.model.select()}


def test_an_added_row_of_an_exported_record_is_refused_as_the_same_record(db, admin, fixed_today, tmp_path):
    _office(tmp_path, admin)
    before = _titles()
    path, added = _exported_and_added(tmp_path, admin, "另一个标题")
    for dry_run in (True, False):
        report = xlsx.import_file(INCOMING, path, admin, on_match="update", dry_run=dry_run)
        assert [p.row for p in report.problems] == [added], report.problems
        assert "与本文件第 2 行是同一条收文" in str(report.problems[0])
        assert not report.updated and not report.imported
        assert _titles() == before


def test_two_differing_rows_of_one_record_change_nothing(db, admin, fixed_today, tmp_path):
    _office(tmp_path, admin)
    before = _titles()
    path, added = _exported_and_added(tmp_path, admin, "另一个标题", copies=5)
    report = xlsx.import_file(INCOMING, path, admin, on_match="update")
    # not “已被他人修改”: nobody else changed it, the file's two rows did
    assert [str(p) for p in report.problems] == [f"第 {added} 行：与本文件第 2 行是同一条收文。"]
    assert _titles() == before
    # skipping the bad row takes the record's own row: its 份数, not the added row's 标题
    kept = xlsx.import_file(INCOMING, path, admin, on_match="update", skip_bad=True)
    assert len(kept.updated) == 1
    changed = {ref: value for ref, value in _titles().items() if value != before[ref]}
    assert [copies for _, copies in changed.values()] == [5]
    assert "另一个标题" not in [title for title, _ in changed.values()]
