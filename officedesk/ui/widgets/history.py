"""A record's history from the audit trail: who did what when, before and after."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import audit
from officedesk.core.actor import Actor

ACTION_LABELS = {
    "create": "新建",
    "update": "修改",
    "delete": "删除",
    "step": "办理",
    "void": "作废",
    "view": "查看敏感信息",
    "login": "登录",
    "print": "打印",
}


def _describe(before: str, after: str) -> str:
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    lines = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            lines.append(f"{key}：{old.get(key, '') or '（空）'} → {new.get(key, '') or '（空）'}")
    return "\n".join(lines)


class HistoryDialog(QDialog):
    """A small table of the entries; the selected one's changes below (the trail is small per record)."""

    def __init__(
        self,
        registry: str,
        record_id: int,
        title: str = "",
        parent: QWidget | None = None,
        *,
        actor: Actor,  # core refuses above the clearance and masks personal data for it
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("历史记录") + (f" — {title}" if title else ""))
        self.setAccessibleName(self.tr("历史记录"))
        self.entries = audit.history(registry, record_id, actor)
        self.table = QTableWidget(len(self.entries), 4, self)
        self.table.setAccessibleName(self.tr("历史记录列表"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("摘要")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        from officedesk.core.responsibility import audit_marks

        marks = audit_marks(registry, record_id)  # 代录 / 代理 beside the step, visibly
        for row, entry in enumerate(self.entries):
            values = [
                entry.at.strftime("%Y-%m-%d %H:%M"),
                entry.actor,
                self.tr(ACTION_LABELS.get(entry.action, entry.action))
                + (f"（{marks[entry.id]}）" if entry.id in marks else ""),
                entry.summary,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.ToolTipRole, value)
                self.table.setItem(row, column, item)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("变更内容"))
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(760, 520)
        if self.entries:
            self.table.selectRow(len(self.entries) - 1)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            self.detail.setPlainText(_describe(entry.before, entry.after) or entry.summary)
