"""The 信息 tab at 1366×768 in English: its buttons fit the width, and the list's headers, the
report clock, the detail pane and the issues list speak English."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt

from officedesk.core import clock, info
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import periodicals
from officedesk.ui.info import make_tab
from tests.ui.test_translations import english  # noqa: F401 (the fixture)

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_info_tab_fits_and_is_translated_in_english(english, app_ctx, qtbot, report,  # noqa: F811
                                                       advance, fixed_today):
    fixed_today(dt.date(2026, 7, 1))
    event = clock.now() - dt.timedelta(minutes=20)
    item = report(title="河口镇发生山火", category="突发事件", event_level="较大", event_at=event,
                  reported_at=event + dt.timedelta(minutes=5), urgency="特急",
                  phoned_at=event + dt.timedelta(minutes=6))
    advance(report(), "编发")
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.minimumSizeHint().width() <= 1366
    assert tab.buttons["书面报告"].text() == "Written report"
    assert tab.history_button.geometry().right() < tab.width()
    for button in tab.buttons.values():
        assert button.geometry().right() < tab.width(), button.text()

    model = tab.list.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert [h for h in headers if CJK.search(str(h))] == []
    tab.list.refresh()
    tab.list.select_record(item.id)
    tab.update_current()
    text = tab.detail.toPlainText()
    assert "Written report due in 40 min" in text or "Written report due in 39 min" in text
    assert "Phone by " in text and ", written by " in text
    assert "Original: " in text and "Awaiting receipt" in text and "Very urgent" in text
    clock_column = headers.index("Report clock")
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 0)) == item.number)
    assert model.data(model.index(row, clock_column)).startswith("● Written report due in")

    issues = tab.show_issues()
    qtbot.addWidget(issues)
    [issue] = periodicals.issues("每日要情")
    cells = [issues.table.item(0, c).text() for c in range(1, 4)]
    assert cells == [f"{issue.year} no. {issue.seq}", f"Running no. {issue.total}", "Being edited"]
    ranking = tab.show_ranking()
    qtbot.addWidget(ranking)
    # the days counted: the year runs, so up to today (it said 12-31 over a line “up to 7-1”)
    assert ranking.summary.text() == "2026-01-01 — 2026-07-01"
    assert info.get(item.id, CLI_ACTOR).state == "待接收"
