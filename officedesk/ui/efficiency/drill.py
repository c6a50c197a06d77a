"""The records behind a 效能 figure; double-click opens one in its own tab."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from officedesk.ui.efficiency.tab import FigureTable


class DrillDialog(QDialog):
    def __init__(self, ctx: Any, procedure: str, group: str, key: str, first: dt.date,
                 last: dt.date, parent: QWidget | None = None) -> None:
        from officedesk.core.efficiency.drill import records_behind

        super().__init__(parent)
        self.ctx = ctx
        self.rows = records_behind(ctx.actor, procedure, first, last, group, key)
        what = key or self.tr("合计")
        self.setWindowTitle(self.tr("效能明细：%1").replace("%1", what))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 480)
        self.table = FigureTable(self.tr("明细记录"), self)
        self.table.fill(
            [self.tr("编号"), self.tr("标题"), self.tr("环节"), self.tr("开始"), self.tr("完成"),
             self.tr("时限"), self.tr("用时（工作日）"), self.tr("情况")],
            [[r.number, r.title, r.step, r.start.isoformat(),
              r.end.isoformat() if r.end else "", r.due.isoformat() if r.due else "",
              "" if r.days is None else str(r.days), r.state] for r in self.rows],
            [(r.registry, r.record_id) for r in self.rows],
        )
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        note = QLabel(self.tr("共 %1 条；双击打开记录。").replace("%1", str(len(self.rows))), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.NonModal)

    def open_current(self) -> None:
        key = self.table.current_key()
        if key is not None:
            self.ctx.navigate_requested.emit(*key)
