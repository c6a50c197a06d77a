"""保密 of the people a record names, field by field beyond the first ones (core.cleared_names):
a 信访's 接待人, a 信息's 报送人, the 批示领导 of a 收文's 批办, of a 信息's 批示 and of a 督查事项
(where the 转督查 of a meeting's decision, a 信访 or a 信息 puts him), a 发文's 核稿人 and 签发人 —
a user below the record's 密级 is refused there in the same words as elsewhere; a name that is no
user of the program is named."""

from __future__ import annotations

import pytest

from tests.cli_office import Office, now_typed, office, with_users  # noqa: F401 (the fixture)

PETITION = ("信访形式=来信", "信访人=张某某", "问题类别=劳动社保", "反映内容=反映拖欠工资")
INCOMING = ("收文日期=2026-11-16", "来文机关=市委办公室", "文种=通知", "紧急程度=平件", "份数=1")
OUTGOING = ("文种=通知", "拟稿单位=县委办公室", "主送=各乡镇", "正文=正文")
INFO = ("报送单位=县林业局", "类别=工作动态", "正文=近日开展防火检查。",
        "报送时间=2026-11-13 16:00")  # before the office's TODAY (tests.cli_office)
DAY = "批示日期=2026-11-16"
MEETING = ("会议类型=专题会议", "开始时间=2026-12-03 09:00", "结束时间=2026-12-03 10:00")


@pytest.fixture
def low(office, monkeypatch):  # noqa: F811
    return with_users(office, monkeypatch, ("low", "吕小低", "领导", "公开"), ("mid", "徐明", "领导", "机密"))


def test_a_classified_petition_is_received_by_no_uncleared_person(low: Office):
    _out, err = low("add", "petitions", *PETITION, "密级=机密", "接待人=吕小低", code=1)
    assert "这件的密级为机密" in err and "接待人吕小低（公开）的密级权限低于它" in err
    low("add", "petitions", *PETITION, "密级=机密", "接待人=徐明")
    low("add", "petitions", *PETITION, "密级=机密", "接待人=陈红")  # no user: named


def test_a_classified_info_is_reported_by_no_uncleared_person(low: Office):
    _out, err = low("add", "info", "标题=机密信息", *INFO, "密级=机密", "报送人=吕小低", code=1)
    assert "报送人吕小低（公开）的密级权限低于它" in err
    low("add", "info", "标题=机密信息", *INFO, "密级=机密", "报送人=李明")  # no user: named


def test_a_classified_incoming_is_instructed_by_no_uncleared_leader(low: Office):
    doc = low.json("add", "incoming", *INCOMING, "来文字号=市委办〔2026〕8号", "标题=机密收文",
                   "密级=机密")["id"]
    for step, pairs in (("登记", ()), ("初审", ()), ("拟办", ("拟办意见=请阅", "拟办人=徐明"))):
        low.step("incoming", doc, step, *pairs)
    _out, err = low("step", "incoming", str(doc), "批办", "批示领导=吕小低", "批示内容=请办理",
                    code=1)
    assert "这件的密级为机密" in err and "批示领导吕小低（公开）的密级权限低于它" in err
    low.step("incoming", doc, "批办", "批示领导=王书记", "批示内容=请办理",  # no user: named
             f"批示时间={now_typed()}")
    low.step("incoming", doc, "批办", "批示领导=徐明", "批示内容=同意", f"批示时间={now_typed()}")


def test_a_classified_draft_is_checked_and_signed_by_no_uncleared_person(low: Office):
    draft = low.json("add", "outgoing", "标题=机密发文", "拟稿人=徐明", "密级=机密", *OUTGOING)["id"]
    _out, err = low("step", "outgoing", str(draft), "核稿", "核稿人=吕小低", code=1)
    assert "核稿人吕小低（公开）的密级权限低于它" in err
    low.step("outgoing", draft, "核稿", "核稿人=徐明")
    _out, err = low("step", "outgoing", str(draft), "签发", "签发人=吕小低", code=1)
    assert "签发人吕小低（公开）的密级权限低于它" in err


def test_a_classified_supervision_item_has_no_uncleared_leader(low: Office):
    _out, err = low("add", "supervision", "事项名称=机密督查", "来源=领导批示", "密级=机密",
                    "立项日期=2026-11-16", "批示领导=吕小低", code=1)
    assert "批示领导吕小低（公开）的密级权限低于它" in err
    # a 机密 petition's 转督查 makes a 机密 item: its 批示领导 is cleared for it
    petition = low.json("add", "petitions", *PETITION, "密级=机密")["id"]
    _out, err = low("step", "petitions", str(petition), "转督查", "批示领导=吕小低", code=1)
    assert "批示领导吕小低（公开）的密级权限低于它" in err
    assert low.step("petitions", petition, "转督查", "批示领导=徐明")["supervision_id"]


def test_a_classified_info_is_instructed_by_no_uncleared_leader(low: Office):
    item = low.json("add", "info", "标题=机密信息", *INFO, "密级=机密")["id"]
    for step, pairs in (("接收", ()), ("初审", ("结论=采",)),
                        ("编辑", ("编辑后标题=机密信息", "编辑后正文=近日开展防火检查。")),
                        ("签发", ("签发人=徐明", "职务=信息科长")), ("编发", ("刊物=每日要情",))):
        low.step("info", item, step, *pairs)
    _out, err = low("step", "info", str(item), "批示", "批示领导=吕小低", "批示内容=很好", DAY, code=1)
    assert "这件的密级为机密" in err and "批示领导吕小低（公开）的密级权限低于它" in err
    low.step("info", item, "批示", "批示领导=王书记", "批示内容=很好", DAY)  # no user: named
