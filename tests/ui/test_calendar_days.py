"""The 会议 calendar's week view lists a meeting on the days it is held (one ending at midnight
was listed on the next day too) and its tooltip gives the end's day when it ends on another
(“12-07 22:00–02:00” read as ending before it began). Chinese and English."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.meetings.conftest import _fill_directory, save_late_meetings


@pytest.fixture
def late(app_ctx, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    _fill_directory(admin)
    return save_late_meetings(admin)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_week_view_lists_it_on_its_days(late,
                                               language, main_window, qtbot, fixed_today):
    fixed_today(dt.date(2026, 12, 7))  # the week of 12-07 … 12-13, and the week before
    calendar = main_window.tab_widgets["meetings"].calendar
    main_window.tabs.setCurrentWidget(main_window.tab_widgets["meetings"])
    calendar.go_today()
    qtbot.wait(50)
    until_midnight, past_midnight = late

    def days_listed(meeting_id):
        return sorted({column for row in range(calendar.table.rowCount()) for column in range(7)
                       if meeting_id in calendar.ids_at(row, column)})

    assert days_listed(past_midnight.id) == [0, 1]  # 周一 and 周二
    tips = [calendar.table.item(r, 0).toolTip() for r in range(calendar.table.rowCount())
            if past_midnight.id in calendar.ids_at(r, 0)]
    assert "12-07 22:00–12-08 02:00" in tips[0]
    calendar.step(-1)  # the week before: 12-05 is its Saturday, 12-06 its Sunday
    qtbot.wait(50)
    assert days_listed(until_midnight.id) == [5]
