"""Where the clerk left a tab's dividers, inner pages and columns, kept per workstation
(QSettings): the list/detail splitters, the table/chart splitters, the inner tabs (公文 收文/发文,
会议 日历/统计, 效能 概况/环节 …) and a table's column widths and order open as they were left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QSplitter, QTableView, QTabWidget


def remember(settings: QSettings, key: str,
             widget: QSplitter | QTabWidget | QHeaderView | QComboBox, columns: str = "") -> None:
    """Put `widget` back as it was saved under `key`, and save it there whenever the clerk
    moves the divider, turns the page, picks another view or resizes or moves a column. Call it
    once the widget has all its parts (a header: its model's columns at their default widths; a
    box: its items, and what follows its choice connected). `columns` (a header): what its
    columns are; one saved with other columns (a column added or dropped since) is not put
    back, its widths would go to other columns — nor one saved for more columns than there are."""
    if isinstance(widget, QHeaderView):
        header = widget
        saved = settings.value(key)
        shape_key = f"{key}-columns"
        if columns and settings.value(shape_key) not in (None, columns):
            saved = None
            settings.remove(key)
        if isinstance(saved, QByteArray | bytes) and len(saved):
            before = header.saveState()
            header.restoreState(saved)
            model = header.model()
            if model is not None and header.count() != (
                    model.columnCount() if header.orientation() == Qt.Orientation.Horizontal
                    else model.rowCount()):
                header.restoreState(before)  # Qt keeps sections of no column
        if columns:
            settings.setValue(shape_key, columns)
        view = header.parentWidget()
        horizontal = header.orientation() == Qt.Orientation.Horizontal

        def changed(*_args: Any) -> None:
            # the header asked of its table each time: PySide can drop the Python wrapper of a
            # header Qt made (its Python parent gone) while the header lives on and still tells
            # of its resizes; the wrapper kept here then raised "already deleted" on showing
            # the 发文 list, a traceback out of the event loop
            live = header
            if isinstance(view, QTableView):
                live = view.horizontalHeader() if horizontal else view.verticalHeader()
            settings.setValue(key, live.saveState())

        header.sectionResized.connect(changed)
        header.sectionMoved.connect(changed)
        return
    if isinstance(widget, QSplitter):
        state = settings.value(key)
        if isinstance(state, QByteArray | bytes) and len(state):
            widget.restoreState(state)

        def moved(*_args: Any) -> None:
            settings.setValue(key, widget.saveState())

        widget.splitterMoved.connect(moved)  # the clerk's drag only, not a resize
        return
    index = saved_index(settings.value(key))
    if index is not None and 0 <= index < widget.count():
        widget.setCurrentIndex(index)
    if isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda index: settings.setValue(key, index))
    else:
        widget.currentChanged.connect(lambda page: settings.setValue(key, page))


def saved_index(value: Any) -> int | None:
    """A remembered index, or None when the settings file holds something else (edited by hand)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
