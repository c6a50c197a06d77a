"""保密: a record names only people cleared for its 密级 — as 传阅 refuses a reader below it, a
user of the program whose 密级权限 is below the record's is not named its 出席/列席人员, 承办人,
分解 task's 责任人 or 拟稿人 (add, edit, step, import), nor is a record naming him raised above
him. A name that is no user of the program (a 通讯录 person, a paper reader) has no 密级权限
here and is named, as 传阅 sends to him."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from officedesk.core import passwords
from tests.cli_office import Office, now_typed, office  # noqa: F401 (the fixture)

MEETING = ("会议类型=专题会议", "开始时间=2026-12-03 09:00", "结束时间=2026-12-03 10:00")
INCOMING = ("收文日期=2026-11-16", "来文机关=市委办公室", "文种=通知", "紧急程度=平件", "份数=1")
OUTGOING = ("文种=通知", "拟稿单位=县委办公室", "主送=各乡镇", "正文=正文")


@pytest.fixture
def low(office, monkeypatch):  # noqa: F811
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("users", "add", "low", "姓名=吕小低", "角色=科员",
           "密级=公开")
    office("users", "add", "mid", "姓名=徐明", "角色=科员",
           "密级=机密")
    return office


def test_a_classified_meeting_names_no_uncleared_attendee(low: Office):
    _out, err = low("add", "meetings", "会议名称=机密会议一", "密级=机密", *MEETING,
                    "出席人员=徐明、吕小低", code=1)
    assert "这件的密级为机密" in err and "出席人员吕小低（公开）的密级权限低于它" in err
    _out, err = low("add", "meetings", "会议名称=机密会议一", "密级=机密", *MEETING,
                    "出席人员=徐明", "列席人员=吕小低（秘书科）", code=1)
    assert "列席人员吕小低（公开）" in err
    # a cleared user, and a name that is no user of the program, are named
    meeting = low.json("add", "meetings", "会议名称=机密会议一", "密级=机密", *MEETING,
                       "出席人员=徐明、陈红")["id"]
    _out, err = low("step", "meetings", str(meeting), "修改", "出席人员=徐明、陈红、吕小低", code=1)
    assert "出席人员吕小低（公开）" in err
    # a meeting naming him is not raised above him
    plain = low.json("add", "meetings", "会议名称=普通会议", "会议类型=专题会议",
                     "开始时间=2026-12-04 09:00", "结束时间=2026-12-04 10:00", "出席人员=吕小低")["id"]
    _out, err = low("step", "meetings", str(plain), "修改", "密级=秘密", code=1)
    assert "出席人员吕小低（公开）的密级权限低于秘密" in err
    low("step", "meetings", str(plain), "修改", "密级=秘密", "出席人员=徐明")


def test_a_classified_incoming_is_handled_by_no_uncleared_person(low: Office):
    doc = low.json("add", "incoming", *INCOMING, "来文字号=市委办〔2026〕7号", "标题=机密收文",
                   "密级=机密")["id"]
    for step, pairs in (("登记", ()), ("初审", ()), ("拟办", ("拟办意见=请阅", "拟办人=徐明")),
                        ("批办", ("批示领导=徐明", "批示内容=请办理", f"批示时间={now_typed()}"))):
        low.step("incoming", doc, step, *pairs)
    _out, err = low("step", "incoming", str(doc), "承办", "承办单位=秘书科", "承办人=吕小低",
                    code=1)
    assert "承办人吕小低（公开）的密级权限低于它" in err
    assert low.step("incoming", doc, "承办", "承办单位=秘书科", "承办人=徐明")["state"] == "承办中"


def test_a_classified_supervision_task_has_no_uncleared_responsible(low: Office):
    item = low.json("add", "supervision", "事项名称=机密督查", "来源=领导批示", "密级=机密",
                    "立项日期=2026-11-16")["id"]
    _out, err = low("step", "supervision", str(item), "分解", "牵头单位=秘书科", "责任人=吕小低",
                    "时限=2026-11-30", code=1)
    assert "责任人吕小低（公开）的密级权限低于它" in err
    low.step("supervision", item, "分解", "牵头单位=秘书科", "责任人=徐明", "时限=2026-11-30")


def test_a_classified_draft_is_drafted_by_no_uncleared_person(low: Office, tmp_path: Path):
    _out, err = low("add", "outgoing", "标题=秘密发文", "拟稿人=吕小低", "密级=秘密", *OUTGOING,
                    code=1)
    assert "这件的密级为秘密" in err and "拟稿人吕小低（公开）的密级权限低于它" in err
    draft = low.json("add", "outgoing", "标题=普通发文", "拟稿人=吕小低", *OUTGOING)["id"]
    _out, err = low("step", "outgoing", str(draft), "修改", "密级=秘密", code=1)
    assert "拟稿人吕小低（公开）的密级权限低于秘密" in err
    # import takes the same rule
    sheet = tmp_path / "out.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["标题", "文种", "拟稿单位", "拟稿人", "主送", "正文", "密级"])
    book.active.append(["秘密发文二", "通知", "县委办公室", "吕小低", "各乡镇", "正文", "秘密"])
    book.save(sheet)
    out, err = low("import", "outgoing", str(sheet), code=1)
    assert "拟稿人吕小低（公开）的密级权限低于它" in out + err
