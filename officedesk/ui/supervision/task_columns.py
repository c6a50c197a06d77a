"""督查's 分解任务 and 进展反馈 tables with all their columns in view at 1366×768, in Chinese and
in English: each as wide as its heading and widest cell (a unit's name, a light, a done task's
date) up to a limit, narrower when the view is short of room (the words wrap, the row grows),
the last column the rest. In English fixed widths put 下次反馈 ("Next report"), 状态 and 办理要求
past the tasks' right edge; the reports showed only 反馈日期, 进度 and the start of 进展情况.
Once the clerk drags a column, his widths are kept (remembered as the lists' are)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from officedesk.ui.widgets.column_fit import cells_width, fit_to_words, heading_width, wrap_rows

TEXT_LIMIT = 150  # px: a longer unit's name or light wraps rather than push 办理要求 off
REQUIREMENT_ROOM = 120  # px kept for 办理要求, the last column (stretched over the rest)
WRAPPING = (1, 2, 3, 4, 8)  # 预警, 牵头单位, 协办单位, 责任人, 状态: words that may take two lines
# 进展反馈: 进展情况, 存在困难, 下一步措施 wrap in what 反馈日期, 进度 and 填报人 leave
REPORT_WRAPPING = (2, 3, 4)
REPORT_LIMIT = 400  # px: a report's sentence wraps past this even with room to spare


class TaskColumns(QObject):
    """Fits the table's columns to its rows each time they change or the view is resized."""

    def __init__(self, table: QTableView, settings: Any, key: str, *,
                 wrapping: tuple[int, ...] = WRAPPING, limit: int = TEXT_LIMIT,
                 last_room: int | None = REQUIREMENT_ROOM) -> None:
        """`last_room`: px kept for the last column; None: as much as its heading and cells ask."""
        super().__init__(table)
        self.table = table
        self.wrapping, self.limit, self.last_room = wrapping, limit, last_room
        self.settings = settings
        self.key = f"tables/{key}/sized_by_clerk"
        self._fitting = False
        table.setWordWrap(True)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.model().modelReset.connect(self.fit)
        table.viewport().installEventFilter(self)

    def sized_by_clerk(self) -> bool:
        return str(self.settings.value(self.key, "")).lower() == "true"

    def _resized(self, column: int, _old: int, _new: int) -> None:
        # the last column follows the view (stretched); any other resized, not by fit(), is his
        if not self._fitting and column < self.table.model().columnCount() - 1:
            self.settings.setValue(self.key, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        model = self.table.model()
        last = model.columnCount() - 1
        self._fitting = True
        try:
            if not self.sized_by_clerk():
                kept = self.last_room if self.last_room is not None else \
                    max(heading_width(self.table, last), cells_width(self.table, last))
                if self.last_room is None:  # stretched, it never goes below the width it was set
                    self.table.setColumnWidth(last, kept)
                room = self.table.viewport().width() - kept
                fit_to_words(self.table, range(last), self.limit, room=room, wrapping=self.wrapping)
            wrap_rows(self.table, self.wrapping, self.table.verticalHeader().defaultSectionSize())
        finally:
            self._fitting = False
