"""A list's column widths are saved when the clerk resizes one, even after PySide dropped the
Python wrapper of the header (a header Qt made: its wrapper goes with a wrapper of one of its
ancestors, here the tab page's stack taken and let go). The kept wrapper raised "Internal C++
object already deleted" out of the event loop when the 发文 list was first shown."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView, QTabWidget, QVBoxLayout, QWidget

from officedesk.ui.widgets.layout_memory import remember


def test_a_header_whose_wrapper_went_still_saves_its_widths(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    pages = [QWidget(), QWidget()]
    for page in pages:
        tabs.addTab(page, "page")
    table = QTableView(pages[1])
    QVBoxLayout(pages[1]).addWidget(table)
    table.setModel(QStandardItemModel(3, 3, table))
    header = table.horizontalHeader()
    remember(settings, "tables/t/header", header)
    tabs.show()
    stack = pages[1].parentWidget()  # a wrapper of the stack Qt made, taken and let go
    stack.setCurrentWidget(pages[1])
    del stack
    gc.collect()
    wrapper_went = not shiboken6.isValid(header)
    table.setColumnWidth(0, 177)  # the clerk resizes a column: sectionResized
    saved = settings.value("tables/t/header")
    restored = QTableView()
    qtbot.addWidget(restored)
    restored.setModel(QStandardItemModel(3, 3, restored))
    restored.horizontalHeader().restoreState(saved)
    assert restored.columnWidth(0) == 177, wrapper_went
