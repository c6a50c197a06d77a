"""The 工作台's 三多 flags across New Year: a month over target stays flagged this month and the
two before it (FLAG_MONTHS) — December's excess is still there in January, not gone on 1 January
because the flags read this year only."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, dashboard

from .test_registries import _meeting

D = dt.date


def _flags(admin, today):
    clock.set_today(today)
    return [(i.record_id, i.title) for i in dashboard.due_items(admin, today)
            if i.registry == "efficiency"]


def test_december_over_target_is_flagged_in_january_and_february(office, admin):
    _meeting(D(2024, 12, 9), 5)
    _meeting(D(2025, 12, 9), 5)  # 5 > 5 × 0.9 = 4.5
    _meeting(D(2024, 10, 9), 5)
    _meeting(D(2025, 10, 9), 5)  # October: three months before January, history
    # the target's basis named: “4.5次” alone reads as a rule nobody set
    flagged = [(202512, "2025年12月会议5次，超过控制目标（4.5次：去年同期5次×0.9）")]
    assert _flags(admin, D(2025, 12, 31)) == [
        (202510, "2025年10月会议5次，超过控制目标（4.5次：去年同期5次×0.9）"), *flagged]
    assert _flags(admin, D(2026, 1, 10)) == flagged
    assert _flags(admin, D(2026, 2, 27)) == flagged
    assert _flags(admin, D(2026, 3, 2)) == []  # three months on: history (the 效能 tab keeps it)


def test_a_fixed_target_is_named_as_the_setting_says(office, admin):
    from officedesk.core import settings
    from officedesk.core.efficiency import sanduo

    settings.put(sanduo.TARGET_MEETINGS.key, 4)
    _meeting(D(2025, 12, 9), 5)
    assert _flags(admin, D(2025, 12, 31)) == [
        (202512, "2025年12月会议5次，超过控制目标（每月不超过4次）")]
