"""An item added (add, import) as 按期办结 or 逾期办结: the dates decide which, as the 办结 step
decides it. A row whose 状态 says the other is refused naming the column and the dates — not
stored as the other state without a word (a 台账's 逾期 is no 按期 in the 通报)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError

ROW = {"事项名称": "整治背街小巷", "来源": "群众反映", "立项日期": "2026-06-01",
       "牵头单位": "市住房和城乡建设局"}


def test_a_done_state_the_dates_contradict_is_refused(db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    with pytest.raises(ValidationError) as late:
        sv.SPEC.create_hook({**ROW, "办结时限": "2026-11-30", "状态": "逾期办结",
                             "办结日期": "2026-11-20"}, admin)
    assert late.value.field == "status"
    assert "按期办结" in late.value.message and "2026-11-30" in late.value.message
    with pytest.raises(ValidationError) as on_time:
        sv.SPEC.create_hook({**ROW, "办结时限": "2026-11-10", "状态": "按期办结",
                             "办结日期": "2026-11-20"}, admin)
    assert on_time.value.field == "status" and "逾期办结" in on_time.value.message
    assert sv.SupervisionItem.select().count() == 0  # nothing half made


def test_a_done_state_the_dates_bear_out_is_kept(db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    late = sv.SPEC.create_hook({**ROW, "办结时限": "2026-11-10", "状态": "逾期办结",
                                "办结日期": "2026-11-20"}, admin)
    assert late.status == "逾期办结"
    done = sv.SPEC.create_hook({**ROW, "事项名称": "修复路灯", "办结时限": "2026-11-30",
                                "状态": "已办结", "办结日期": "2026-11-20"}, admin)
    assert done.status == "按期办结"  # 已办结: the dates say which


@pytest.mark.parametrize("state", ["办理中", "待交办"])
def test_an_open_state_with_a_closing_date_is_refused(db, admin, fixed_today, state):
    """A row saying 办理中 (or 待交办) and giving a 办结日期 contradicts itself: it is refused
    naming both, not closed without a word as the date would have it."""
    fixed_today(dt.date(2026, 12, 1))
    with pytest.raises(ValidationError) as refused:
        sv.SPEC.create_hook({**ROW, "办结时限": "2026-11-30", "状态": state,
                             "办结日期": "2026-11-20"}, admin)
    assert refused.value.field == "closed_on"
    assert state in refused.value.message and "2026-11-20" in refused.value.message
    assert sv.SupervisionItem.select().count() == 0
