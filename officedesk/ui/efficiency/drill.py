"""The records behind a 效能 figure; Enter or a double-click opens one in its own tab."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from officedesk.core.i18n import display
from officedesk.ui.efficiency.tab import FigureTable
from officedesk.ui.widgets.mnemonics import KeyedDialog


class DrillDialog(KeyedDialog):
    def __init__(self, ctx: Any, procedure: str, group: str, key: str, first: dt.date,
                 last: dt.date, parent: QWidget | None = None, unit: str | None = None) -> None:
        from officedesk.core.efficiency.drill import records_behind

        super().__init__(parent)
        self.ctx = ctx
        self.rows = records_behind(ctx.actor, procedure, first, last, group, key, unit=unit)
        what = key or self.tr("合计")
        self.setWindowTitle(self.tr("效能明细：%1").replace("%1", what))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 480)
        self.table = FigureTable(self.tr("明细记录"), self)
        self.table.fill(
            [self.tr("编号"), self.tr("标题"), self.tr("环节"), self.tr("开始"), self.tr("完成"),
             self.tr("时限"), self.tr("用时（工作日）"), self.tr("期末情况")],
            [[r.number, r.title, display(r.step), r.start.isoformat(),
              r.end.isoformat() if r.end else "", r.due.isoformat() if r.due else "",
              "" if r.days is None else str(r.days), display(r.state)] for r in self.rows],
            [(r.registry, r.record_id) for r in self.rows],
        )
        # Enter on a row or a double-click (the style's activation) opens the record
        self.table.activated.connect(lambda _i: self.open_current())
        self.note = QLabel(self.tr("共 %1 条；双击或按 Enter 打开记录。")
                           .replace("%1", str(len(self.rows))), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the table opens the record, not closes the window
        close.setDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.NonModal)

    def open_current(self) -> None:
        key = self.table.current_key()
        if key is not None:
            self.ctx.navigate_requested.emit(*key)
