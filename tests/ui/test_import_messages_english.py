"""What a clerk reads after an import, in the English window: the report's summary, each refused
row's reason (a row twice in the file, a column without a title, a column the registry does
not have, a number the spreadsheet made of a code) and each change an update makes — through
the functions the window shows them with (ui.actions: report_summary, _problem_lines). They
were Chinese f-strings; the command line keeps the Chinese, byte for byte, with its own ways
(--skip-bad, officedesk template) where the window names its button and menu."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

from officedesk.core import directory, registry
from officedesk.core.i18n import display
from officedesk.exchange import xlsx
from officedesk.ui.actions import _problem_lines, report_summary
from tests.exchange.builders import build_xlsx
from tests.test_cli import Cli

CJK = re.compile(r"[\u3400-\u9fff]")
ROOMS = [["名称", "容量", "位置"], ["第一会议室", 60, "三楼"], ["第一会议室", 60, "三楼"],
         ["第二会议室", 30, "四楼", "多余的话"]]
# the values typed in the sheet come back as they are; the rest is English
TYPED = ("第一会议室", "第二会议室", "三楼", "四楼", "多余的话")

TRIAL = "试导入：共 3 行会议室，2 行有问题（未写入数据库）。请改正后再导入，或跳过有问题的行、导入其余 1 条（命令行：--skip-bad）。"
TWICE = "第 3 行：与本文件第 2 行是同一条会议室。"
HEADLESS = "第 4 行，“D”列：这一列有内容（“多余的话”），但这一列没有列标题：请补上列标题或删去这些内容，再导入。"


def _english_only(shown: str) -> bool:
    for typed in TYPED:
        shown = shown.replace(typed, "")
    return not CJK.search(shown)


def test_a_trial_import_s_summary_and_problems_read_in_english(english, db, admin, tmp_path):
    report = xlsx.import_file(directory.ROOMS, build_xlsx(tmp_path / "rooms.xlsx", ROOMS), admin,
                              dry_run=True)
    assert str(report.summary()) == TRIAL  # the Chinese as before
    assert sorted(str(p) for p in report.problems) == [TWICE, HEADLESS]

    summary = report_summary(report)
    assert summary.startswith("Trial import: 3 rows of "), summary
    # how to import the rest anyway: the check's own button, not the command line's --skip-bad
    assert "(click “Skip the rows with problems, import the rest”)" in summary, summary
    assert "--" not in summary and _english_only(summary), summary
    lines = sorted(_problem_lines(report))
    assert lines[0] == f"Row 3: The same {display('会议室')} as row 2 of this file.", lines
    assert lines[1].startswith("Row 4, column “D”: This column holds something (“多余的话”)"), lines
    assert all(_english_only(line) for line in lines), lines


def test_a_column_the_registry_lacks_is_told_in_english(english, db, admin, tmp_path):
    path = build_xlsx(tmp_path / "rooms.xlsx", [["名称", "楼层"], ["第一会议室", 3]])
    report = xlsx.import_file(directory.ROOMS, path, admin, dry_run=True)
    assert report.header_only
    assert "（命令行：officedesk template rooms 模板.xlsx）" in report.summary()  # the command line's way
    summary = report_summary(report)  # the window's: its menu
    assert "import template is in the window under “File → " in summary, summary
    assert "officedesk" not in summary and _english_only(summary), summary
    (line,) = _problem_lines(report)
    assert "has no item “楼层”; the columns it takes are: " in line, line
    assert _english_only(line.replace("楼层", "")), line


def test_an_update_s_changes_read_in_english(english, db, admin, tmp_path):
    xlsx.import_file(directory.ROOMS, build_xlsx(tmp_path / "rooms.xlsx", ROOMS[:2]), admin)
    export = tmp_path / "export.xlsx"
    xlsx.export(directory.ROOMS, export, admin)
    book = openpyxl.load_workbook(export)
    book.active["C2"] = "五楼"
    book.save(export)
    report = xlsx.import_file(directory.ROOMS, export, admin, dry_run=True, on_match="update")
    (change,) = report.updated
    assert str(change) == "第 2 行 第一会议室：位置：“三楼” → “五楼”"
    shown = display(change.text())
    assert shown == f"Row 2 第一会议室: {display('位置')}: “三楼” → “五楼”", shown
    summary = report_summary(report)
    assert summary.startswith("Trial import: 1 rows of ") and "1 updated" in summary, summary
    assert _english_only(summary), summary


def test_a_spreadsheet_number_in_a_code_column_is_english(english):
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    from officedesk.exchange.cell_checks import cell_reason

    field = registry.get("incoming").by_label("来文字号")
    reason = cell_reason(field, 20260012, True)
    assert reason == ("“来文字号”这一格被电子表格存成了数字（20260012），编号开头的 0 或其中的文字可能已经丢失。"
                      "请把这一列设成“文本”格式后照原样重新填写（或在前面加英文单引号 '），再导入。")
    shown = display(reason)
    assert "stored this" in shown and "20260012" in shown and not CJK.search(shown), shown


def test_the_command_line_prints_the_same_chinese(tmp_path):
    office = Cli.initialised(tmp_path)
    path = build_xlsx(tmp_path / "rooms.xlsx", ROOMS)
    result = office("import", "rooms", str(path), "--dry-run", check=1)
    assert TRIAL in result.stdout + result.stderr
    assert TWICE in result.stderr and HEADLESS in result.stderr


def test_other_core_refusals_read_in_english(english, db, admin, fixed_today, tmp_path):
    """A sample of the refusals made catalogue texts beside the import's: an account, a 督查
    task's date, a 信访 registration, a backup's name — each Chinese as before, English shown."""
    import datetime as dt

    import pytest

    from officedesk.core import accounts
    from officedesk.core.errors import NotFoundError, OfficeDeskError
    from officedesk.core.petitions.registration import check_group
    from officedesk.store import backup

    fixed_today(dt.date(2026, 11, 16))
    with pytest.raises(NotFoundError) as caught:
        accounts.get_user("nobody")
    assert caught.value.message == "没有用户“nobody”。"
    assert display(caught.value.message) == "There is no user “nobody”."

    with pytest.raises(OfficeDeskError) as caught:
        check_group("来信", 1, [{}, {}, {}])
    assert caught.value.message == "人数（1）少于登记的信访人（3 位），请改正人数。"
    shown = display(caught.value.message)
    assert shown == "The number of people (1) is less than the petitioners registered (3); please correct it."

    with pytest.raises(OfficeDeskError) as caught:
        backup.refuse_target(db, Path(tmp_path) / "办公室备份.docx")
    assert caught.value.message.startswith("备份文件的名字要以 .db 结尾，“")
    shown = display(caught.value.message)
    assert shown.startswith("A backup file's name ends in .db; “"), shown
    assert not CJK.search(shown.replace("办公室备份", "")), shown


def test_a_refusal_on_the_command_line_is_the_same_chinese(tmp_path):
    office = Cli.initialised(tmp_path)
    result = office("users", "set", "nobody", "姓名=某人", check=1)
    assert "没有用户“nobody”。" in result.stderr


def test_a_typed_value_that_looks_like_a_placeholder_is_kept(english):
    """A header or value a clerk typed with “%3” in it is put in as it is, in Chinese and English
    alike (the arguments were put in one after another, so a later one replaced it)."""
    from officedesk.core.i18n import text
    from officedesk.exchange.report import RowProblem

    problem = RowProblem(4, "增幅%3", text("这一格有 %1 字，超过 Excel 单元格 %2 字的上限。", 40000, 32767))
    assert str(problem).startswith("第 4 行，“增幅%3”列：这一格有")
    assert display(problem.text()).startswith("Row 4, column “增幅%3”: This cell has 40000"), display(problem.text())
