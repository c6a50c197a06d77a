"""回避 when the 被投诉人 is not one bare name: a complaint against “王志远、李四” or “王志远科长”
named 王志远, yet the rule compared the whole text with his name, so he saw it, could do its
核查, 结论 and 处理 and correct it (probe128). A person is conflicted when his name stands in the
被投诉人 as written — on every path (the list's SQL and the record's own check say the same)."""

from __future__ import annotations

import pytest

from officedesk.core import record_lists, records
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import recusal
from officedesk.core.errors import HiddenRecordError

from .conftest import complaint_staff

RAW = {"投诉方式": "电话", "登记日期": "2025-12-01", "投诉人": "王检举", "联系电话": "13812345678",
       "投诉类别": "办事拖拉", "被投诉单位": "县纪委监委", "投诉内容": "拖延办理营业执照变更。"}


@pytest.fixture
def staff(any_office, admin):
    return complaint_staff(admin)


@pytest.mark.parametrize("named", ["王志远、李四", "李四，王志远", "王志远科长", "王志远 李四"])
def test_a_person_named_among_others_or_with_his_title_is_conflicted(staff, named):
    complaint = C.register_complaint({**RAW, "被投诉人": named}, staff["xm"])
    wzy = staff["wzy"]
    assert record_lists.list_ids(C.SPEC, wzy) == []
    with pytest.raises(HiddenRecordError):
        records.get(C.SPEC, complaint.id, wzy)
    assert "被投诉人" in recusal.step_refusal(wzy, complaint)
    assert "被投诉人" in recusal.person_refusal("王志远", complaint)
    # one not named still handles it
    assert record_lists.list_ids(C.SPEC, staff["zyq"]) == [complaint.id]
    assert recusal.step_refusal(staff["zyq"], complaint) is None
