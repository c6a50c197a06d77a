"""A correction of the 登记日期 the deadlines run from: a clerk moved an overdue 待处理 petition's
登记日期 from 2026-02-26 to 2026-11-30, its next_due went to 2026-12-15 and it left every overdue
count. Refused, but for the administrator (a real typo, audited); and never after a later step."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, records
from officedesk.core.errors import ValidationError

from .conftest import leader


def test_an_overdue_petition_is_not_corrected_out_of_overdue(register, clerk, admin, fixed_today):
    fixed_today(dt.date(2026, 2, 26))
    p = register(registered_on="2026-02-26")
    fixed_today(dt.date(2026, 12, 1))
    assert petitions.deadlines.overdue_on(p, dt.date(2026, 12, 1))
    with pytest.raises(ValidationError, match="现已逾期.*联系管理员") as caught:
        records.update(petitions.SPEC, p.id, {"登记日期": "2026-11-30"}, p.version, clerk)
    assert caught.value.field == "registered_on"
    again = petitions.get(p.id, admin)
    assert (again.registered_on, again.next_due) == (p.registered_on, p.next_due)
    # a correction that leaves it overdue is a correction like any other
    moved = records.update(petitions.SPEC, p.id, {"登记日期": "2026-02-27"}, p.version, clerk)
    assert moved.registered_on == dt.date(2026, 2, 27)
    # the administrator may fix a real typo
    fixed = records.update(petitions.SPEC, p.id, {"登记日期": "2026-11-30"}, moved.version, admin)
    assert fixed.registered_on == dt.date(2026, 11, 30) and fixed.next_due > dt.date(2026, 12, 1)


def test_the_registration_date_is_not_moved_after_a_later_step(accepted, admin, fixed_today):
    p = accepted("2026-08-03")
    fixed_today(dt.date(2026, 8, 20))
    p = petitions.extend(p.id, p.version, admin, reason="情况复杂", approver=leader(), on="2026-08-10")
    # 处理 (the acceptance) was on the 3rd: the 登记日期 may not come after it, even for the
    # administrator
    with pytest.raises(ValidationError, match="处理"):
        records.update(petitions.SPEC, p.id, {"登记日期": "2026-08-05"}, p.version, admin)
    assert petitions.get(p.id, admin).registered_on == dt.date(2026, 8, 3)
