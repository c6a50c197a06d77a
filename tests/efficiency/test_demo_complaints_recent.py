"""The demo's 效能投诉 were registered any day of the last ~300 and stopped at any stage: a new
office saw a complaint at 待处理 since the spring, “已逾期 166 个工作日”, as if nobody worked
them. An office clears its complaints: those still open came in within the last month (one a
little overdue at most), the older ones are 办结."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock
from officedesk.store.efficiency import EfficiencyComplaint

from .test_drill_adds_up import _demo


def test_the_demo_s_open_complaints_came_in_within_the_last_month(demo_filled):
    _demo(demo_filled)
    try:
        today = clock.today()
        complaints = list(EfficiencyComplaint.select())
        still_open = [c for c in complaints if c.state != "已办结"]
        assert still_open and len(still_open) < len(complaints)
        late = [(c.number, c.received_on, c.state) for c in still_open
                if c.received_on < today - dt.timedelta(days=31)]
        assert not late, late
    finally:
        clock.set_today(None)
