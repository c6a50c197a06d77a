"""A 续报 whose 首报 is above the importer's clearance is refused in the words of a 首报 that does
not exist, naming the number as typed — never the hidden record's id."""

from __future__ import annotations

import pytest

from officedesk.core import info, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError

CLERK = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员乙")


def test_a_hidden_first_report_is_as_a_missing_one(report):
    first = report(title="机密首报", secrecy="机密")
    row = {"续报": first.number, "正文": "进展。", "报送时间": "2026-12-01 15:00"}
    with pytest.raises(ValidationError) as hidden:
        info.SPEC.create_hook(dict(row), CLERK)
    with pytest.raises(ValidationError) as missing:
        info.SPEC.create_hook({**row, "续报": "信息〔2026〕99号"}, CLERK)
    assert str(hidden.value) == str(missing.value).replace("信息〔2026〕99号", first.number)
    assert f"id）为 {first.id}" not in str(hidden.value) and hidden.value.field == "followup_of"
    assert records.level_of(info.SPEC, first) > CLERK.clearance
