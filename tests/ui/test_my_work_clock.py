"""我的待办 and the 工作台 show a 突发事件's report clock as core tells it — time left or over
in hours and minutes, its minute as the 期限 — in Chinese and in English."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock
from officedesk.core.dashboard import DueItem
from officedesk.core.my_work import WorkItem

NOW = dt.datetime(2026, 11, 2, 9, 20)


def _work(due_at):
    return WorkItem("info", "信息", 1, "县城区发生一起燃气泄漏事故", "电话报告", "信息科的人员",
                    due_at.date(), due_at.date(), due_at=due_at,
                    soon_at=due_at - dt.timedelta(minutes=15))


@pytest.mark.parametrize(("lang", "left", "over", "days"), [
    ("zh", "剩 10 分钟", "已超 2 小时 20 分钟", "3 天"),
    ("en", "10 min left", "2 h 20 min overdue", "3 d"),
])
def test_the_clock_reads_in_hours_and_minutes(request, app_ctx, qtbot, fixed_today, lang, left,
                                               over, days):
    from officedesk.ui.dashboard import DueModel
    from officedesk.ui.dashboard.my_work import WorkModel

    if lang == "en":
        request.getfixturevalue("english")
    fixed_today(NOW.date(), NOW.time())
    near, late = _work(NOW + dt.timedelta(minutes=10, seconds=30)), _work(dt.datetime(2026, 11, 2, 7, 0))
    mine = WorkModel()
    mine.set_items([near, late])
    assert mine.data(mine.index(0, 0)) == left
    assert mine.data(mine.index(1, 0)) == over
    assert mine.data(mine.index(0, 6)) == "2026-11-02 09:30"
    board = DueModel()
    board.set_items([DueItem("info", "信息", 1, "【突发】燃气泄漏", "书面报告", NOW.date(), "县应急局",
                             due_at=dt.datetime(2026, 11, 2, 7, 0)),
                     DueItem("incoming", "收文", 2, "一件收文", "承办时限",
                             NOW.date() + dt.timedelta(days=3))])
    assert board.data(board.index(0, 5)) == over
    assert board.data(board.index(1, 5)) == days
    assert clock.now() - NOW < dt.timedelta(minutes=1)  # the clock was as the texts say
