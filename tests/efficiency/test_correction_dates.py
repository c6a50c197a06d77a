"""A 效能投诉's 登记日期 (its clock starts there) is not corrected to after its 核查."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, records
from officedesk.core.efficiency import complaints as C
from officedesk.core.errors import ValidationError

from .test_complaints import _new


def test_the_registration_date_is_not_moved_after_the_check(office, admin, clerk):
    record = _new(admin)  # registered 2025-09-26
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-9-30")
    with pytest.raises(ValidationError, match="晚于这条记录的核查日期（2025-09-30）") as caught:
        records.update(C.SPEC, record.id, {"登记日期": "2025-10-09"}, record.version, clerk)
    assert caught.value.field == "received_on"
    moved = records.update(C.SPEC, record.id, {"登记日期": "2025-09-29"}, record.version, clerk)
    assert moved.received_on == dt.date(2025, 9, 29)
    clock.set_today(None)
