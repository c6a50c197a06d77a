"""全局搜索: one query box over every registry, hits opened in their own tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import global_search, registry
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.store import search_index
from officedesk.ui.widgets.mnemonics import KeyedDialog


class SearchDialog(KeyedDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("全局搜索"))
        self.setAccessibleName(self.tr("全局搜索"))
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("输入要找的字词，几个词用空格分开，如 张三、信访 征地拆迁、X委办发"))
        self.box.setAccessibleName(self.tr("搜索内容"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("搜索结果数"))
        self.status.setWordWrap(True)  # what to do when more were left off: wrapped, the dialog kept
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("搜索结果"))
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("标题"), self.tr("内容")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 260)
        # Enter on a row or a double-click (the style's activation) opens the hit
        self.table.activated.connect(lambda index: self._open(index.row(), index.column()))
        self.box.returnPressed.connect(self.open_first)
        self.box.installEventFilter(self)  # ↓ from the box goes down into the results
        self.hits: list[search_index.Hit] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.labels = {spec.name: display(spec.label) for spec in registry.all_registries()}
        self.resize(820, 520)

    def run(self) -> None:
        text = self.box.text().strip()
        try:
            found = global_search.found(text, self.ctx.actor) if text else global_search.Found([], False)
        except OfficeDeskError as exc:
            self.status.setText(display(exc.message))
            return
        self.hits = found.hits
        self.table.setRowCount(len(self.hits))
        for row, hit in enumerate(self.hits):
            for column, value in enumerate(
                (
                    self.labels.get(hit.registry, hit.registry),
                    hit.title,
                    hit.snippet.replace("\n", " "),
                )
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.ToolTipRole, value)
                self.table.setItem(row, column, item)
        if not text:
            self.status.setText("")
        elif found.more:  # not "找到 200 条": only the newest were listed
            self.status.setText(self.tr("只列出最新的 %1 条，还有更多：请多写几个字缩小范围，"
                                        "或在要找的那一页用它的查找框（列出全部）")
                                .replace("%1", str(len(self.hits))))
        else:
            self.status.setText(self.tr("找到 %1 条").replace("%1", str(len(self.hits))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.enter_results()
            return True
        return super().eventFilter(watched, event)

    def _search_now(self) -> None:
        """Results for what is typed, without waiting for the pause after typing."""
        if self._timer.isActive():
            self._timer.stop()
            self.run()

    def enter_results(self) -> None:
        self._search_now()
        if self.table.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.table.currentRow() < 0:
                self.table.setCurrentCell(0, 0)
            self.table.selectRow(self.table.currentRow())

    def open_first(self) -> None:
        """Enter in the box: the selected hit, or the first."""
        self._search_now()
        if self.hits:
            self._open(max(self.table.currentRow(), 0), 0)

    def _open(self, row: int, _column: int) -> None:
        if not 0 <= row < len(self.hits):
            return
        hit = self.hits[row]
        self.ctx.navigate_requested.emit(hit.registry, hit.record_id)
        self.accept()
