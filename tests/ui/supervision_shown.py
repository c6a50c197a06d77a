"""The 督查 tab of a maximized main window (a 1366×768 laptop's screen) showing one item."""

from __future__ import annotations

from typing import Any

from officedesk.core import supervision as sv


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
