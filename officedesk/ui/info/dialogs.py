"""The periodicals' issues (印发, print) and the units' ranking (信息工作通报) of the 信息 tab;
both read and change through core.info only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock
from officedesk.core.errors import OfficeDeskError
from officedesk.core.info import periodicals, scoring
from officedesk.core.info import spec as S
from officedesk.ui.widgets.messages import show_error

Printer = Callable[..., "bytes | None"]  # (form name, ids, **options) -> the PDF shown


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c != 1:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(dialog.tr("关闭"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class IssuesDialog(QDialog):
    """Every issue of the periodicals: 印发 the one being edited, print any."""

    def __init__(self, ctx: Any, printer: Printer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.printer = ctx, printer
        self.setWindowTitle(self.tr("信息刊物"))
        self.setAccessibleName(self.tr("信息刊物"))
        self.periodical = QComboBox(self)
        self.periodical.setAccessibleName(self.tr("刊物"))
        self.periodical.addItems([self.tr("全部")] + periodicals.names())
        self.periodical.currentIndexChanged.connect(self.load)
        self.table = _table(self, [self.tr("刊物"), self.tr("期号"), self.tr("总期号"),
                                   self.tr("状态"), self.tr("信息数"), self.tr("印发日期")],
                            self.tr("刊物各期"))
        self.publish_button = QPushButton(self.tr("印发"), self)
        self.publish_button.setAccessibleName(self.tr("印发"))
        self.publish_button.clicked.connect(self.publish_current)
        self.publish_button.setVisible(ctx.actor.can_write)
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setAccessibleName(self.tr("打印这一期"))
        self.print_button.clicked.connect(self.print_current)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("刊物："), self))
        top.addWidget(self.periodical)
        top.addStretch(1)
        top.addWidget(self.publish_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(_close_buttons(self))
        self.resize(640, 460)
        self.load()

    def load(self) -> None:
        name = self.periodical.currentText() if self.periodical.currentIndex() > 0 else ""
        self.issues = list(reversed(periodicals.issues(name)))  # newest first
        _fill(self.table, [[i.periodical.name, f"{i.year}年第{i.seq}期", f"总第{i.total}期", i.state,
                            str(len(periodicals.items_of(i.id))),
                            i.issued_on.isoformat() if i.issued_on else ""] for i in self.issues])
        if self.issues:
            self.table.selectRow(0)

    def current(self) -> Any:
        row = self.table.currentRow()
        return self.issues[row] if 0 <= row < len(self.issues) else None

    def publish_current(self) -> None:
        issue = self.current()
        if issue is None:
            return
        try:
            periodicals.publish(issue.id, self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.load()

    def print_current(self) -> bytes | None:
        issue = self.current()
        return self.printer("info-issue", [issue.id]) if issue is not None else None


class RankingDialog(QDialog):
    """Each unit's 报送, 采用 per level, 批示 and points over a year, quarter or month."""

    def __init__(self, ctx: Any, printer: Printer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.printer = ctx, printer
        self.setWindowTitle(self.tr("信息工作排名"))
        self.setAccessibleName(self.tr("信息工作排名"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.setAccessibleName(self.tr("年度"))
        self.part = QComboBox(self)
        self.part.setAccessibleName(self.tr("期间"))
        self.part.addItems([self.tr("全年"), self.tr("第一季度"), self.tr("第二季度"),
                            self.tr("第三季度"), self.tr("第四季度"),
                            *(self.tr("%1月").replace("%1", str(m)) for m in range(1, 13))])
        self.year.valueChanged.connect(self.load)
        self.part.currentIndexChanged.connect(self.load)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("期间"))
        levels = [self.tr("县级采用"), self.tr("市级采用"), self.tr("省级采用"), self.tr("中央采用")]
        self.table = _table(self, [self.tr("名次"), self.tr("单位"), self.tr("报送"),
                                   *levels, self.tr("批示"), self.tr("得分")],
                            self.tr("各单位得分"))
        self.print_button = QPushButton(self.tr("打印通报"), self)
        self.print_button.setAccessibleName(self.tr("打印信息工作通报"))
        self.print_button.clicked.connect(self.print_ranking)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("年度："), self), self.year, self.part, self.summary):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(_close_buttons(self))
        self.resize(760, 520)
        self.load()

    def period(self) -> str:
        year, index = self.year.value(), self.part.currentIndex()
        if index == 0:
            return str(year)
        if index <= 4:
            return f"{year}-Q{index}"
        return f"{year}-{index - 4:02d}"

    def load(self) -> None:
        try:
            label, self.ranked = scoring.ranking(self.ctx.actor, self.period())
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.summary.setText(label)
        _fill(self.table, [[str(s.rank), s.unit, str(s.reported),
                            *(str(s.adopted[lv]) for lv in S.ADOPTION_LEVELS),
                            str(s.instructions), str(s.points)] for s in self.ranked])

    def print_ranking(self) -> bytes | None:
        first, last, _label = scoring.period_range(self.period())
        return self.printer("info-ranking", [], date_from=first.isoformat(),
                            date_to=last.isoformat())
