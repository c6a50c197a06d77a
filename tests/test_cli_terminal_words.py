"""The command line speaks to a clerk at a terminal: print -o writes a PDF under a PDF's name, an
option that would do nothing is refused, a long value is not echoed back whole, the window's
ways (登录, 恢复备份, 选择) are said as commands, and a name's RTL override is shown, not obeyed."""

from __future__ import annotations

import json
import os

import pytest

from officedesk.core.documents import attachments
from officedesk.store import file_guard
from officedesk.store.db_errors import COMMAND_LINE, messages_for
from tests.cli_office import new_office

LONG = "长" * 10_000
RLO = "\u202e"


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def _incoming(office) -> int:
    return office.json("add", "incoming", "来文机关=县财政局", "来文字号=云财发〔2026〕1号",
                       "标题=关于预算的通知", "文种=通知", "收文日期=2026-11-16")["id"]


def test_print_refuses_a_spreadsheet_name_for_its_pdf(office, tmp_path):
    meeting_free = tmp_path / "out" / "名单.xlsx"
    _out, said = office("print", "archive-list", "--year", "2026", "-o", str(meeting_free), code=2)
    assert "PDF" in said and "名单.pdf" in said
    assert not meeting_free.exists()


def test_print_puts_pdf_after_a_name_without_one_and_says_so(office, tmp_path):
    given = tmp_path / "out" / "目录"
    out, said = office("print", "archive-list", "--year", "2026", "-o", str(given))
    made = given.with_name("目录.pdf")
    assert made.read_bytes().startswith(b"%PDF") and not given.exists()
    assert str(made) in out and "已存为 目录.pdf" in said


def test_attach_refuses_an_output_file_without_save(office, tmp_path):
    record = _incoming(office)
    _out, said = office("attach", "incoming", str(record), "-o", str(tmp_path / "x.pdf"), code=2)
    assert "--save 附件号" in said
    source = tmp_path / "a.txt"
    source.write_text("正文")
    office("attach", "incoming", str(record), str(source), "--json", code=2)
    office("attach", "incoming", str(record))  # nothing was added by the refused one
    assert "没有附件" in office("attach", "incoming", str(record))[0]


@pytest.mark.parametrize("args", [
    ["add", "people", "姓名=张三", f"电话={LONG}"],
    ["add", "people", "姓名=张三", f"{LONG}=1"],
    ["add", LONG],
    ["settings", "org.fonds", LONG],
    ["print", "notice", LONG, "-o", "x.pdf"],
    ["holidays", LONG],
    ["list", "people", "--bogus", LONG],
])
def test_a_long_value_is_quoted_cut_with_its_length(office, args):
    _out, said = office(*args, code=2 if args[0] in ("print", "holidays", "list") else 1)
    assert len(said) < 1500, said[:300]
    assert "长" * 40 + "…（共 10000 字）" in said


def test_a_long_search_word_is_cut_when_nothing_is_found(office):
    out, _said = office("search", LONG)
    assert len(out) < 200 and "（共 10000 字）" in out


def test_init_on_an_office_names_commands_not_the_login(office):
    _out, said = office("init", "--org", "中共某某县委办公室", "--code", "某委办", code=1)
    assert "登录" not in said
    assert "officedesk users" in said and "--db" in said


def test_the_window_still_says_log_in():
    from officedesk.core.accounts import _set_up_already

    assert "请用管理员账号登录" in _set_up_already()


def test_a_lost_database_file_is_said_with_the_restore_command(tmp_path):
    path = str(tmp_path / "office.db")
    assert "“恢复备份”" in file_guard._lost_file(path)
    with messages_for(COMMAND_LINE):
        said = file_guard._lost_file(path)
    assert "恢复备份”" not in said and "退出程序" not in said
    assert f"officedesk restore 备份文件 --db {path}" in said


def test_a_missing_attachment_file_is_not_to_be_chosen_again_at_the_terminal(office, tmp_path):
    record = _incoming(office)
    _out, said = office("attach", "incoming", str(record), str(tmp_path / "没有.pdf"), code=1)
    assert "重新选择" not in said and "检查文件名" in said
    assert "重新选择" in attachments.source_problem(tmp_path / "没有.pdf")  # the window's dialog


def test_a_right_to_left_override_in_a_name_is_shown_not_obeyed(office, tmp_path):
    record = _incoming(office)
    source = tmp_path / f"报告{RLO}fdp.exe"
    source.write_bytes(b"MZ")
    out, _said = office("attach", "incoming", str(record), str(source))
    assert RLO not in out and "报告<U+202E>fdp.exe" in out
    listed = office("attach", "incoming", str(record))[0]
    assert RLO not in listed and "报告<U+202E>fdp.exe" in listed
    raw = office("attach", "incoming", str(record), "--json")[0]
    assert RLO not in raw  # escaped as JSON's \u202e, read back as the name it is
    assert json.loads(raw)[0]["filename"] == f"报告{RLO}fdp.exe"
    assert os.sep not in json.loads(raw)[0]["filename"]


def test_a_path_is_shown_whole_up_to_its_own_length():
    from officedesk.cli_output import cut_quoted

    path = "/home/办公室/" + "文件夹/" * 20 + "目录.pdf"  # 100 characters and more
    assert cut_quoted(f"无法写入“{path}”。") == f"无法写入“{path}”。"
    deep = "/" + "长" * 400
    assert cut_quoted(f"无法写入“{deep}”。") == f"无法写入“{deep[:40]}…（共 401 字）”。"
