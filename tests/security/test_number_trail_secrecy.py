"""保密 of the numbers trail (registry ``number:<kind>``: each 作废 and 重新使用 of a number, with
its free-text reason). It is an administrator's, and an administrator is cleared for some 密级
only: the trail of a number whose record lies above his clearance is refused in the words of an
id that does not exist (as the record's own history is), and a 重新使用's entry does not repeat,
below 绝密, the reason the number was voided with on its earlier record — that reason is told in
that record's trail, to whoever may read it. Before, an administrator cleared 秘密 read the 作废
reason of a 机密 收文 (which may quote its title) in either trail."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, lifecycle, typed_numbers
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming
from officedesk.core.errors import HiddenRecordError

LOW_ADMIN = Actor("admin1", "admin", 1, display_name="秘密管理员")
TOP_ADMIN = Actor("admin3", "admin", 3, display_name="绝密管理员")
MARK = "XQ7水库迁建"


def _sign_in(n: int, level: str, number: str | None = None):
    values = {"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": f"省委发〔2026〕{n}号",
              "标题": f"第{n}号文件", "文种": "通知", "密级": level, "份数": "1"}
    if level != "非密":
        values["保密期限"] = "10年"
    if number:
        values["收文编号"] = number
    return incoming.sign_in(values, CLI_ACTOR)


def _office(fixed_today):
    """A 机密 收文 voided with a reason quoting its title, its number reissued to a 非密 one."""
    fixed_today(dt.date(2026, 3, 2))
    secret = _sign_in(1, "机密")
    lifecycle.void_record("incoming", secret.id, CLI_ACTOR, f"误登：{MARK}应另册登记")
    with typed_numbers.reissuing("原号作废，经主任同意重新使用"):
        plain = _sign_in(2, "非密", secret.receive_no)
    return secret, plain


def _said(entries) -> str:
    return "\n".join(f"{e.summary} {e.before} {e.after}" for e in entries)


def test_the_trail_of_a_hidden_records_number_is_refused_as_no_record(db, fixed_today):
    secret, _plain = _office(fixed_today)
    assert MARK in _said(audit.history("number:incoming", secret.id, TOP_ADMIN))
    with pytest.raises(HiddenRecordError) as hidden:
        audit.history("number:incoming", secret.id, LOW_ADMIN)
    with pytest.raises(HiddenRecordError) as missing:
        audit.history("number:incoming", 999, LOW_ADMIN)
    assert hidden.value.message.replace(str(secret.id), "N") == missing.value.message.replace("999", "N")
    assert MARK not in hidden.value.message


def test_a_reissue_does_not_repeat_the_earlier_records_void_reason(db, fixed_today):
    secret, plain = _office(fixed_today)
    # a reissue made as the record was made is kept under no id: no reason told below 绝密
    made = _said(audit.history("number:incoming", None, LOW_ADMIN))
    assert secret.receive_no in made and "重新使用已作废的号" in made, made
    assert MARK not in made and "经主任同意" not in made, made
    assert MARK in _said(audit.history("number:incoming", None, TOP_ADMIN))
    # one reissued to a record already there is kept under its id: its own reason is told
    lifecycle.void_record("incoming", plain.id, CLI_ACTOR, f"再次误登（{MARK}）")
    later = _sign_in(3, "非密")
    with typed_numbers.reissuing("补登，经主任同意"):
        typed_numbers.claim_manual("incoming", secret.receive_no, CLI_ACTOR, "incoming", later.id)
    kept = _said(audit.history("number:incoming", later.id, LOW_ADMIN))
    assert "补登，经主任同意" in kept and MARK not in kept, kept
    assert MARK in _said(audit.history("number:incoming", later.id, TOP_ADMIN))


def test_a_complaints_number_trail_is_withheld_from_whom_it_complains_of(db, admin):
    """保护投诉人 holds whatever the clearance: an administrator cleared for every 密级 who is
    the 被投诉人 does not read the trail of the complaint's number either."""
    from officedesk.core import directory, numbering, records
    from officedesk.core.efficiency import complaints as C
    from tests.staff import make_staff

    for name in ("县委办公室综合科", "县委办公室秘书科"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    staff = make_staff([("xmadmin", "徐敏", "admin", "县委办公室综合科", "科员", "", False),
                        ("wzyadmin", "王志远", "admin", "县委办公室秘书科", "科长", "", False)])
    complaint = C.register_complaint(
        {"投诉方式": "电话", "登记日期": "2025-12-01", "投诉人": "王检举", "联系电话": "13812345678",
         "投诉类别": "办事拖拉", "被投诉单位": "县委办公室综合科", "被投诉人": "徐敏",
         "投诉内容": "徐敏拖延办理营业执照变更。"}, staff["wzyadmin"])
    numbering.void("complaint", complaint.number, f"王检举撤回对徐敏的投诉（{MARK}）", staff["wzyadmin"])
    assert MARK in _said(audit.history("number:complaint", complaint.id, staff["wzyadmin"]))
    with pytest.raises(HiddenRecordError):
        audit.history("number:complaint", complaint.id, staff["xmadmin"])
