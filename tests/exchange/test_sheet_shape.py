"""Workbooks shaped as clerks and other programs leave them: formulas saved without their result,
a 说明 sheet in front of the data, a title row above the headers. The import never reads a
formula it cannot see as a blank, says where the headers are and what to move when they are on
another sheet, and reads a table below its title rows from its header row, naming the rows above."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officedesk.core import petitions, settings
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from tests.exchange.builders import Formula, build_xlsx

TODAY = dt.date(2026, 6, 30)
HEADERS = ["登记日期", "信访形式", "信访人", "人数", "问题类别", "反映内容", "诉求"]
NO_RESULT = "但文件中没有保存计算结果"
WHAT_TO_DO = "请在 Excel 或 WPS 中打开并保存后再导入，或把公式改为数值"


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.code", "云委办")
    return db


def _row(**cells: object) -> list[object]:
    values = {"登记日期": dt.date(2026, 3, 5), "信访形式": "来信", "信访人": "癸一", "人数": 1,
              "问题类别": petitions.categories()[0], "反映内容": "反映土地补偿款未到位",
              "诉求": "请求尽快发放", **cells}
    return [values[h] for h in HEADERS]


def _import(path, admin, **kwargs):
    return xlsx.import_file(petitions.SPEC, path, admin, **kwargs)


# ---------------------------------------------------------------- formulas without a result


def test_a_formula_without_its_result_is_never_read_as_blank(office, admin, tmp_path):
    """A required column's formula was refused as empty (“请填写‘反映内容’”); an optional
    人数 `=1+1` was silently taken as blank."""
    rows = [HEADERS,
            _row(反映内容=Formula.of('CONCATENATE("反映","内容")')),
            _row(信访人="癸二", 人数=Formula.of("1+1"))]
    report = _import(build_xlsx(tmp_path / "f.xlsx", rows), admin)
    assert report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(2, "反映内容"), (3, "人数")]
    for problem in report.problems:
        assert NO_RESULT in problem.reason and WHAT_TO_DO in problem.reason
        assert "请填写" not in problem.reason
    assert "（=1+1）" in report.problems[1].reason  # the formula the clerk will look for
    assert str(report.problems[1]).startswith("第 3 行，“人数”列：这一格是公式")


def test_a_shared_formula_without_a_result_is_refused_too(office, admin, tmp_path):
    rows = [HEADERS, _row(人数=Formula.of("1+1", 2)), _row(信访人="癸二", 人数=Formula.of("", shared=True))]
    report = _import(build_xlsx(tmp_path / "f.xlsx", rows), admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, "人数")]
    assert NO_RESULT in report.problems[0].reason


def test_openpyxl_formulas_are_refused_as_written(office, admin, tmp_path):
    """openpyxl (and programs like it) write a formula with an empty <v>: no result either."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(_row(信访人='=CONCATENATE("辛","一")'))
    book.save(tmp_path / "o.xlsx")
    report = _import(tmp_path / "o.xlsx", admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "信访人")]
    assert NO_RESULT in report.problems[0].reason  # not “请填写信访人”


def test_computed_formulas_are_read_as_their_results(office, admin, tmp_path):
    rows = [HEADERS,
            _row(反映内容=Formula.of('CONCATENATE("反映","内容")', "反映内容", text=True),
                 人数=Formula.of("1+1", 2),
                 诉求=Formula.of('IF(1,"","x")', "", text=True))]  # a result that is empty text
    report = _import(build_xlsx(tmp_path / "f.xlsx", rows), admin)
    assert report.ok and report.imported == 1, [str(p) for p in report.problems]
    record = petitions.get(report.ids[0], admin)
    assert (record.content, record.people_count, record.demand or "") == ("反映内容", 2, "")


# ---------------------------------------------------------------- where the headers are


def test_a_sheet_in_front_is_named_with_the_sheet_that_holds_the_headers(office, admin, tmp_path):
    """The error listed “缺少必填列…” without naming the sheet it read."""
    book = openpyxl.Workbook()
    book.active.title = "信访"
    book.active.append(HEADERS)
    book.active.append(_row())
    notes = book.create_sheet("说明", 0)
    notes["A1"] = "填表说明"
    book.save(tmp_path / "s.xlsx")
    report = _import(tmp_path / "s.xlsx", admin)
    assert report.imported == 0
    [problem] = report.problems
    assert problem.reason == (
        "列标题在工作表“信访”中，而导入只读第一个工作表“说明”：请把工作表“信访”移到最前面"
        "（或删去它前面的工作表），再导入。")
    assert "请按下面的提示调整" in report.summary() and "没有检查下面的" not in report.summary()


