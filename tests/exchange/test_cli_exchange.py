"""The command line's exchange options: export --unmasked (administrator, audited), import
--update / --matched, a capped list of problems, and help texts that read right."""

from __future__ import annotations

import json
import sqlite3

import openpyxl
import pytest

from officedesk import cli
from tests.exchange.builders import build_xlsx
from tests.test_cli import Cli

ID = "110101199003071233"


# an export and an import in real processes, and a test of an exit code (as a shell has them);
# the others run `officedesk …` in this process (Cli here=True)
IN_PROCESSES = {"test_export_masks_unless_unmasked_and_that_is_audited",
                "test_import_update_and_matched_from_the_command_line",
                "test_skip_bad_update_that_wrote_rows_exits_0"}


@pytest.fixture
def office(tmp_path, request):
    return Cli.initialised(tmp_path, here=request.function.__name__ not in IN_PROCESSES)


def test_every_subcommand_help_starts_with_one_usage(capsys):
    names = sorted(cli.SUBCOMMANDS)
    for name in names:
        assert cli.main([name, "-h"]) == 0
        text = capsys.readouterr().out
        assert text.startswith(f"用法：officedesk {name}"), (name, text[:60])
        assert "用法：用法：" not in text
    assert cli.main(["-h"]) == 0 and capsys.readouterr().out.startswith("用法：officedesk ")


def test_export_masks_unless_unmasked_and_that_is_audited(office, tmp_path):
    office(
        "add", "petitions", "登记日期=2026-03-01", "信访形式=来信", "信访人=周大海",
        f"身份证号={ID}", "联系电话=13812345678", "问题类别=劳动社保", "反映内容=拖欠工资",
    )
    masked = tmp_path / "masked.xlsx"
    out = office("export", "petitions", str(masked)).stdout
    assert "未遮盖" not in out
    row = dict(zip(*openpyxl.load_workbook(masked).active.iter_rows(values_only=True), strict=False))
    assert row["身份证号"] == "110101********1233" and row["联系电话"] == "138****5678"

    full = tmp_path / "full.xlsx"
    out = office("export", "petitions", str(full), "--unmasked").stdout
    assert "未遮盖，已记入审计" in out
    row = dict(zip(*openpyxl.load_workbook(full).active.iter_rows(values_only=True), strict=False))
    assert row["身份证号"] == ID and row["联系电话"] == "13812345678"
    with sqlite3.connect(office.db) as connection:
        views = connection.execute(
            "select actor, summary from audit_entry where action = 'view'"
        ).fetchall()
    assert views == [("cli-admin", "以完整身份证号和电话导出信访 1 条到 full.xlsx")]


def test_import_update_and_matched_from_the_command_line(office, tmp_path):
    path = build_xlsx(tmp_path / "rooms.xlsx", [["名称", "容量", "位置"], ["第一会议室", 60, "三楼"]])
    office("import", "rooms", str(path))
    again = office("import", "rooms", str(path), check=1)
    assert "重复（名称相同）" in again.stderr and "--matched skip、--update" in again.stderr
    assert "1 行已有记录、跳过" in office("import", "rooms", str(path), "--matched", "skip").stdout
    export = tmp_path / "export.xlsx"
    office("export", "rooms", str(export))
    book = openpyxl.load_workbook(export)
    book.active["C2"] = "五楼"
    book.save(export)
    out = office("import", "rooms", str(export), "--update").stdout
    assert "更新 1 条" in out and "已更新 第 2 行 第一会议室：位置：“三楼” → “五楼”" in out
    usage = office("import", "rooms", str(export), "--update", "--matched", "add", check=2)
    assert "不能同时使用" in usage.stderr


def test_a_room_put_out_of_use_by_import_update_is_reported_in_words(office, tmp_path):
    """停用 (probe142) set from the command line, which has no edit: the report said
    停用：“否” → “True”, the stored value rather than the cell's word."""
    path = build_xlsx(tmp_path / "rooms.xlsx", [["名称", "容量", "位置"], ["第一会议室", 60, "三楼"]])
    office("import", "rooms", str(path))
    export = tmp_path / "export.xlsx"
    office("export", "rooms", str(export))
    book = openpyxl.load_workbook(export)
    assert book.active["D1"].value == "停用"
    book.active["D2"] = "是"
    book.save(export)
    out = office("import", "rooms", str(export), "--update").stdout
    assert "已更新 第 2 行 第一会议室：停用：“否” → “是”" in out
    assert "第一会议室  60  三楼  是" in office("list", "rooms").stdout


