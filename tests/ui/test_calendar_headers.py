"""The 会议 calendar's week view on a 1366×768 laptop: each day's heading (date and weekday)
reads whole in its column, in Chinese and in English (11/30 周一 was cut to 1/30 周-)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle


@pytest.fixture
def language(request, qapp):
    from officedesk.ui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)


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