def test_a_title_row_above_the_headers_is_read_past(office, admin, tmp_path):
    """A merged title row gave “column ‘云岭县信访台账（2026年）’ does not exist”; then a hint to
    delete it. The table is read from its header row; the title is named, not imported."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(_row())
    sheet.append(_row(信访人="癸二"))
    sheet.insert_rows(1)
    sheet.insert_rows(1)
    sheet["A1"] = "云岭县信访台账（2026年）"
    sheet["A2"] = "填报单位：县信访局"
    sheet.merge_cells("A1:G1")
    book.save(tmp_path / "t.xlsx")
    report = _import(tmp_path / "t.xlsx", admin)
    assert report.ok and report.imported == 2, [str(p) for p in report.problems]
    assert report.header_row == 3
    assert ("列标题在第 3 行：第 1 行（“云岭县信访台账（2026年）”）、第 2 行（“填报单位：县信访局”）是标题，"
            "没有作为数据导入。") in report.summary()
    assert sorted(p.name for p in petitions.SPEC.model.select()) == ["癸一", "癸二"]
    # a bad cell is named by the row Excel shows
    sheet["C5"] = None
    book.save(tmp_path / "t.xlsx")
    report = _import(tmp_path / "t.xlsx", admin, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(5, "信访人")]


def test_an_empty_first_row_above_the_headers_is_read_past(office, admin, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([None])
    sheet.append(HEADERS)
    sheet.append(_row())
    book.save(tmp_path / "e.xlsx")
    report = _import(tmp_path / "e.xlsx", admin)
    assert report.ok and report.imported == 1
    assert "列标题在第 2 行（上方是空行）。" in report.summary()


def test_an_empty_first_row_and_no_headers_below_is_refused(office, admin, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([None])
    sheet.append(["甲", "乙"])
    book.save(tmp_path / "n.xlsx")
    with pytest.raises(ValidationError, match="第一行没有列标题"):
        _import(tmp_path / "n.xlsx", admin)


def test_a_missing_column_names_the_sheet_read(office, admin, tmp_path):
    headers = [h for h in HEADERS if h != "信访形式"]
    rows = [headers, [v for h, v in zip(HEADERS, _row(), strict=True) if h != "信访形式"]]
    report = _import(build_xlsx(tmp_path / "m.xlsx", rows, sheet_name="台账"), admin)
    assert [str(p) for p in report.problems] == [
        "第 1 行（列标题），“信访形式”列：工作表“台账”的第一行缺少必填列“信访形式”。"]


def test_headers_that_are_just_wrong_get_no_placement_hint(office, admin, tmp_path):
    rows = [["日期", "来源", "姓名"], [dt.date(2026, 3, 5), "来信", "张三"]]
    report = _import(build_xlsx(tmp_path / "w.xlsx", rows), admin)
    assert report.header_only and not report.misplaced
    assert any("缺少必填列" in p.reason for p in report.problems)


def test_a_header_problem_below_a_title_names_the_header_row(office, admin, tmp_path):
    rows = [["云岭县信访台账（2026年）"], [*HEADERS, "办理情况"], [*_row(), "已转办"]]
    report = _import(build_xlsx(tmp_path / "h.xlsx", rows), admin)
    assert report.header_only
    assert str(report.problems[0]).startswith("第 2 行（列标题），“办理情况”列：信访没有“办理情况”这一项")
    assert report.as_dict()["problems"][0]["row"] == 2
    assert report.summary().startswith("第 2 行的列标题有问题（见下），所以没有检查下面的 1 行")


def test_a_missing_column_below_a_title_names_the_header_row(office, admin, tmp_path):
    headers = [h for h in HEADERS if h != "信访形式"]
    rows = [["云岭县信访台账（2026年）"], headers,
            [v for h, v in zip(HEADERS, _row(), strict=True) if h != "信访形式"]]
    report = _import(build_xlsx(tmp_path / "m.xlsx", rows, sheet_name="台账"), admin)
    assert [str(p) for p in report.problems] == [
        "第 2 行（列标题），“信访形式”列：工作表“台账”的列标题（第 2 行）缺少必填列“信访形式”。"]
