"""A 督查事项 voided counts in no figure (lifecycle.counted): the 督查通报 and `stats` leave out
its 分解任务 too — as the 工作台 and the 效能 figures do — and name none of them as 逾期未办结.
(A split item is refused 作废 now; one voided with its tasks by an older version, or brought in
as 已作废 by an import, still has them.)"""

from __future__ import annotations

import datetime as dt

from officedesk.core import stats
from officedesk.core import supervision as sv
from officedesk.core.lifecycle import VOIDED
from officedesk.store.supervision import SupervisionItem

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def test_the_tasks_of_a_voided_item_count_nowhere(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    fixed_today(dt.date(2026, 4, 20))
    # 3 tasks 交办 3-02, due 4-15, 3-31, 3-20: at 3-31 all 在办, two due and overdue
    counted = sv.figures.bulletin(*MARCH, actor=admin)
    assert (counted.total.open, counted.total.due, counted.total.overdue) == (3, 2, 2)
    SupervisionItem.update(status=VOIDED).where(SupervisionItem.id == item.id).execute()
    voided = sv.figures.bulletin(*MARCH, actor=admin)
    assert voided.units == [] and voided.overdue == []
    assert (voided.total.open, voided.total.due, voided.total.overdue) == (0, 0, 0)
    assert (voided.items_open, voided.items_due) == (0, 0)
    year = stats.collect(admin, 2026)["supervision"]
    assert year["逾期任务"] == 0 and year["按单位"] == []
