"""Tab moves on from the main lists (收文, 会议, 督查, 信访, 信息, 通讯录, 我的待办, 效能 …) as
from the dialogs' tables; the arrows move between cells. Qt's default took Tab from cell to
cell and, after the last column, to the next row: the next record became the current one, and
the buttons beside the list (批办, 作废 …) acted on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QVBoxLayout, QWidget

from officedesk.ui.widgets.records_table import RegistryListView
from tests.staff import add_people


def test_tab_leaves_a_registry_list_and_the_record_stays(app_ctx, admin, qtbot):
    people = add_people(admin, 5)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    view = RegistryListView(app_ctx, people, parent=host)
    layout.addWidget(view)
    after = QPushButton("作废", host)  # a button after the list
    layout.addWidget(after)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    table = view.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    view.select_record(view.model.record_id_at(0))
    chosen = view.selected_ids()
    qtbot.keyClick(table, Qt.Key.Key_Right)  # the arrows move between cells …
    assert table.currentIndex().column() == 1
    for _ in range(view.model.columnCount() + 1):  # … Tab leaves at once, never wraps
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not table:
            break
    assert QApplication.focusWidget() is not table
    assert view.selected_ids() == chosen and view.current_id() == chosen[0]
    assert table.currentIndex().row() == 0
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)  # Shift+Tab leaves it too
    assert QApplication.focusWidget() is not table and view.selected_ids() == chosen


def test_no_list_of_the_main_window_keeps_tab(main_window, qtbot):
    """Every tab's lists, built (a tab builds when it is first shown): 工作台's 我的待办, the
    registers' lists, 督查's tasks and reports, 效能's tables, 会议's calendar."""
    tabs = main_window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
    views = [view for view in main_window.findChildren(QAbstractItemView)
             if view.parent() is not None and view.objectName() != "qt_scrollarea_viewport"
             and type(view).__name__ not in ("QListView", "QHeaderView")]
    keeping = [(tabs.tabText(i), view.accessibleName()) for view in views if view.tabKeyNavigation()
               for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(view)]
    assert len(views) >= 8
    assert keeping == []
