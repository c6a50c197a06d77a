"""状态 “已办结” is a word of a new row (add, a sheet), read as the 办结 step reads the dates:
it is never stored as a 状态 — a record written with it by any other path is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError


def test_done_unsaid_is_never_stored(db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    with pytest.raises(ValidationError) as refused:
        records.create(sv.SPEC, {"事项名称": "乙", "来源": "群众反映", "立项日期": "2026-06-01",
                                 "状态": "已办结"}, admin)
    assert refused.value.field == "status" and "办结日期" in refused.value.message
    assert sv.SupervisionItem.select().count() == 0
