"""Headings and buttons that read whole on a 1366×768 laptop in Chinese and in English: the 督查
task and report tables ("son respons", "Progress" clipped), the 信访 and 信息 打印 buttons (the
menu arrow drawn over the "t" of "Print")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_supervision_task_and_report_headings_read_whole(language, main_window, qtbot):
    tab = main_window.tab_widgets["supervision"]
    main_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    cut = []
    for table in (tab.tasks_table, tab.reports_table):
        header = table.horizontalHeader()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(header.count()):
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            needs = header.fontMetrics().horizontalAdvance(title) + margin
            if needs > header.sectionSize(column):
                cut.append((title, needs, header.sectionSize(column)))
    assert cut == []
    if language == "en":  # the words the reviewer saw cut are English ones indeed
        titles = [tab.tasks_model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
        assert "Person responsible" in titles and "Progress" in titles


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
@pytest.mark.parametrize("registry", ["petitions", "info"])
def test_print_buttons_leave_room_for_their_menu_arrow(language, registry, main_window, qtbot):
    tab = main_window.tab_widgets[registry]
    main_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    button = tab.print_button
    assert button.menu() is not None
    option = QStyleOptionButton()
    option.initFrom(button)
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    text = button.fontMetrics().horizontalAdvance(button.text())
    # the text, its margins and the arrow beside it, not over it
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
    # what the button asks of its row (a row too narrow folds it into 更多, where it is a menu)
    assert button.sizeHint().width() >= text + margin + arrow, (button.text(), text, arrow)
    if button.width():  # laid out in its row: as wide as it asked
        assert button.width() >= button.sizeHint().width()
