"""工作台: what is due today, due soon and overdue across the registries."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, dashboard
from officedesk.core.dashboard import OVER, OVERDUE, SOON, STATE_LABELS, TODAY, DueItem
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display as core_display
from officedesk.ui.dashboard.items_model import ItemsModel
from officedesk.ui.widgets.table_keys import tab_moves_on

TITLE = QCoreApplication.translate("tabs", "工作台")

STATE_COLORS = {OVERDUE: QColor("#f5b7b1"), TODAY: QColor("#fad7a0"), SOON: QColor("#fcf3cf"),
                OVER: QColor("#f5b7b1")}


class DueModel(ItemsModel):
    HEADERS = ("状态", "类别", "事项", "待办", "期限", "剩余时间", "责任")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[DueItem] = []

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        state = item.state(self.today)
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.column() == 3 and item.mark:  # the registry's own light (督查 warning colours)
                return QColor(item.mark)
            return STATE_COLORS[state]
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 3 and item.mark:
                return QColor("white") if QColor(item.mark).lightness() < 140 else QColor("black")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            QCoreApplication.translate("dashboard", STATE_LABELS[state]),
            QCoreApplication.translate("fields", item.registry_label),
            core_display(item.title),  # a record's own words stay; composed texts are translated
            core_display(item.what),
            (item.due_at.strftime("%Y-%m-%d %H:%M") if item.due_at else item.due.isoformat())
            + (QCoreApplication.translate("dashboard", "（暂按）") if item.provisional else ""),
            core_display(item.left_text(self.today)),  # 剩 40 分钟, 已超 1 小时 5 分钟, 3 天
            item.responsible,
        )
        return values[index.column()]


class DashboardTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("待办概况"))
        refresh = QPushButton(self.tr("刷新"), self)
        refresh.setAccessibleName(self.tr("刷新工作台"))
        refresh.clicked.connect(self.refresh)
        self.model = DueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("待办事项列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_moves_on(self.table, editable=False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)  # Enter on a row, or a double-click
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        # the administrator is told while a year's holidays are missing (deadlines 暂按)
        self.calendar_notice = QLabel(self)
        self.calendar_notice.setWordWrap(True)
        self.calendar_notice.setAccessibleName(self.tr("节假日提示"))
        self.calendar_notice.setStyleSheet("color: #a15c00;")
        self.calendar_notice.hide()
        from officedesk.ui.dashboard.my_work import WorkSection
        from officedesk.ui.dashboard.start import StartChecklist

        self.start = StartChecklist(ctx, self)  # until the directory has units, people, rooms
        # 逐级负责: the user's own steps first, then what he sent on, then the office overview
        self.mine = WorkSection(self.tr("我的待办"), False, ctx, self)
        self.sent = WorkSection(self.tr("我已送出、等待办理"), True, ctx, self)
        self.overview = QLabel(self.tr("全办待办概况"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar_notice)
        layout.addWidget(self.start)
        layout.addWidget(self.mine, 3)
        layout.addWidget(self.sent, 1)
        layout.addWidget(self.overview)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        self._stale = True
        self._loads = 0
        ctx.registry_changed.connect(self._mark_stale)
        self._timer = QTimer(self)
        self._timer.setInterval(5 * 60 * 1000)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()

    def _on_timer(self) -> None:
        # a hidden (or closed) 工作台 asks nothing: it refreshes when it is shown again
        if self.isVisible():
            self.refresh_in_background()
        else:
            self._stale = True

    def _mark_stale(self, _registry: str) -> None:
        self._stale = True
        if _registry in ("units", "people", "rooms"):
            self.start.update_steps()
        if self.isVisible():
            self.refresh_in_background()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            # the counts ask every registry (a worker thread, but it shares the interpreter):
            # the window paints first
            window = getattr(self.ctx, "main_window", None)
            if window is not None and hasattr(window, "after_first_paint"):
                window.after_first_paint(self._refresh_if_stale)
            else:
                self.refresh_in_background()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh_in_background()

    def refresh_in_background(self) -> None:
        """Ask every registry in a worker thread: on big registries that takes a few hundred ms
        and the window must paint and answer meanwhile."""
        from officedesk.ui.tasks import run_in_background

        self._stale = False
        if not self.model.items:
            self.summary.setText(self.tr("正在统计待办事项…"))
        actor = self.ctx.actor
        self._loads += 1
        load = self._loads

        def failed(exc: BaseException) -> None:
            if load == self._loads and isinstance(exc, OfficeDeskError):
                self.summary.setText(core_display(exc.message))

        run_in_background(None, "", lambda _handle: self._load(actor), self._show_all_when(load),
                          failed, show_progress=False, owner=self)

    def _load(self, actor):
        from officedesk.ui.dashboard import my_work

        mine, sent, overview = my_work.load(actor)
        return mine, sent, (dashboard.due_items(actor) if overview else None)

    def _show_all_when(self, load: int):
        def show(loaded) -> None:
            if load == self._loads:
                self._show_all(loaded)

        return show

    def _show_all(self, loaded) -> None:
        mine, sent, items = loaded
        self.mine.set_items(mine)
        self.sent.set_items(sent)
        own = bool(mine or sent) or items is None  # no 岗位 and nothing waiting: overview only
        self.mine.setVisible(own)
        self.sent.setVisible(own)
        for widget in (self.overview, self.summary, self.table):
            widget.setVisible(items is not None)
        self._show(items or [])

    def refresh(self) -> None:
        """Ask every registry now (the 刷新 button, tests)."""
        self._stale = False
        self._loads += 1
        try:
            loaded = self._load(self.ctx.actor)
        except OfficeDeskError as exc:
            self.summary.setText(core_display(exc.message))
            return
        self._show_all(loaded)

    def _show(self, items: list[DueItem]) -> None:
        self.model.set_items(items)
        # 期限 to the minute and 剩余时间 in hours and minutes (剩 1 小时 29 分钟): whole, in the
        # interface's language
        for column in (1, 4, 5):  # 类别 too: "Supervised item" on one line
            self.table.resizeColumnToContents(column)
        # 待办 (传阅（韦刚持有）, 09:00 开会（常委会议室）) and 责任 (县住房和城乡建设局) as wide as
        # their words, up to 15 and 11 characters: 事项 stretches over the rest and keeps its room
        em = self.table.fontMetrics().horizontalAdvance("汉")
        for column, most in ((3, 15), (6, 11)):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most * em + 16))
        notice = dashboard.calendar_notice(self.ctx.actor)
        self.calendar_notice.setText(core_display(notice))
        self.calendar_notice.setVisible(bool(notice))
        today = clock.today()
        counts = dashboard.counts(items, today)
        summary = (
            self.tr("今天是 %1。已逾期 %2 件，今日到期 %3 件，即将到期 %4 件。")
            .replace("%1", QLocale().toString(QDate(today), QLocale.FormatType.LongFormat))
            .replace("%2", str(counts[OVERDUE]))
            .replace("%3", str(counts[TODAY]))
            .replace("%4", str(counts[SOON]))
        )
        if counts[OVER]:  # a month over its 三多 target: no deadline, counted apart
            summary += self.tr("另有 %1 项超过“三多”控制目标。").replace("%1", str(counts[OVER]))
        if dashboard.cut_short(items):  # a registry said only its earliest: the counts are at least these
            summary += self.tr("每类只列出最早到期的 %1 件，实际更多。").replace("%1", str(dashboard.SHOWN_PER_REGISTRY))
        self.summary.setText(summary)

    def _open(self, index) -> None:
        item = self.model.items[index.row()]
        self.ctx.navigate_requested.emit(item.registry, item.record_id)

    def focus_search(self) -> None:
        self.table.setFocus()


def make_tab(ctx) -> QWidget:
    return DashboardTab(ctx)
