"""A 转送/交办's 去向单位 is a unit of the 通讯录 (the 效能 figures count by it): a 简称 is kept as
the 名称, an unknown unit is refused — at 处理 and when a petition is added or imported with it."""

from __future__ import annotations

import pytest

from officedesk.core import directory, petitions, records
from officedesk.core.errors import ValidationError


@pytest.fixture
def units(db, admin, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 3, 2))
    records.create(directory.UNITS, {"单位名称": "县自然资源局", "简称": "自然资源局"}, admin)
    records.create(directory.UNITS, {"单位名称": "青河镇人民政府", "简称": "青河镇"}, admin)
    return db


@pytest.mark.parametrize("handling", ["转送", "交办"])
def test_decide_keeps_the_full_name_and_refuses_an_unknown_unit(units, register, admin, handling):
    p = register()
    due = {"report_due": "2026-03-20"} if handling == "交办" else {}
    with pytest.raises(ValidationError, match="去向单位“不存在的局”不在通讯录中"):
        petitions.decide(p.id, p.version, admin, handling, on="2026-03-02",
                         target_unit="不存在的局", **due)
    p = petitions.decide(p.id, p.version, admin, handling, on="2026-03-02",
                         target_unit="青河镇", **due)
    assert p.target_unit == "青河镇人民政府"
