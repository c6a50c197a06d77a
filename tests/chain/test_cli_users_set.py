"""`users set`: 单位 and 分管 are units of the 通讯录 (or the office's own 科室 of the posts), an
explicitly empty value clears the field, and a value longer than its column is refused."""

from __future__ import annotations

import pytest

from officedesk.core import passwords
from tests.cli_office import Office, office  # noqa: F401 (the fixture)


@pytest.fixture
def staffed_cli(office, monkeypatch):  # noqa: F811
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("add", "units", "单位名称=县财政局", "简称=财政局")
    office("users", "add", "kuiyuan", "姓名=张科员", "单位=财政局", "职务=科员", "角色=科员",
           "密级=公开")
    office("users", "add", "fzr", "姓名=赵副主任", "单位=县财政局", "职务=副主任", "角色=领导",
           "密级=公开", "分管=县财政局")
    return office


def _row(cli: Office, username: str) -> dict:
    return next(r for r in cli.json("users", "list") if r["username"] == username)


def test_unknown_units_are_refused(staffed_cli):
    assert _row(staffed_cli, "kuiyuan")["unit"] == "县财政局"  # a 简称 is kept as the 名称
    for field in ("单位", "分管"):
        _out, err = staffed_cli("users", "set", "kuiyuan", f"{field}=不存在单位", code=1)
        assert "“不存在单位”不在通讯录中" in err
        _out, err = staffed_cli("users", "set", "kuiyuan", f"{field}=县财政", code=1)
        assert "是不是：县财政局" in err
    assert _row(staffed_cli, "kuiyuan")["unit"] == "县财政局"
    assert _row(staffed_cli, "kuiyuan")["in_charge"] == ""


def test_an_empty_value_clears_the_field(staffed_cli):
    staffed_cli("users", "set", "fzr", "分管=")
    assert _row(staffed_cli, "fzr")["in_charge"] == ""
    staffed_cli("users", "set", "fzr", "单位=")
    assert _row(staffed_cli, "fzr")["unit"] == ""
    _out, err = staffed_cli("users", "set", "fzr", "姓名=", code=2)
    assert "“姓名”不能改为空" in err
    assert _row(staffed_cli, "fzr")["name"] == "赵副主任"


def test_a_value_beyond_its_column_is_refused(staffed_cli):
    # core's rule (the window's 用户管理 meets it too): a refusal, exit 1
    _out, err = staffed_cli("users", "set", "kuiyuan", "姓名=" + "张" * 300, code=1)
    assert "姓名最多 64 个字" in err
    assert _row(staffed_cli, "kuiyuan")["name"] == "张科员"
