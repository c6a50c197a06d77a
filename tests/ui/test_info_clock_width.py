"""The 报送计时 column of the 信息 list shows a clock whole, its unit too, in English as in
Chinese: "● Written report due in 11 min" was cut to "● Written report due in 11 …" in 190 px."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from officedesk.core import clock, info, records
from officedesk.ui.info import make_tab


def _sudden(admin, title: str, event: dt.datetime, phoned: dt.datetime) -> int:
    return records.create(info.SPEC, {
        "title": title, "unit": "河口镇", "category": "突发事件", "event_level": "较大",
        "event_at": event, "phoned_at": phoned, "reported_at": phoned,
        "content": "明火面积约20亩。"}, admin).id


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_clock_column_fits_its_clocks(language, request, app_ctx, qtbot, fixed_today, admin):
    if language == "en":
        request.getfixturevalue("english")
    fixed_today(dt.date(2026, 7, 1))
    now = clock.now()
    running = now - dt.timedelta(minutes=20)  # the written report due in a while
    late = now - dt.timedelta(hours=30, minutes=25)  # overdue by hours and minutes
    ids = [_sudden(admin, "河口镇发生山火", running, running + dt.timedelta(minutes=10)),
           _sudden(admin, "城关镇发生山火", late, late + dt.timedelta(minutes=10))]
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 728)
    tab.show()
    qtbot.waitExposed(tab)
    model, table = tab.list.model, tab.list.table
    title = "Report clock" if language == "en" else "报送计时"
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == title)
    texts = [model.data(model.index(model.row_of(i), column)) for i in ids]
    assert ("Written report due in" if language == "en" else "书面报告剩") in texts[0]
    assert ("29 h" if language == "en" else "29 小时") in texts[1]
    metrics = table.fontMetrics()
    margin = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 8
    for text in texts:
        assert metrics.horizontalAdvance(text) + margin <= table.columnWidth(column), text
