"""A number brought or typed in the registry's own form carries the year of the record's own date
(README), for 信访, 督查 and 效能投诉 as for 收文: `add supervision 督查编号=督〔2025〕1号
立项日期=2026-02-03` was accepted, and every later correction of it was then refused naming a
“日期” nobody changed. Refused at registration (one by one and in a batch import); a correction
is judged only when it moves the year."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, petitions, records, supervision
from officedesk.core.efficiency import complaints
from officedesk.core.errors import ValidationError
from tests.core.test_number_of_record_year import _complaint, _petition


def test_a_brought_number_of_another_year_is_refused_at_registration(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 5))
    with pytest.raises(ValidationError, match="应带 2026 年的年份"):
        petitions.SPEC.create_hook({**_petition("2026-03-01"), "信访编号": "信2025-00007"}, admin)
    with pytest.raises(ValidationError, match="应带 2026 年的年份"):
        supervision.SPEC.create_hook({"督查编号": "督〔2025〕1号", "立项日期": "2026-02-03",
                                      "事项名称": "跨年督查", "来源": "领导批示"}, admin)
    with pytest.raises(ValidationError, match="应带 2026 年的年份"):
        complaints.SPEC.create_hook({**_complaint("2026-03-01"), "投诉编号": "效投2025-0001"}, admin)
    prepared, problems = batch.check(petitions.SPEC, [{**_petition("2026-03-01"), "信访编号": "信2025-00007"}],
                                     admin)
    assert [p.field for p in problems] == ["number"] and "应带 2026 年的年份" in problems[0].message


def test_a_correction_that_moves_no_date_is_not_judged_by_the_number(db, admin, fixed_today):
    """A number of another form (the national system's) or one kept from before stays as it is:
    a correction of the content says nothing of it."""
    from officedesk.store.petitions import Petition

    fixed_today(dt.date(2026, 3, 5))
    p = petitions.SPEC.create_hook(_petition("2026-03-01"), admin)
    # kept from before the rule: a number of 2025 on a 2026 petition
    Petition.update(number="信2025-00007").where(Petition.id == p.id).execute()
    p = records.get(petitions.SPEC, p.id, admin)
    corrected = records.update(petitions.SPEC, p.id, {"反映内容": "反映拖欠工资三个月"}, p.version, admin)
    assert corrected.content == "反映拖欠工资三个月"
