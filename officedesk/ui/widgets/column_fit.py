"""A table's columns as wide as their words: each as wide as its heading and its widest cell, up
to a limit past which the cell wraps (its row grows), the last column stretched over the rest.
Used where a fixed width cut a unit's name while another column had room to spare (登记信访's
可能的重复件, 签到, 会议 议程, 督查's 分解任务)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

CELL_ROOM = 8  # px: a cell's margins and grid line around its text
LIMIT_STEP = 4  # px: how much a limit gives at a time when the columns ask more than the view
WRAP_FLOOR = 64  # px: a wrapping cell keeps four Chinese characters a line (then the view scrolls)


def heading_width(view: QTableView, column: int) -> int:
    """What the column's heading asks: bold, as a selected row's headings are drawn."""
    header = view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    return QFontMetrics(bold).horizontalAdvance(title) + margin + CELL_ROOM


def cells_width(view: QTableView, column: int) -> int:
    """What the column's widest cell asks."""
    model, metrics = view.model(), view.fontMetrics()
    texts = (str(model.index(row, column).data() or "") for row in range(model.rowCount()))
    return max((metrics.horizontalAdvance(text) + CELL_ROOM for text in texts), default=0)


# what a line cannot break inside: a date, a number, a Latin word (Chinese breaks anywhere)
_UNBROKEN = re.compile(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")


def words_width(view: QTableView, column: int) -> int:
    """What the column's longest unbreakable word asks (2026-11-05, overdue): a wrapping cell
    narrower than it cuts the word ("Closed 2026-1…")."""
    model, metrics = view.model(), view.fontMetrics()
    words = (word for row in range(model.rowCount())
             for word in _UNBROKEN.findall(str(model.index(row, column).data() or "")))
    return max((metrics.horizontalAdvance(word) + CELL_ROOM for word in words), default=0)


def fit_to_words(view: QTableView, columns: Iterable[int], limit: int, extra: int = 0,
                 room: int | None = None, wrapping: Iterable[int] = ()) -> None:
    """Each of `columns` as wide as its heading and widest cell (plus `extra`), a cell up to
    `limit`; a heading is never cut. With `room` (px for all of them), the `wrapping` columns'
    limit gives until they fit in it, not below their headings, their longest words nor
    WRAP_FLOOR: their words wrap instead."""
    columns, wrapping = list(columns), set(wrapping)
    # a wrapping column keeps its heading and its longest word whole: its other words wrap
    heads = {c: max(heading_width(view, c), min(words_width(view, c), limit) if c in wrapping else 0)
             for c in columns}
    cells = {c: cells_width(view, c) + extra for c in columns}

    def widths(cap: int) -> dict[int, int]:
        return {c: max(heads[c], min(cells[c], cap if c in wrapping else limit)) for c in columns}

    cap = limit
    chosen = widths(cap)
    while room is not None and sum(chosen.values()) > room and cap > WRAP_FLOOR and wrapping:
        cap -= LIMIT_STEP
        chosen = widths(cap)
    for column, width in chosen.items():
        view.setColumnWidth(column, width)


def wrap_rows(view: QTableView, columns: Iterable[int], least: int = 0) -> None:
    """Each row as tall as its wrapped words in `columns` (not its last column's long text),
    `least` px at least."""
    columns = list(columns)
    header, metrics, model = view.horizontalHeader(), view.fontMetrics(), view.model()
    for row in range(model.rowCount()):
        heights = [
            metrics.boundingRect(
                QRect(0, 0, max(header.sectionSize(column) - CELL_ROOM, 1), 10_000),
                Qt.TextFlag.TextWordWrap,
                str(model.index(row, column).data() or ""),
            ).height()
            for column in columns
        ]
        view.setRowHeight(row, max(max(heights, default=0) + CELL_ROOM, least))
