"""保密 of the people a record's steps named (RegistrySpec.named_rows, core.cleared_names): a
收文's earlier 批示领导, a 发文's 复核人, a 信息's 签发人 and 领导批示 live only in the record's
办理过程; while the record is in work its step people are not lowered below it (nor renamed or
re-enabled onto it), and `check` lists them — as the people its fields name. Once the record is no
longer in work its history keeps the people of its time."""

from __future__ import annotations

import sqlite3

import pytest

from tests.cli_office import Office, now_typed, office, with_users  # noqa: F401 (the fixture)

INFO = ("标题=机密信息", "报送单位=县林业局", "类别=工作动态", "正文=近日开展防火检查。",
        "报送时间=2026-11-10 09:00", "密级=机密")


@pytest.fixture
def staff(office, monkeypatch):  # noqa: F811
    return with_users(office, monkeypatch, ("csy", "陈思远", "领导", "机密"), ("wzg", "王志刚", "领导", "机密"))


def _lowering_refused(staff: Office, username: str, *said: str) -> None:
    _out, err = staff("users", "set", username, "密级=秘密", code=1)
    assert "1 件" in err and all(text in err for text in said), err


def _incoming(staff: Office) -> int:
    doc = staff.json("add", "incoming", "标题=机密来文", "来文机关=县应急局", "来文字号=县应〔2026〕3号",
                     "密级=机密", "文种=通知", "收文日期=2026-11-16")["id"]
    staff.step("incoming", doc, "登记")
    staff.step("incoming", doc, "初审")
    staff.step("incoming", doc, "拟办", "拟办意见=请陈主任阅示", "拟办人=王志刚")
    staff.step("incoming", doc, "批办", "批示领导=陈思远", "批示内容=请应急局办理", f"批示时间={now_typed()}")
    return doc


def test_an_earlier_instructing_leader_of_a_live_incoming_document_is_not_lowered(staff: Office):
    doc = _incoming(staff)
    staff.step("incoming", doc, "批办", "批示领导=王志刚", "批示内容=同意陈思远同志意见",
               f"批示时间={now_typed()}")
    _lowering_refused(staff, "csy", "批示领导陈思远", "机密来文")
    _lowering_refused(staff, "wzg", "王志刚")  # the field and the history name him: one record
    with sqlite3.connect(staff.db) as conn:  # lowered outside the program: `check` says so
        conn.execute("UPDATE user SET clearance = 1 WHERE username = 'csy'")
    _out, err = staff("check", code=1)
    [line] = [line for line in err.splitlines() if line.startswith("[保密]")]
    assert f"id {doc}" in line and "批示领导“陈思远”" in line and "机密来文" not in err


def test_the_step_people_of_a_draft_in_work_are_not_lowered(staff: Office):
    doc = staff.json("add", "outgoing", "标题=机密发文", "文种=通知", "密级=机密", "拟稿人=王志刚")["id"]
    staff.step("outgoing", doc, "核稿", "核稿人=王志刚", "意见=同意")
    staff.step("outgoing", doc, "签发", "签发人=王志刚")
    staff.step("outgoing", doc, "复核", "复核人=陈思远")
    _lowering_refused(staff, "csy", "复核人陈思远", "机密发文")
    _out, err = staff("users", "set", "csy", "启用=否")  # disabled, then re-enabled lowered: refused
    staff("users", "set", "csy", "密级=秘密")
    _out, err = staff("users", "set", "csy", "启用=是", code=1)
    assert "复核人陈思远" in err


def test_the_leader_of_an_info_item_s_instruction_in_work_is_not_lowered(staff: Office):
    item = staff.json("add", "info", *INFO, "领导批示=陈思远（2026-11-12）：请林业局抓好落实")["id"]
    _lowering_refused(staff, "csy", "批示领导陈思远", "机密信息")
    # once it is no longer in work (不采用), its history keeps the people of its time
    staff.step("info", item, "接收")
    staff.step("info", item, "初审", "结论=不采", "理由=重复报送")
    assert staff.json("users", "set", "csy", "密级=秘密")["clearance"] == "秘密"
