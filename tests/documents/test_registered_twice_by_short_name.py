"""The same 来文 signed in twice under its organ's 名称 and its 简称 (县应急管理局 / 应急局, both
the 通讯录's) is the same pair: the warning looked for the 来文机关 only as typed, and the
second registration of one document went by unnoticed."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records
from officedesk.core.documents import incoming

# a number in the sender's own form: matched with its organ (one in the 〔年〕号 form carries its
# organ's 代字 and is matched alone: test_registered_twice_by_number.py)
REF = "应急函字第15号"


@pytest.fixture
def unit(office, admin):
    return records.create(directory.UNITS, {"单位名称": "县应急管理局", "简称": "应急局"}, admin)


@pytest.mark.parametrize(("first", "again"), [("县应急管理局", "应急局"), ("应急局", "县应急管理局")])
def test_a_unit_by_its_other_name_is_the_same_organ(unit, secretary, first, again):
    earlier = incoming.sign_in({"文种": "通知", "来文机关": first, "来文字号": REF,
                                "标题": "关于做好冬季安全生产工作的通知"}, secretary)
    assert incoming.registered_before(again, REF, secretary) == [earlier.receive_no]


def test_another_organ_with_the_same_number_is_not_named(unit, secretary):
    incoming.sign_in({"文种": "通知", "来文机关": "县应急管理局", "来文字号": REF,
                      "标题": "关于做好冬季安全生产工作的通知"}, secretary)
    assert incoming.registered_before("县公安局", REF, secretary) == []
