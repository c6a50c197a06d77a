"""`officedesk holidays` and `officedesk users password|unlock`: what the window's 节假日调整
and 用户管理 do, scriptable, with the same checks (core's) and Chinese messages."""

from __future__ import annotations

import pytest

from tests.test_cli import Cli

# a command family's test run in real processes (its exit codes and output as a shell has them);
# the others run `officedesk …` in this process (Cli here=True)
IN_PROCESSES = {"test_holidays_are_listed_added_and_removed",
                "test_an_administrator_resets_a_password_and_unlocks"}


@pytest.fixture
def office(tmp_path, request):
    return Cli.initialised(tmp_path, here=request.function.__name__ not in IN_PROCESSES)


def test_holidays_are_listed_added_and_removed(office):
    assert "没有节假日调整" in office("holidays").stdout
    assert "已设 2027-10-08 为放假" in office("holidays", "add", "2027-10-08", "放假", "国庆节").stdout
    assert "上班（调休）" in office("holidays", "add", "2027-10-09", "上班", "调休").stdout
    rows = office.json("holidays")
    assert [(r["day"], r["workday"], r["note"]) for r in rows] == [
        ("2027-10-08", False, "国庆节"), ("2027-10-09", True, "调休")]
    assert "已删除 2027-10-08" in office("holidays", "remove", "2027-10-08").stdout
    assert [r["day"] for r in office.json("holidays")] == ["2027-10-09"]
    assert "数据库完好" in office("check", check=0).stdout  # the audited changes keep the chain whole


def test_holiday_slips_are_refused_in_chinese(office):
    result = office("holidays", "add", "2027-10-08", "补课", check=2)
    assert "放假 还是 上班" in result.stderr and "Traceback" not in result.stderr
    result = office("holidays", "remove", "2027-10-08", check=1)
    assert "没有节假日调整" in result.stderr
    result = office("holidays", "add", "2027-13-08", "放假", check=1)
    assert "不是有效日期" in result.stderr


def test_an_administrator_resets_a_password_and_unlocks(office):
    office("users", "add", "k1", "姓名=张科员", "角色=科员", "密级=公开", "--password", "Yunling2026!")
    result = office("users", "password", "k1", "--password", "Yunling2027#")
    assert "已重置用户 k1 的密码" in result.stdout
    result = office("users", "password", "k1", "--password", "short", check=1)
    assert "至少 8 位" in result.stderr
    assert "已解除用户 k1 的锁定" in office("users", "unlock", "k1").stdout
    result = office("users", "password", "nobody", "--password", "Yunling2027#", check=1)
    assert "没有用户" in result.stderr


def test_holiday_changes_answer_in_json_when_asked(office):
    added = office.json("holidays", "add", "2027-10-08", "放假", "国庆", " 节")
    assert added == {"day": "2027-10-08", "kind": "放假", "workday": False, "note": "国庆 节",
                     "recounted": 0, "replaced": None}  # a new office: no running limit to move
    assert office.json("holidays", "add", "2027-10-09", "补班")["kind"] == "上班（调休）"
    removed = office.json("holidays", "remove", "2027-10-08")
    assert removed == {"day": "2027-10-08", "removed": True, "recounted": 0}
    assert [r["day"] for r in office.json("holidays")] == ["2027-10-09"]


def test_a_year_entered_whole_is_marked_from_the_command_line(office):
    """holidays complete|incomplete 年份: the administrator's word that the year's arrangement
    is all entered; until then its deadlines are 暂按 (a day or two typed is not the table)."""
    office("holidays", "add", "2027-01-30", "上班", "调休")
    result = office("holidays", "complete", "2027", check=1)
    assert "还没有录入任何放假日" in result.stderr and "Traceback" not in result.stderr
    office("holidays", "add", "2027-02-10", "放假", "春节")
    assert "已全部录入" in office("holidays", "complete", "2027").stdout
    assert "已全部录入的年份：2027" in office("holidays").stdout
    assert office.json("holidays", "incomplete", "2027") == {"year": 2027, "entered": False, "changed": True}
    assert "已全部录入的年份" not in office("holidays").stdout
    assert "只要年份" in office("holidays", "complete", "二〇二七", check=2).stderr


def test_adding_a_day_already_entered_says_what_it_replaced(office):
    office("holidays", "add", "2027-10-08", "放假", "国庆节")
    result = office("holidays", "add", "2027-10-08", "上班", "调休上班")
    assert "已设 2027-10-08 为上班（调休）（替换了原来的 放假（国庆节））" in result.stdout
    changed = office.json("holidays", "add", "2027-10-08", "放假", "临时放假")
    assert changed["replaced"] == {"day": "2027-10-08", "kind": "上班（调休）", "workday": True,
                                   "note": "调休上班"}
    assert changed["note"] == "临时放假"
