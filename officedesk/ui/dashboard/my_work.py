"""我的待办 on the 工作台: the user's own chain steps (with deadline and light), then what he
sent on and is waiting for. The lists come from core.my_work; this only shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officedesk.core.i18n import display
from officedesk.ui.dashboard.items_model import ItemsModel
from officedesk.ui.i18n import join_words
from officedesk.ui.widgets.table_keys import tab_moves_on

if TYPE_CHECKING:
    from officedesk.core.my_work import WorkItem

# core.my_work (and the records, chains and search index under it) is imported when the lists
# are first loaded, after the window's first paint: the 工作台 is the tab shown at start-up


def load(actor: Any) -> tuple[list[WorkItem], list[WorkItem], bool]:
    """(my pending steps, what I sent on, whether I see the office overview) — off the GUI thread."""
    from officedesk.core import my_work

    return my_work.my_pending(actor), my_work.sent_on(actor), my_work.sees_overview(actor)


class WorkModel(ItemsModel):
    HEADERS = ("状态", "类别", "事项", "步骤", "由谁办理", "送达", "期限", "说明")

    def __init__(self, sent: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[WorkItem] = []
        self.sent = sent

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        from officedesk.core.my_work import LIGHT_COLORS, YELLOW

        item = self.items[index.row()]
        light = item.light(self.today)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return QColor(LIGHT_COLORS[light])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QColor("white") if light != YELLOW else QColor("black")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if self.sent:
            note = QCoreApplication.translate("dashboard", "等待：%1").replace(
                "%1", display(item.waiting_for or item.who))
        else:
            note = item.on_behalf
        values = (
            display(item.status(self.today)),  # 今日到期; a 突发事件's clock: 剩 40 分钟
            QCoreApplication.translate("fields", item.registry_label),
            item.title,
            display(item.step),
            display(item.who),
            item.since.isoformat(),
            # 2027-01-05（暂按） in a year whose holidays are not known yet; a clock's minute
            display(item.due_text()),
            note,
        )
        return values[index.column()]


class WorkSection(QWidget):
    """A heading and a table of work items; double-click opens the record."""

    def __init__(self, heading: str, sent: bool, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel(heading, self)
        self.heading.setAccessibleName(heading)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = WorkModel(sent, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(join_words(heading, self.tr("列表")))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_moves_on(self.table, editable=False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((4, 190), (7, 150)):
            header.resizeSection(column, width)
        self._fit_columns()
        self.table.activated.connect(self._open)  # Enter on a row, or a double-click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def set_items(self, items: list[WorkItem]) -> None:
        self.model.set_items(items)
        self.heading.setText(self._counted(len(items)))
        self._fit_columns()

    def _counted(self, count: int) -> str:
        """The heading with its count, one translatable text each (English: “My to-do (6)”)."""
        text = (self.tr("我已送出、等待办理（%1）") if self.model.sent
                else self.tr("我的待办（%1）"))
        return text.replace("%1", str(count))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fit_columns()  # a hidden header measures its texts too small

    def _fit_columns(self) -> None:
        """状态, 类别, 步骤, 送达, 期限 as wide as their texts in the interface's language (English
        words are wider than the Chinese a fixed width was made for)."""
        for column in (0, 1, 3, 5, 6):
            self.table.resizeColumnToContents(column)

    def _open(self, index) -> None:
        item = self.model.items[index.row()]
        self.ctx.navigate_requested.emit(item.registry, item.record_id)
