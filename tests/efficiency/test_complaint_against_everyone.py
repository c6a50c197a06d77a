"""A 效能投诉 against the office itself (or against the unit every user's 岗位 is in): every user
must recuse himself, so it is shown to nobody and nobody in the program can handle it, yet 登记
told the clerk it would be handled “by staff with nothing to do with it” (probe128). It now says
that nobody here can, and where it goes instead."""

from __future__ import annotations

from officedesk.core import records
from officedesk.core.directory import UNITS
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import recusal
from tests.staff import make_staff

RAW = {"投诉方式": "电话", "登记日期": "2025-12-01", "投诉人": "王检举", "联系电话": "13812345678",
       "投诉类别": "办事拖拉", "投诉内容": "拖延办理营业执照变更。"}


def _office(admin):
    for name in ("县委办公室", "县纪委监委"):
        records.create(UNITS, {"单位名称": name}, admin)
    return make_staff([
        ("xm", "徐敏", "clerk", "县委办公室综合科", "科员", "", False),
        ("wzy", "王志远", "clerk", "县委办公室秘书科", "科长", "", False),
    ])


def test_a_complaint_every_user_recuses_from_says_where_it_goes(office, admin):
    staff = _office(admin)
    complaint = C.register_complaint({**RAW, "被投诉单位": "县委办公室"}, staff["xm"])
    note = recusal.registered_note(staff["xm"], complaint)
    assert "无人" in note and "上级" in note and "纪检监察机关" in note
    assert "与投诉无关的工作人员办理" not in note


def test_one_that_someone_may_handle_says_so_as_before(office, admin):
    staff = _office(admin)
    complaint = C.register_complaint({**RAW, "被投诉单位": "县委办公室综合科", "被投诉人": "徐敏"},
                                     staff["xm"])
    note = recusal.registered_note(staff["xm"], complaint)
    assert "与投诉无关的工作人员办理" in note and "无人" not in note
    assert recusal.registered_note(staff["wzy"], complaint) == ""
