"""The command line as a clerk or a script uses it: real processes on a temporary database (a few
tests of what a command says run it in this process, its family tried in real ones)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import pytest

from tests.made_once import made_once

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Geheim2026x"


_INITED: dict[tuple[object, ...], subprocess.CompletedProcess] = {}


class Cli:
    """`officedesk …` as a clerk or a script runs it: a real process each command; or, made with
    here=True, cli.main in this process with the command's environment (its OFFICEDESK_* only)
    and a clock of its own, as a new process has them — for a test of what a command does and
    says, not of the process (starting one took 0.3–0.6 s a command)."""

    inited: subprocess.CompletedProcess | None = None

    def __init__(self, tmp_path: Path, here: bool = False) -> None:
        self.here = here
        self.home = tmp_path / "home"
        self.db = tmp_path / "office.db"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICEDESK_")}
        self.env.update(
            {
                "OFFICEDESK_HOME": str(self.home),
                "OFFICEDESK_ADMIN_PASSWORD": PASSWORD,
                "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                "PYTHONIOENCODING": "utf-8",
                "QT_QPA_PLATFORM": "offscreen",
            }
        )

    def __call__(
        self, *args: str, db: bool = True, check: int | None = 0
    ) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "officedesk", *args]
        if db:
            command += ["--db", str(self.db)]
        if self.here:
            result = self._in_this_process(command)
            if check is not None:
                assert result.returncode == check, (result.returncode, result.stdout, result.stderr)
            return result
        result = subprocess.run(
            command,
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        if check is not None:
            assert result.returncode == check, (result.returncode, result.stdout, result.stderr)
        return result

    def _in_this_process(self, command: list[str]) -> subprocess.CompletedProcess:
        """cli.main(command's arguments) here, as `python -m officedesk` runs it (its exit code
        main's): the environment's OFFICEDESK_* those of this Cli's, the settings and holidays
        read anew, the clock OFFICEDESK_TODAY's or the real one; the test's put back after."""
        from officedesk import cli
        from officedesk.core import clock, settings, workdays

        out, err = io.StringIO(), io.StringIO()
        offset = clock._offset
        with pytest.MonkeyPatch.context() as patch:
            for name in os.environ:
                if name.startswith("OFFICEDESK_"):
                    patch.delenv(name)
            for name, value in self.env.items():
                if name.startswith("OFFICEDESK_"):
                    patch.setenv(name, value)
            patch.chdir(ROOT)
            settings.forget_cache()
            workdays.forget_overrides()
            try:
                clock._from_environment()
                if "OFFICEDESK_TODAY" not in self.env:
                    clock.set_today(None)
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    code = cli.main(command[3:])
            finally:
                settings.forget_cache()
                workdays.forget_overrides()
                clock.set_today(None)
                clock._offset = offset
        return subprocess.CompletedProcess(command, code, out.getvalue(), err.getvalue())

    @classmethod
    def initialised(cls, tmp_path: Path, *more: str, here: bool = False) -> Cli:
        """A new office (中共云岭县委办公室, 云委办), its administrator the default one (or `more`
        options of init's): `init` run once a test process in a real one, its database, anchor
        and home copied for each test after (1.5–3 s a test; tests/made_once.py). `inited`
        is what that `init` said. here=True: its later commands in this process (see Cli)."""
        cli = cls(tmp_path)
        args = ("init", "--org", "中共云岭县委办公室", "--code", "云委办", *more)
        environment = tuple(sorted((k, v) for k, v in cli.env.items()  # all but the test's own
                                   if k != "OFFICEDESK_HOME" and k != "PYTEST_CURRENT_TEST"))
        key = ("cli init", args, environment, dt.date.today())

        def make() -> None:
            _INITED[key] = cli(*args)

        made_once(key, [cli.db, Path(f"{cli.db}.anchor.json"), cli.home], make,
                  lambda: tempfile.mkdtemp(prefix="new-office-", dir=tmp_path.parent))
        cli.inited = _INITED[key]
        cli.here = here
        return cli

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--json").stdout)


@pytest.fixture
def cli(tmp_path):
    return Cli(tmp_path)


# tests of what a command says, whose family has a test in real processes here: in this process
HERE = {"test_refused_add_says_why_in_chinese", "test_search_finds_a_person_by_one_and_two_characters",
        "test_a_print_font_file_gone_since_is_kept_and_said_in_chinese",
        "test_a_restore_to_a_new_path_keeps_no_empty_copy",
        "test_import_of_bad_rows_is_refused_with_reasons",  # import: the template round trip
        "test_print_lists_forms_and_checks_its_arguments"}  # print: test_print_writes_a_pdf_by_id


@pytest.fixture
def office(tmp_path, request):
    cli = Cli.initialised(tmp_path, "--admin", "chief", here=request.function.__name__ in HERE)
    assert "云委办" in cli.inited.stdout and "chief" in cli.inited.stdout
    return cli


def test_init_add_with_json(office):
    unit = office.json("add", "units", "单位名称=县委办公室", "简称=县委办")
    assert unit["registry"] == "units" and isinstance(unit["id"], int) and unit["number"] is None
    person = office.json(
        "add",
        "people",
        "姓名=张三",
        "性别=男",
        "单位=县委办",
        "职务=秘书科科长",
        "级别=11",
        "电话=13800000001",
    )
    assert person["registry"] == "people" and person["id"] >= 1
    room = office.json("add", "rooms", "名称=第一会议室", "容量=60", "位置=县委大楼三楼")
    assert room["registry"] == "rooms"
    plain = office("add", "rooms", "名称=常委会议室", "容量=30")
    assert "已添加会议室：常委会议室" in plain.stdout
    assert (
        "已添加会议室：小会议室" in office("add", "rooms", "名称=小会议室", "位置=").stdout
    )  # empty = left out


def test_init_twice_is_refused(office):
    result = office("init", "--org", "另一个", "--code", "X", check=1)
    assert "已经初始化" in result.stderr


def test_init_without_password_is_refused(cli):
    cli.env.pop("OFFICEDESK_ADMIN_PASSWORD")
    result = cli("init", "--org", "中共云岭县委办公室", "--code", "云委办", check=1)
    assert "OFFICEDESK_ADMIN_PASSWORD" in result.stderr


def test_refused_add_says_why_in_chinese(office):
    result = office("add", "people", "姓名=李四", "电话=abc", check=1)
    assert "电话号码“abc”格式不对" in result.stderr
    result = office("add", "people", "职务=科员", check=1)
    assert "请填写“姓名”" in result.stderr
    result = office("add", "people", "姓名=李四", "单位=没有这个单位", check=1)
    assert "通讯录中没有单位" in result.stderr
    result = office("add", "people", "姓名=李四", "爱好=钓鱼", check=1)
    assert "没有“爱好”这一项" in result.stderr
    result = office("add", "nothing", "a=b", check=1)
    assert "没有名为“nothing”的登记簿" in result.stderr
    assert result.stdout == ""


def test_usage_errors_exit_2(office):
    assert "缺少参数" in office("add", check=2).stderr
    assert "应写成 字段=值" in office("add", "people", "姓名张三", check=2).stderr
    assert office("serch", "x", check=2).stderr
    assert office("print", "notice", "abc", "-o", "x.pdf", check=2).stderr
    result = office("--help", db=False)
    assert "子命令" in result.stdout and "init" in result.stdout


def test_missing_database_is_a_chinese_message(cli):
    result = cli("check", check=1)
    assert "不存在" in result.stderr and "officedesk init" in result.stderr
    assert "Traceback" not in result.stderr


def test_template_export_import_round_trip(office, tmp_path):
    template = tmp_path / "人员模板.xlsx"
    office("add", "units", "单位名称=县委办公室")
    office("template", "people", str(template))
    workbook = openpyxl.load_workbook(template)
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == ["姓名", "性别", "单位", "职务", "级别", "电话", "停用"]
    sheet.append(["王五", "男", "县委办公室", "科员", 16, "13900000003"])
    sheet.append(["赵六", "女", "县委办公室", "文书", 15, "13900000004"])
    sheet.append(["孙七", "男", "县委办公室", "科员", 16, "13900000005", "是"])  # retired
    workbook.save(template)

    dry = office("import", "people", str(template), "--dry-run")
    assert "试导入" in dry.stdout
    assert office.json("search", "王五") == []  # the dry run wrote nothing

    report = json.loads(office("import", "people", str(template), "--json").stdout)
    assert report["imported"] == 3 and report["problems"] == []

    exported = tmp_path / "人员.xlsx"
    assert "已导出 3 条人员" in office("export", "people", str(exported)).stdout
    rows = [
        [c.value for c in row] for row in openpyxl.load_workbook(exported).worksheets[0].iter_rows()
    ]
    assert sorted(r[0] for r in rows[1:]) == ["孙七", "王五", "赵六"]
    assert {r[2] for r in rows[1:]} == {"县委办公室"}
    assert {r[0]: r[6] for r in rows[1:]} == {"王五": "否", "赵六": "否", "孙七": "是"}


def test_import_of_bad_rows_is_refused_with_reasons(office, tmp_path):
    path = tmp_path / "bad.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["名称", "容量", "位置"])
    workbook.active.append(["第一会议室", "六十", "三楼"])
    workbook.save(path)
    result = office("import", "rooms", str(path), check=1)
    assert "第 2 行，“容量”列" in result.stderr and "没有导入任何数据" in result.stderr
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert "不是有效的 Excel 工作簿" in office("import", "rooms", str(broken), check=1).stderr


def test_search_finds_a_person_by_one_and_two_characters(office):
    office("add", "units", "单位名称=县信访局")
    added = office.json("add", "people", "姓名=欧阳明远", "单位=县信访局", "职务=接访科科长")
    for text in ("欧", "明远"):
        hits = office.json("search", text)
        assert {"registry": "people", "id": added["id"]}.items() <= {
            k: v for hit in hits for k, v in hit.items() if hit["id"] == added["id"]
        }.items()
    assert office.json("search", "远明") == []
    assert "没有找到" in office("search", "远明").stdout
    # several words, given as one argument or as several: the records holding each
    assert [hit["id"] for hit in office.json("search", "欧阳 科长")] == [added["id"]]
    assert [hit["id"] for hit in office.json("search", "欧阳", "接访")] == [added["id"]]
    assert office.json("search", "欧阳", "远明") == []


def test_search_says_when_more_were_left_off(office):
    """`search` said 只显示前面这些 whenever the page was full, even of every hit there was; now
    only when some were left off, and how to find the rest."""
    office("add", "units", "单位名称=县防汛抗旱指挥部办公室")
    for n in range(1, 5):
        office("add", "rooms", f"名称=防汛会商{n}号室")
    listed = office("search", "防汛", "--limit", "3").stdout
    assert "共 3 条" in listed and "还有更多" in listed and "list 登记簿 --word" in listed
    whole = office("search", "防汛", "--limit", "5").stdout
    assert "共 5 条" in whole and "还有更多" not in whole
    # grouped in the tabs' order: 通讯录's 单位 before its 会议室, whichever the index keeps first
    assert [line.split("]")[0] for line in whole.splitlines() if line.startswith("[")] == \
        ["[单位"] + ["[会议室"] * 4


def test_backup_and_restore(office, tmp_path):
    office("add", "rooms", "名称=第一会议室", "容量=60")
    backup = tmp_path / "备份" / "office-backup.db"
    assert str(backup) in office("backup", str(backup)).stdout
    assert backup.exists()
    office("add", "rooms", "名称=第二会议室", "容量=40")
    assert len(office.json("search", "会议室")) == 2
    result = office("restore", str(backup))
    assert "已从" in result.stdout
    hits = office.json("search", "会议室")
    assert [h["title"] for h in hits] == ["第一会议室"]
    assert "找不到备份文件" in office("restore", str(tmp_path / "nothing.db"), check=1).stderr
    junk = tmp_path / "junk.db"
    junk.write_text("not a database", encoding="utf-8")
    assert "不是 OfficeDesk 的备份文件" in office("restore", str(junk), check=1).stderr
    assert [h["title"] for h in office.json("search", "会议室")] == ["第一会议室"]  # left as it was


def test_check_on_a_good_database(office):
    office("add", "units", "单位名称=县委办公室")
    assert "完好" in office("check").stdout


def test_stats_json_is_valid(office):
    figures = office.json("stats")
    assert isinstance(figures, dict) and isinstance(figures["year"], int)
    assert office.json("stats", "--year", "2025")["year"] == 2025


def test_demo_fills_an_empty_database_and_refuses_a_second_time(cli):
    result = cli("demo", "--size", "5")
    assert "通讯录" in result.stdout
    assert cli.json("search", "县委办公室")
    again = cli("demo", check=1)
    assert "已有通讯录数据" in again.stderr


def test_print_lists_forms_and_checks_its_arguments(office, tmp_path):
    listing = office("print", "--list", db=False).stdout
    assert "print " in listing and "-o 文件.pdf" in listing
    first = listing.split()[0]
    assert "-o" in office("print", first, "1", check=2).stderr
    assert (
        "不存在"
        not in office("print", "no-such-form", "1", "-o", str(tmp_path / "x.pdf"), check=1).stderr
    )
    assert not (tmp_path / "x.pdf").exists()


def test_print_writes_a_pdf_by_id(office, tmp_path):
    from officedesk.printing import forms

    printable = [f for f in forms.all_forms() if not f.needs_ids]
    if not printable:
        pytest.skip("no form prints without ids yet")
    output = tmp_path / "out" / "form.pdf"
    result = office("print", printable[0].name, "-o", str(output))
    assert "已生成" in result.stdout
    assert output.read_bytes().startswith(b"%PDF")


def test_main_in_process_returns_exit_codes(capsys):
    from officedesk import cli as cli_module

    assert cli_module.main(["--version"]) == 0
    assert cli_module.main(["add"]) == 2
    assert "缺少参数" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--smoke", "--db", "x.db"], True),
        (["--db", "x.db"], True),
        (["-platform", "offscreen"], True),
        (["search", "x"], False),
        (["--db", "x.db", "check"], False),
        (["serch"], False),
        (["-h"], False),
    ],
)
def test_which_arguments_start_the_window(argv, gui):
    from officedesk.cli import _wants_gui

    assert _wants_gui(argv) is gui


@pytest.mark.postgres
def test_the_same_commands_on_postgresql(pg_url, tmp_path):
    cli = Cli(tmp_path)
    url = ["--db", pg_url]
    cli("init", "--org", "中共云岭县委办公室", "--code", "云委办", *url, db=False)
    cli("add", "units", "单位名称=县委办公室", *url, db=False)
    added = json.loads(
        cli("add", "people", "姓名=张三", "单位=县委办公室", "--json", *url, db=False).stdout
    )
    hits = json.loads(cli("search", "张", "--json", *url, db=False).stdout)
    assert [h["id"] for h in hits] == [added["id"]]
    exported = tmp_path / "people.xlsx"
    cli("export", "people", str(exported), *url, db=False)
    again = cli("import", "people", str(exported), *url, db=False, check=1)
    assert "重复（记录号相同）" in again.stderr  # a re-import into the same office: the very record
    result = cli("import", "people", str(exported), "--matched", "add", *url, db=False)
    assert "已导入 1 条人员" in result.stdout  # people may share a name: added when asked
    assert "完好" in cli("check", *url, db=False).stdout
    assert "pg_dump" in cli("backup", str(tmp_path / "x.db"), *url, db=False, check=1).stderr


def test_no_subcommand_starts_the_window(cli):
    # a copy of an attachment opened for viewing (core.opened_copies): closing the window without
    # 注销 removes it, as 注销 does — it waited for the next log-in
    opened = cli.home / "data" / "opened" / "0123456789abcdef" / "机密件.pdf"
    opened.parent.mkdir(parents=True)
    opened.write_bytes(b"%PDF-1.4")
    result = cli("--smoke", check=0)  # offscreen: opens the main window on the database and exits
    assert "smoke ok" in result.stdout
    assert cli.db.exists()
    assert not opened.parent.exists()


def test_a_print_font_file_gone_since_is_kept_and_said_in_chinese(office, tmp_path):
    """settings print.font.fangsong /path/my.ttf, then rm my.ttf: `settings` still shows the
    path and says on stderr, in Chinese, that the file cannot be found and what to do; print
    makes its paper with the bundled face and says the same."""
    from officedesk.printing import fonts, forms

    mine = tmp_path / "my.ttf"
    mine.write_bytes(fonts.bundled_font_file(fonts.FANGSONG).read_bytes())
    office("settings", "print.font.fangsong", str(mine))
    mine.unlink()
    shown = office("settings", "print.font.fangsong")
    assert shown.stdout.strip() == str(mine)
    assert "找不到字体文件" in shown.stderr and "放回原处" in shown.stderr
    assert "refused" not in shown.stderr and "reading the default" not in shown.stderr
    printable = [f for f in forms.all_forms() if not f.needs_ids]
    output = tmp_path / "form.pdf"
    printed = office("print", printable[0].name, "-o", str(output))
    assert output.read_bytes().startswith(b"%PDF")
    assert "找不到字体文件" in printed.stderr and str(mine) in printed.stderr
    assert "自带的字体" in printed.stderr and "refused" not in printed.stderr
    assert office("settings", "print.font.fangsong").stdout.strip() == str(mine)


def test_a_restore_to_a_new_path_keeps_no_empty_copy(office, tmp_path):
    """`restore 备份 --db 新文件.db` where there is no database yet: the empty one made to
    restore into is not kept aside as if it were the database before, and the report says
    there was none."""
    backup = tmp_path / "copy.db"
    office("backup", str(backup))
    new = tmp_path / "nodir" / "x.db"
    result = office("restore", str(backup), "--db", str(new), db=False)
    assert "已从备份恢复" in result.stdout
    assert "还没有数据库" in result.stdout and "另存为" not in result.stdout
    assert list(office.home.rglob("x-v0-*")) == []
    assert "数据库完好" in office("check", "--db", str(new), db=False).stdout
