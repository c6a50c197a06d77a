"""The 督查 tab of a maximized main window (a 1366×768 laptop's screen) showing one item, and
what its tables do not show whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from officedesk.core import supervision as sv
from officedesk.ui.widgets.column_fit import CELL_ROOM


def item_shown(app_ctx: Any, qtbot: Any, item_id: int) -> tuple[Any, Any]:
    """(the window, its 督查 tab) with the item selected."""
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.showMaximized()
    qtbot.waitExposed(window)
    tab = window.tab_widgets["supervision"]
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    assert tab.show_record(sv.SPEC.name, item_id)
    return window, tab


def cut(table: Any, cells_of_last: bool = True) -> list:
    """Headings not read whole, and cells whose words need more lines than their row has (the
    last column's cells left out with cells_of_last=False: a text that ends in “…”, whole in its
    tooltip)."""
    model, header, cells = table.model(), table.horizontalHeader(), table.fontMetrics()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    last = model.columnCount() - 1
    found = []
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        room = header.sectionSize(column)
        if header.fontMetrics().horizontalAdvance(title) + margin > room:
            found.append((title, room))
        for row in range(model.rowCount() if cells_of_last or column < last else 0):
            text = str(model.index(row, column).data())
            lines = max(table.rowHeight(row) // cells.lineSpacing(), 1)
            if cells.horizontalAdvance(text) + CELL_ROOM > (room - CELL_ROOM) * lines + CELL_ROOM:
                found.append((text, room, lines))
    return found
