"""`officedesk step … 密级=… --as 用户名`: the command line keeps the rule of a 密级 change as the
correction does — a clerk neither lowers a record's 密级 (降密/解密) nor sets one above his
clearance by 收文 登记 or 发文 修改; a leader or the administrator cleared for it may."""

from __future__ import annotations

import pytest

from officedesk.core import passwords
from tests.cli_office import Office, office  # noqa: F401 (the fixture)

INCOMING = ("收文日期=2026-11-16", "来文机关=市委办公室", "文种=通知", "紧急程度=平件", "份数=1")


@pytest.fixture
def cleared_cli(office, monkeypatch):  # noqa: F811
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("users", "add", "csy", "姓名=陈书员", "单位=秘书科", "职务=科员", "角色=科员",
           "密级=机密")
    office("users", "add", "xm", "姓名=徐明", "单位=秘书科", "职务=科员", "角色=科员",
           "密级=秘密")
    office("users", "add", "ld", "姓名=孙主任", "单位=办公室", "职务=主任", "角色=领导",
           "密级=机密", "--new-section")
    return office


def _secrecy(run: Office, registry: str, record_id: int) -> str:
    """The record's 密级 as stored (read after the commands, the database opened here)."""
    from officedesk.core import records
    from officedesk.core import registry as registries
    from officedesk.store import db as store_db

    store_db.open_database(str(run.db))
    try:
        return str(records.get_unchecked(registries.get(registry), record_id).secrecy)
    finally:
        store_db.close_database()


def test_a_clerk_lowers_no_incoming_by_its_registration(cleared_cli):
    doc = cleared_cli.json("add", "incoming", *INCOMING, "来文字号=市委办〔2026〕100号",
                           "标题=机密收文丙", "密级=机密")["id"]
    _out, err = cleared_cli("step", "incoming", str(doc), "登记", "密级=非密", "--as", "csy",
                            code=1)
    assert "降密或解密" in err and "领导" in err
    assert _secrecy(cleared_cli, "incoming", doc) == "机密"
    cleared_cli("step", "incoming", str(doc), "登记", "密级=非密", "--as", "ld")
    assert _secrecy(cleared_cli, "incoming", doc) == "非密"


def test_a_clerk_raises_no_incoming_above_his_clearance(cleared_cli):
    doc = cleared_cli.json("add", "incoming", *INCOMING, "来文字号=市委办〔2026〕101号",
                           "标题=秘密收文丁", "密级=秘密")["id"]
    _out, err = cleared_cli("step", "incoming", str(doc), "登记", "密级=绝密", "--as", "xm",
                            code=1)
    assert "涉密权限只到“秘密”" in err
    assert _secrecy(cleared_cli, "incoming", doc) == "秘密"


def test_a_draft_s_edit_neither_lowers_nor_raises_beyond_the_clerk(cleared_cli):
    draft = cleared_cli.json("add", "outgoing", "标题=机密通知", "文种=通知", "主送=各单位",
                             "密级=机密")["id"]
    for level, said in (("非密", "降密或解密"), ("绝密", "涉密权限只到“机密”")):
        _out, err = cleared_cli("step", "outgoing", str(draft), "修改", f"密级={level}",
                                "--as", "csy", code=1)
        assert said in err
    assert _secrecy(cleared_cli, "outgoing", draft) == "机密"
    # the administrator, entering it for the drafter (代录)
    cleared_cli("step", "outgoing", str(draft), "修改", "密级=秘密", "--person", "陈书员")
    assert _secrecy(cleared_cli, "outgoing", draft) == "秘密"
    cleared_cli("step", "outgoing", str(draft), "修改", "密级=绝密", "--person", "陈书员")
    assert _secrecy(cleared_cli, "outgoing", draft) == "绝密"
