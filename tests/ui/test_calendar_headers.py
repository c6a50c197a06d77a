"""The 会议 calendar's week view on a 1366×768 laptop: each day's heading (date and weekday)
reads whole in its column, in Chinese and in English (11/30 周一 was cut to 1/30 周-)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_week_view_day_headings_fit_their_columns(language, main_window, qtbot, fixed_today):
    fixed_today(dt.date(2026, 11, 30))  # two-digit months and days: the widest headings
    meetings = main_window.tab_widgets["meetings"]
    main_window.tabs.setCurrentWidget(meetings)
    calendar = meetings.calendar
    calendar.go_today()
    qtbot.wait(50)
    header = calendar.table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    cut = []
    for column in range(7):
        heading = calendar.table.horizontalHeaderItem(column).text()
        assert "11" in heading or "12" in heading
        widest = max(metrics.horizontalAdvance(line) for line in heading.split("\n"))
        if widest + margins > header.sectionSize(column):
            cut.append((heading, widest, header.sectionSize(column)))
    assert cut == []


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_week_view_cells_show_each_start_time_whole(language, main_window, qtbot, fixed_today,
                                                    admin):
    """A week cell's meeting starts with its time, read whole in Chinese and English (English
    showed "09:…" where Chinese showed "09:00": its columns were a few pixels narrower)."""
    from officedesk.core import directory, records
    from officedesk.core import meetings as m
    from tests.meetings.conftest import _fill_directory, make_draft

    _fill_directory(admin)
    records.create(directory.ROOMS, {"名称": "县政府常务会议室", "容量": 30}, admin)  # a wide heading
    fixed_today(dt.date(2026, 11, 30))
    for day, start, room in (("11-30", "09:00", "常委会议室"), ("12-01", "14:30", "第二会议室"),
                             ("12-04", "10:00", "县政府常务会议室")):
        m.save_meeting(make_draft(title="县委常委会2026年第8次会议", start=f"2026-{day} {start}",
                                  end=f"2026-{day} 11:30" if start < "11" else f"2026-{day} 16:30",
                                  place=room), admin)
    meetings = main_window.tab_widgets["meetings"]
    main_window.tabs.setCurrentWidget(meetings)
    calendar = meetings.calendar
    calendar.go_today()
    qtbot.wait(50)
    table = calendar.table
    metrics = QFontMetrics(table.font())
    # a cell's text inside its column: the item view's text margin each side, and the grid line
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 1
    shown = []
    for row in range(table.rowCount()):
        for column in range(7):
            item = table.item(row, column)
            if item is None or not calendar.ids_at(row, column):
                continue
            time = item.text().split()[0]
            shown.append(time)
            assert metrics.horizontalAdvance(time) + margin <= table.columnWidth(column), (
                time, metrics.horizontalAdvance(time), table.columnWidth(column))
            assert table.rowHeight(row) >= 3 * metrics.lineSpacing()  # time, then the title
    assert sorted(shown) == ["09:00", "10:00", "14:30"]
