"""`officedesk users …` and `officedesk step … --as 用户名`: the command line holds the chain
exactly like the window."""

from __future__ import annotations

import pytest

from officedesk.core import passwords, users
from tests.cli_office import Office, office  # noqa: F401 (the fixture)


@pytest.fixture
def staffed_cli(office, monkeypatch):  # noqa: F811
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("users", "add", "kuiyuan", "姓名=张科员", "单位=综合处", "职务=科员", "角色=科员",
           "密级=秘密")
    office("users", "add", "chuzhang", "姓名=李处长", "单位=综合处", "职务=处长", "角色=科员",
           "密级=机密", "--password", "other5678")
    office("users", "add", "fzr", "姓名=赵副主任", "单位=办公室", "职务=副主任", "角色=领导",
           "密级=绝密", "分管=综合处、信息处", "--new-section")
    office("users", "add", "zhuren", "姓名=孙主任", "单位=办公室", "职务=主任", "角色=领导",
           "密级=绝密")
    return office


def test_users_add_list_and_set(staffed_cli):
    rows = {r["username"]: r for r in staffed_cli.json("users", "list")}
    assert rows["fzr"] == {"username": "fzr", "name": "赵副主任", "unit": "办公室",
                                 "position": "副主任", "in_charge": "综合处、信息处",
                                 "proxy_entry": False, "role": "领导", "clearance": "绝密",
                                 "active": True}
    assert users.verify_password("other5678", users.get_user("chuzhang").password_hash)
    changed = staffed_cli.json("users", "set", "kuiyuan", "代录=是", "单位=秘书科",
                               "--new-section")
    assert (changed["proxy_entry"], changed["unit"]) == (True, "秘书科")
    _out, err = staffed_cli("users", "set", "kuiyuan", "职务=总监", code=1)
    assert "职务“总监”不在职务表中" in err
    _out, err = staffed_cli("users", "add", "x", "年龄=3", code=2)
    assert "不认识的字段：年龄" in err
    text, _err = staffed_cli("users", "list")
    assert "孙主任" in text and "共 5 个用户" in text


def test_step_as_a_user_is_checked_against_the_chain(staffed_cli):
    doc = staffed_cli.json("add", "outgoing", "标题=关于经费的请示", "文种=请示", "拟稿单位=综合处",
                           "上行文=是", "主送=中共云山市委")["id"]
    _out, err = staffed_cli("step", "outgoing", str(doc), "核稿", "--as", "kuiyuan", code=1)
    assert "“核稿”应由本单位的处长或科长（李处长）办理；您是综合处科员" in err
    staffed_cli("step", "outgoing", str(doc), "核稿", "--as", "chuzhang")
    staffed_cli("step", "outgoing", str(doc), "审核", "--as", "fzr")
    _out, err = staffed_cli("step", "outgoing", str(doc), "签发", "--as", "chuzhang", code=1)
    assert "“签发”应由主任（孙主任）办理" in err
    steps = staffed_cli.json("steps", "outgoing", str(doc), "--as", "zhuren")["steps"]
    assert "签发" in [s["step"] for s in steps]
    # without --as: the administrator records the leader's paper step (代录), naming him
    _out, err = staffed_cli("step", "outgoing", str(doc), "签发", code=1)
    assert "代录时请写明代谁录入" in err
    # (dated the day of the 审核 before it: no step is dated before the steps already done)
    signed = staffed_cli.step("outgoing", doc, "签发", "签发人=孙主任", "签发日期=2026-11-16")
    assert signed["state"] == "已签发"
    text = staffed_cli.print("outgoing-draft", doc)
    assert "孙主任（代录）" in text and "命令行（管理员）于" in text


def test_a_chain_step_without_a_person_field_is_recorded_for_its_holder(staffed_cli):
    """分解 and 办结 name nobody in their fields: --person says whose paper step it is."""
    staffed_cli("users", "add", "dckz", "姓名=何科长", "单位=督查室", "职务=科长", "角色=科员",
                "密级=机密", "--new-section")
    staffed_cli("users", "add", "wenshu", "姓名=周文书", "单位=秘书科", "职务=科员", "角色=科员",
                "密级=机密", "代录=是", "--new-section")
    item = staffed_cli.json("add", "supervision", "事项名称=推进老旧小区改造", "来源=领导批示",
                            "办结时限=2026-12-30")["id"]
    split = ("分解", "牵头单位=县住建局", "责任人=张三", "时限=2026-12-10")
    for who in ((), ("--as", "wenshu")):
        _out, err = staffed_cli("step", "supervision", str(item), *split, *who, code=1)
        assert "代录时请写明代谁录入" in err
    info = staffed_cli.json("steps", "supervision", str(item))
    assert next(s for s in info["steps"] if s["step"] == "分解")["person"] is True
    staffed_cli("step", "supervision", str(item), *split, "--person", "何科长")
    staffed_cli("step", "supervision", str(item), *split[:1], "牵头单位=县财政局", "--as", "wenshu",
                "--person", "何科长")
    for unit in ("县住建局", "县财政局"):
        staffed_cli.step("supervision", item, "任务办结", f"单位={unit}", "办结情况=已完成")
    # not a chain step, but 分解's holder's decision: recorded for him like 分解
    staffed_cli("step", "supervision", str(item), "延期", "办结时限=2027-01-30",
                "延期理由=工程量大", "--person", "何科长")
    done = staffed_cli.json("step", "supervision", str(item), "办结", "办结报告=已办",
                            "--person", "何科长")
    assert done["state"] == "按期办结"
    text = staffed_cli.print("supervision-item", item)
    # the paper names whose steps they were: who entered them, and when, stay in the history
    assert "交办人何科长办结人何科长" in text and "代录" not in text and "命令行" not in text


@pytest.mark.parametrize(("given", "asked"), [
    ((), "请选择“角色”：管理员、科员、领导、只读。"),
    (("密级=机密",), "请选择“角色”：管理员、科员、领导、只读。"),
    (("角色=领导", "--password", "pass1234"), "请选择“密级权限”：公开、秘密、机密、绝密。"),
])
def test_users_add_asks_for_the_role_and_clearance_it_was_not_given(office, monkeypatch,  # noqa: F811
                                                                     given, asked):
    """No 科员/公开 given unasked (the window opens on 请选择): a 领导 added without 密级= was
    silently cut to 公开. Refused before the password is asked, nothing made."""
    monkeypatch.delenv("OFFICEDESK_USER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda *_: pytest.fail("asked for a password"))
    _out, err = office("users", "add", "ld", "姓名=孙主任", *given, code=1)
    assert asked in err and "Traceback" not in err, err
    assert "ld" not in [r["username"] for r in office.json("users", "list")]