def test_more_than_100_problems_are_counted_not_listed(office, tmp_path):
    rows = [["名称", "容量"]] + [[f"会议室{i}", "很多"] for i in range(130)]
    result = office("import", "rooms", str(build_xlsx(tmp_path / "r.xlsx", rows)), check=1)
    lines = result.stderr.strip().splitlines()
    assert sum(line.startswith("第 ") for line in lines) == 100
    assert "……另有 30 处问题未列出。" in lines


def test_skip_bad_update_that_wrote_rows_exits_0(office, tmp_path):
    rows = [["名称", "容量", "位置"], ["第一会议室", 60, "三楼"], ["第二会议室", 30, "四楼"]]
    office("import", "rooms", str(build_xlsx(tmp_path / "rooms.xlsx", rows)))
    export = tmp_path / "export.xlsx"
    office("export", "rooms", str(export))
    book = openpyxl.load_workbook(export)
    book.active["C2"] = "五楼"
    book.active["B3"] = "很多"
    book.save(export)
    refused = office("import", "rooms", str(export), "--update", check=1)
    assert "没有导入任何数据" in refused.stderr
    done = office("import", "rooms", str(export), "--update", "--skip-bad")  # exit 0: written
    assert "更新 1 条" in done.stdout and "跳过 1 行有问题的行" in done.stdout
    assert "第 3 行，“容量”列" in done.stderr


def test_a_trial_run_with_skip_bad_tells_what_the_import_would_do(office, tmp_path):
    rows = [["名称", "容量"], ["第一会议室", 60], ["第二会议室", "很多"], ["第三会议室", "不少"]]
    path = build_xlsx(tmp_path / "rooms.xlsx", rows)
    trial = office("import", "rooms", str(path), "--dry-run", "--skip-bad")
    assert "试导入：可导入 1 条会议室，跳过 2 行有问题的行（见下）；未写入数据库。" in trial.stdout
    assert "请改正后再导入" not in trial.stdout + trial.stderr
    data = json.loads(office("import", "rooms", str(path), "--dry-run", "--skip-bad", "--json").stdout)
    assert (data["imported"], data["skipped"], data["dry_run"]) == (1, 2, True)
    done = json.loads(office("import", "rooms", str(path), "--skip-bad", "--json").stdout)
    assert (done["imported"], done["skipped"]) == (data["imported"], data["skipped"])


def test_import_export_template_help_list_the_registries(capsys):
    from officedesk.core import registry

    names = {s.name for s in registry.all_registries()}  # in the order their modules loaded
    for name in ("import", "export", "template", "add"):  # every registry takes `add` too
        assert cli.main([name, "-h"]) == 0
        text = "".join(capsys.readouterr().out.split())  # argparse wraps the list
        listed = text.partition("参数：登记簿")[2]  # as step -h lists its own
        listed = listed.partition("文件.xlsx")[0].partition("字段=值")[0]
        listed, _, note = listed.partition("（")  # the note after the list: its Chinese names too
        assert set(listed.split("、")) == names, name
        assert note.startswith("也可写中文名"), name


def test_a_header_problem_says_where_the_template_is_in_the_window_and_here(office, tmp_path):
    rows = [["收文日期", "来文方", "标题"], ["2026-11-03", "市委办", "标题"]]
    result = office("import", "incoming", str(build_xlsx(tmp_path / "h.xlsx", rows)), check=1)
    for text in (result.stdout, result.stderr):
        assert "officedesk template incoming 模板.xlsx" in text and "“文件 → 下载导入模板”" in text
        assert "“下载模板”" not in text
    rows = [[], [], ["没有列标题的一行"]]  # nothing anywhere that looks like headers
    result = office("import", "incoming", str(build_xlsx(tmp_path / "n.xlsx", rows)), check=1)
    assert "第一行没有列标题" in result.stderr
    assert "收文的导入模板可在窗口中用“文件 → 下载导入模板”得到（命令行：officedesk template incoming" \
        in result.stderr


@pytest.mark.parametrize("name", ["rooms.csv", "rooms.xls", "rooms.ods", "rooms.txt"])
def test_an_export_or_template_under_another_format_s_name_is_refused(office, tmp_path, name):
    """The file is an Excel workbook (.xlsx): under a .csv name it opened as garbage, under .xls
    Excel warned its content did not match; nothing is written, and the message names the file
    to give instead."""
    for command in ("export", "template"):
        result = office(command, "rooms", str(tmp_path / name), check=1)
        assert f"请把文件名改为“{name.rsplit('.', 1)[0]}.xlsx”" in result.stderr, result.stderr
        assert not (tmp_path / name).exists()
    office("export", "rooms", str(tmp_path / "rooms.XLSX"))
    assert (tmp_path / "rooms.XLSX").exists()
