"""保密 of the people a record names, beyond the moment of naming (core.cleared_names): a past
register (`import --history`) keeps the people of its time; a user named on a record still in
work is not lowered below it nor renamed onto a name it names; a name is matched however it is
written (用户名, 同志, invisible characters) and a namesake does not block a cleared user; a post
dropped from the 职务表 does not come back with a re-enabled holder."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from officedesk.core import passwords
from tests.cli_office import Office, office  # noqa: F401 (the fixture)

FUTURE = ("会议类型=专题会议", "开始时间=2026-12-03 09:00", "结束时间=2026-12-03 10:00")


def on(day: int) -> tuple[str, ...]:
    return ("会议类型=专题会议", f"开始时间=2026-12-{day:02} 09:00", f"结束时间=2026-12-{day:02} 10:00")


@pytest.fixture
def staff(office, monkeypatch):  # noqa: F811
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("users", "add", "lgq", "姓名=李国强", "角色=领导", "密级=绝密", "单位=县委办公室",
           "职务=主任")
    office("users", "add", "wzg", "姓名=王志刚", "角色=科员", "密级=机密")
    office("users", "add", "xm", "姓名=徐敏", "角色=科员", "密级=秘密")
    office("users", "add", "csy", "姓名=陈思远", "角色=科员", "密级=机密")
    return office


def _sheet(tmp_path: Path, header: list[str], row: list[str]) -> Path:
    path = tmp_path / "past.xlsx"
    book = openpyxl.Workbook()
    book.active.append(header)
    book.active.append(row)
    book.save(path)
    return path


def test_a_past_register_keeps_the_people_of_its_time(staff: Office, tmp_path: Path):
    sheet = _sheet(tmp_path, ["会议名称", "会议类型", "开始时间", "结束时间", "主持人", "出席人员", "密级", "状态"],
                   ["2025年第3次专题会议", "专题会议", "2025-06-10 09:00", "2025-06-10 11:00", "李国强",
                    "王志刚、徐敏", "机密", "已召开"])
    staff("import", "meetings", str(sheet), "--history")
    assert [hit["registry"] for hit in staff.json("search", "第3次专题会议")] == ["meetings"]
    # a plain import of the same row is refused: a new record names only cleared people
    sheet = _sheet(tmp_path, ["会议名称", "会议类型", "开始时间", "结束时间", "出席人员", "密级"],
                   ["机密会议", "专题会议", "2026-12-03 09:00", "2026-12-03 10:00", "王志刚、徐敏", "机密"])
    out, err = staff("import", "meetings", str(sheet), code=1)
    assert "出席人员徐敏（秘密）的密级权限低于它" in out + err


def test_a_user_named_on_a_live_record_is_not_lowered_below_it(staff: Office):
    meeting = staff.json("add", "meetings", "会议名称=机密会议甲", "密级=机密", *FUTURE,
                         "出席人员=陈思远、王志刚")
    _out, err = staff("users", "set", "csy", "密级=秘密", code=1)
    assert "陈思远" in err and "1 件" in err and "机密会议甲" in err and str(meeting["id"]) in err
    assert staff.json("users", "set", "csy", "密级=绝密")["clearance"] == "绝密"  # raised: no harm
    # once the meeting no longer names him he is lowered
    staff("step", "meetings", str(meeting["id"]), "修改", "出席人员=王志刚")
    assert staff.json("users", "set", "csy", "密级=秘密")["clearance"] == "秘密"


def test_a_user_is_not_renamed_onto_a_name_a_live_record_names(staff: Office):
    staff("users", "set", "xm", "姓名=徐敏敏")
    staff("add", "meetings", "会议名称=机密会议乙", "密级=机密", *FUTURE, "出席人员=王志刚、徐敏")
    _out, err = staff("users", "set", "xm", "姓名=徐敏", code=1)
    assert "机密会议乙" in err and "徐敏" in err
    rows = {row["username"]: row for row in staff.json("users", "list")}
    assert rows["xm"]["name"] == "徐敏敏"


@pytest.mark.parametrize("written", ["xm", "徐敏同志", "徐\u200b敏", "徐 敏", "徐敏（秘书科）"])
def test_a_name_is_matched_however_it_is_written(staff: Office, written: str):
    _out, err = staff("add", "meetings", "会议名称=机密会议丙", "密级=机密", *FUTURE,
                      f"出席人员=王志刚、{written}", code=1)
    assert "徐敏（秘密）" in err and "密级权限低于它" in err


def test_a_namesake_does_not_block_a_cleared_user(staff: Office):
    staff("users", "add", "lgq2", "姓名=李国强", "角色=科员", "密级=秘密")
    staff("add", "meetings", "会议名称=机密会议丁", "密级=机密", *on(4), "主持人=李国强",
          "出席人员=王志刚")
    staff("add", "meetings", "会议名称=机密会议戊", "密级=机密", *on(5),
          "主持人=李国强（县委办公室主任）", "出席人员=王志刚")
    staff("add", "meetings", "会议名称=机密会议己", "密级=机密", *on(6), "主持人=lgq")
    # the namesake meant by his 用户名 is refused, the cleared one named to write him apart
    _out, err = staff("add", "meetings", "会议名称=机密会议庚", "密级=机密", *on(7), "主持人=lgq2",
                      code=1)
    assert "主持人李国强（秘密）" in err and "lgq" in err and "县委办公室主任" in err
    # the namesake may not be lowered past the leader, nor the leader lowered (his namesake
    # is no more cleared than he)
    _out, err = staff("users", "set", "lgq", "密级=秘密", code=1)
    assert "机密会议丁" in err


def test_a_dropped_post_does_not_come_back_with_its_holder(staff: Office):
    staff("users", "add", "r1", "姓名=调研员甲", "角色=科员", "密级=公开", "职务=科员")
    staff("settings", "chain.positions", "科员\n调研员\n副科长\n科长\n副处长\n处长\n副主任\n主任\n副秘书长\n秘书长")
    staff("users", "set", "r1", "职务=调研员")
    staff("users", "set", "r1", "启用=否")
    staff("settings", "chain.positions", "科员\n副科长\n科长\n副处长\n处长\n副主任\n主任\n副秘书长\n秘书长")
    _out, err = staff("users", "set", "r1", "启用=是", code=1)
    assert "调研员" in err and "职务" in err
    # his 职务 changed in the same command: enabled
    row = staff.json("users", "set", "r1", "启用=是", "职务=科员")
    assert row["active"] and row["position"] == "科员"
