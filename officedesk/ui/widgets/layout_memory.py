"""Where the clerk left a tab's dividers and inner pages, kept per workstation (QSettings):
the list/detail splitters, the table/chart splitters and the inner tabs (公文 收文/发文, 会议
日历/统计, 效能 概况/环节 …) open as they were left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QTabWidget


def remember(settings: QSettings, key: str, widget: QSplitter | QTabWidget) -> None:
    """Put `widget` back as it was saved under `key`, and save it there whenever the clerk
    moves the divider or turns the page. Call it once the widget has all its parts."""
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
    widget.currentChanged.connect(lambda page: settings.setValue(key, page))


def saved_index(value: Any) -> int | None:
    """A remembered index, or None when the settings file holds something else (edited by hand)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
