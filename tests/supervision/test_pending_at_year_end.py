"""`stats --year Y`'s 待交办 is counted as its 在办 is (README “督查通报的口径”): as of Y's end (or
today, if earlier), whenever the item was 立项 — an item split after the year was still waiting
for 分解 at its end, and one 立项 the year before and never split waits in this year too."""

from __future__ import annotations

import datetime as dt

from officedesk.core import supervision as sv


def _item(title: str, deadline: str, admin) -> int:
    return sv.create_item_from_source("other", None, title, title + "。", admin,
                                      deadline=dt.date.fromisoformat(deadline)).id


def test_waiting_for_split_as_of_the_year_end(db, admin, fixed_today):
    fixed_today(dt.date(2024, 12, 10))
    older = _item("清理历史遗留问题", "2025-06-30", admin)  # never split: overdue since 2025-06-30
    fixed_today(dt.date(2025, 12, 15))
    late_split = _item("冬季供暖保障", "2026-01-31", admin)
    fixed_today(dt.date(2026, 1, 5))
    sv.add_task(late_split, {"牵头单位": "县住房和城乡建设局", "时限": "2026-01-20"}, admin)
    assert sv.get_item(late_split, admin).status == sv.OPEN
    year = sv.year_figures(admin, 2025)
    # both were 立项 and not yet 交办 on 2025-12-31; both are 在办 then
    assert (year["待交办"], year["在办"]) == (2, 2)
    assert year["督查事项"] == 1  # 立项 in 2025: the 冬季供暖 item
    # 2026 so far: the older item still waits; the other was split on 01-05
    assert sv.get_item(older, admin).status == sv.PENDING
    assert sv.year_figures(admin, 2026)["待交办"] == 1
    # a year whose end came before either was 立项 has none
    assert sv.year_figures(admin, 2023)["待交办"] == 0
