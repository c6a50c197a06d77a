"""Something typed in a column without a header (right of the last one, or under an empty
header cell) is never imported: the row is refused naming row and column, and skipped with
skip_bad like any bad row — never silently dropped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import petitions as P
from officedesk.exchange import xlsx
from officedesk.exchange.template import write_template
from officedesk.store.petitions import Petition

ROW = {"登记日期": dt.date(2026, 5, 1), "信访形式": "来信", "信访人": "张建国",
       "问题类别": "城乡建设", "反映内容": "路灯不亮"}


def _sheet(path: Path, rows: list[list[Any]], blank_header_at: int | None = None) -> tuple[Path, int]:
    """The registry's headers (one of them emptied when asked) and rows of cells; the width."""
    labels: list[Any] = [f.label for f in P.SPEC.exchange_fields()]
    if blank_header_at is not None:
        labels[blank_header_at] = None
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(labels)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path, len(labels)


def _row(**extra: Any) -> list[Any]:
    return [{**ROW, **extra}.get(f.label) for f in P.SPEC.exchange_fields()]


@pytest.mark.parametrize("history", [False, True])
def test_text_right_of_the_last_header_refuses_the_row(summer_office, admin, tmp_path, history):
    width = len(P.SPEC.exchange_fields())
    letter = openpyxl.utils.get_column_letter(width + 1)
    path, _ = _sheet(tmp_path / "p.xlsx", [_row(), [*_row(信访人="李桂兰"), "又来访一次"]])
    report = xlsx.import_file(P.SPEC, path, admin, history=history)
    assert [p.row for p in report.problems] == [3], [str(p) for p in report.problems]
    problem = report.problems[0]
    assert problem.column == letter and "没有列标题" in problem.reason and "又来访一次" in problem.reason
    assert f"第 3 行，“{letter}”列：这一列有内容" in str(problem)  # the letter said once
    assert Petition.select().count() == 0
    report = xlsx.import_file(P.SPEC, path, admin, skip_bad=True, history=history)
    assert report.imported == 1 and report.skipped == 1
    assert [p.name for p in Petition.select()] == ["张建国"]


def test_text_under_an_empty_header_refuses_the_row(summer_office, admin, tmp_path):
    labels = [f.label for f in P.SPEC.exchange_fields()]
    at = labels.index("诉求")  # a header the clerk deleted by mistake
    path, _ = _sheet(tmp_path / "p.xlsx", [_row(诉求="修好路灯")], blank_header_at=at)
    report = xlsx.import_file(P.SPEC, path, admin)
    assert [p.row for p in report.problems] == [2]
    assert report.problems[0].column == openpyxl.utils.get_column_letter(at + 1)
    assert Petition.select().count() == 0


def test_the_json_report_names_the_headless_column(summer_office, admin, tmp_path):
    width = len(P.SPEC.exchange_fields())
    beyond = [openpyxl.utils.get_column_letter(width + n) for n in (1, 3)]
    path, _ = _sheet(tmp_path / "p.xlsx", [[*_row(), "补充"], [*_row(信访人="李桂兰"), "甲", None, "乙"]])
    problems = xlsx.import_file(P.SPEC, path, admin, dry_run=True).as_dict()["problems"]
    assert [(p["row"], p["column"]) for p in problems] == [(2, beyond[0]), (3, "、".join(beyond))]
    assert "这一列有内容（“补充”）" in problems[0]["reason"] and "这些列有内容（“甲”）" in problems[1]["reason"]


def test_a_row_with_only_a_headless_cell_is_not_dropped(summer_office, admin, tmp_path):
    width = len(P.SPEC.exchange_fields())
    path, _ = _sheet(tmp_path / "p.xlsx", [_row(), [None] * width + ["备注"]])
    report = xlsx.import_file(P.SPEC, path, admin)
    assert [p.row for p in report.problems] == [3]
    assert Petition.select().count() == 0


def test_the_template_with_a_value_beside_its_last_header(summer_office, admin, tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(P.SPEC, path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    last = max(c.column for c in sheet[1] if c.value)
    for column in range(1, last + 1):
        label = str(sheet.cell(1, column).value or "").rstrip("*＊")
        if label in ROW:
            sheet.cell(2, column).value = ROW[label]
    sheet.cell(2, last + 1).value = "补充说明"
    book.save(path)
    report = xlsx.import_file(P.SPEC, path, admin)
    assert [p.row for p in report.problems] == [2], [str(p) for p in report.problems]
    assert "没有列标题" in report.problems[0].reason


def test_column_letters_are_excels_own_without_openpyxl():
    """The import names a column by its letters without loading openpyxl (a third of a second
    of every import): the letters are the ones Excel and openpyxl give, to the last column."""
    import subprocess
    import sys

    from openpyxl.utils import get_column_letter

    from officedesk.exchange.cells import column_letter

    assert [column_letter(i) for i in (1, 26, 27, 52, 53, 702, 703, 16384)] == \
        ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]
    assert all(column_letter(i) == get_column_letter(i) for i in range(1, 16385))
    loaded = subprocess.run(
        [sys.executable, "-c",
         "import sys\n"
         "from officedesk.exchange import headers, importing, reading\n"
         "check = headers.headless_check(reading.Sheet(['a', None], [(2, ['x', 'y', 'z'])]))\n"
         "assert check(2, ['x', 'y', 'z']).column == 'B、C'\n"
         "print('openpyxl' in sys.modules)"],
        capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "False"
