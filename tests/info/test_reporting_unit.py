"""A 信息's 报送单位 is a unit of the 通讯录 (the 信息工作通报 scores and ranks by it): a 简称 is
kept as the 名称, an unknown unit is refused, in the form, at `add` and at import."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records
from officedesk.core.errors import ValidationError


@pytest.fixture
def units(db, admin):
    records.create(directory.UNITS, {"单位名称": "县林业局", "简称": "林业局"}, admin)
    return db


def test_a_short_name_is_kept_and_an_unknown_unit_refused(units, report):
    assert report(unit="林业局").unit == "县林业局"
    with pytest.raises(ValidationError, match="报送单位“县林草局”不在通讯录中") as refused:
        report(unit="县林草局", title="另一条信息")
    assert refused.value.field == "unit"
