"""The 工作台's summary line (已逾期 N 件，今日到期 N 件，即将到期 N 件，另有 N 项超过“三多”) is
counted in core from the items it lists, as every other figure is — the window only words it."""

from __future__ import annotations

import datetime as dt

from officedesk.core import dashboard
from officedesk.core.dashboard import OVER, OVERDUE, SOON, TODAY, DueItem

DAY = dt.date(2026, 12, 7)


def _item(record_id: int, due: dt.date, registry: str = "incoming", **more) -> DueItem:
    return DueItem(registry, "收文", record_id, f"收文 {record_id}", "承办时限", due, **more)


def test_the_items_are_counted_by_their_state_on_the_day():
    items = [_item(1, DAY - dt.timedelta(days=3)), _item(2, DAY - dt.timedelta(days=1)),
             _item(3, DAY), _item(4, DAY + dt.timedelta(days=2)),
             _item(5, dt.date(2026, 11, 30), "meetings", over=True),
             # a limit to the minute passed this morning: overdue though due today
             _item(6, DAY, due_at=dt.datetime(2026, 12, 7, 0, 30))]
    assert dashboard.counts(items, DAY) == {OVERDUE: 3, TODAY: 1, SOON: 1, OVER: 1}
    assert dashboard.counts([], DAY) == {OVERDUE: 0, TODAY: 0, SOON: 0, OVER: 0}


def test_a_registry_that_listed_only_its_earliest_makes_the_counts_at_least():
    shown = dashboard.SHOWN_PER_REGISTRY
    few = [_item(k, DAY) for k in range(shown - 1)] + [_item(k, DAY, "petitions") for k in range(3)]
    assert not dashboard.cut_short(few)
    assert dashboard.cut_short(few + [_item(shown, DAY)])
