"""A 效能投诉's 被投诉单位 and 核查单位 are units of the 通讯录 (the complaint figures count by the
被投诉单位): a 简称 is kept as the 名称, an unknown unit is refused at 登记 (also `add` and
import) and at 核查."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records
from officedesk.core.efficiency import complaints as C
from officedesk.core.errors import ValidationError

RAW = {"投诉方式": "电话", "登记日期": "2025-12-15", "投诉人": "钱女士", "投诉类别": "办事拖拉",
       "投诉内容": "不动产登记两周未办结。"}


@pytest.fixture
def units(office, admin):
    for name, short in (("县自然资源局", "自然资源局"), ("县纪委监委", "纪委监委")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    return office


def test_registration_keeps_the_full_name_and_refuses_an_unknown_unit(units, admin):
    with pytest.raises(ValidationError, match="被投诉单位“不存在的局”不在通讯录中") as refused:
        C.register_complaint({**RAW, "被投诉单位": "不存在的局"}, admin)
    assert refused.value.field == "unit" and C.SPEC.model.select().count() == 0
    record = C.register_complaint({**RAW, "被投诉单位": "自然资源局"}, admin)
    assert record.unit == "县自然资源局"


def test_verification_keeps_the_full_name_and_refuses_an_unknown_unit(units, admin):
    record = C.register_complaint({**RAW, "被投诉单位": "县自然资源局"}, admin)
    with pytest.raises(ValidationError, match="核查单位“不存在的局”不在通讯录中"):
        C.send_for_verification(record.id, record.version, admin, "不存在的局")
    record = C.send_for_verification(record.id, record.version, admin, "纪委监委")
    assert record.verifier_unit == "县纪委监委"
