"""The 工作台 at 1366×768: 待办 and 责任 read whole ("传阅（韦刚持…", "县住房和城乡…" were cut while
事项 kept hundreds of pixels to spare), and 类别 on one line in English ("Supervised item")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from officedesk.core.dashboard import DueItem


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_to_do_and_responsible_read_whole_beside_a_wide_item(language, main_window, qtbot,
                                                            fixed_today):
    fixed_today(dt.date(2026, 12, 6))
    main_window.resize(1366, 768)
    tab = main_window.tab_widgets["dashboard"]
    main_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    items = [
        DueItem("meetings", "会议", 1, "县委常委会2026年第32次会议", "09:00 开会（常委会议室）",
                dt.date(2026, 12, 7), "中共云岭县委办公室"),
        DueItem("incoming", "收文", 2, "收〔2026〕54号 关于开展冬季消防安全专项整治的通知",
                "传阅（韦刚持有）", dt.date(2026, 12, 3), "县住房和城乡建设局", working=True),
        DueItem("supervision", "督查事项", 3, "督〔2026〕8号 推进污水处理厂提标改造",
                "未按期反馈", dt.date(2026, 12, 8), "县应急管理局"),
    ]
    tab._show(items)
    table, model = tab.table, tab.model
    # a cell's text inside its column: the item view's text margin each side, and the grid line
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 1
    cut = []
    for row in range(model.rowCount()):
        for column in (1, 3, 6):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            needs = table.fontMetrics().horizontalAdvance(text) + margin
            if needs > table.columnWidth(column):
                cut.append((text, needs, table.columnWidth(column)))
    assert cut == []
    assert table.columnWidth(2) >= 400  # 事项 keeps its room at 1366
