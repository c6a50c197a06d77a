"""A record's history from the audit trail: who did what when, before and after."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
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
from officedesk.core.i18n import display
from officedesk.core.summary_texts import key_text, read_back, read_value
from officedesk.ui.widgets.mnemonics import KeyedDialog
from officedesk.ui.widgets.table_keys import tab_moves_on

# every action core writes to the audit trail (tests/ui/test_history_labels.py walks the source
# for them), in words; shown through the catalogue
ACTION_LABELS = {
    "create": "新建",
    "update": "修改",
    "delete": "删除",
    "step": "办理",
    "void": "作废",
    "view": "查看敏感信息",
    "login": "登录",
    "login_failed": "登录失败",
    "logout": "注销",
    "lock": "锁定账号",
    "unlock": "解除锁定",
    "password": "密码",
    "role": "修改角色",
    "clearance": "修改密级权限",
    "post": "修改岗位",
    "activate": "启用账号",
    "deactivate": "停用账号",
    "setup": "初始设置",
    "setting": "修改设置",
    "backup": "备份",
    "restore": "恢复数据",
    "reindex": "重建索引",
    "import": "导入",
    "print": "打印",
    "reissue": "重新取号",
    "attach": "添加附件",
    "detach": "删除附件",
    "save_copy": "另存附件",
    # 督查
    "task": "任务",  # a task assigned, changed, deleted or completed: the summary says which
    "report": "反馈",
    "remind": "催办",
    "extend": "延期",
    "close": "事项办结",
    "reopen": "恢复办理",
    "archive": "归档",
    # 会议
    "attendance": "登记出席",
    "conflict_override": "冲突仍保存",
    "seating": "排座",
    "to_supervision": "转督查",
}


def _shown(value: Any) -> str:
    """A value of the trail as the interface shows it: states, choices and labels translated."""
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("HistoryDialog", "（空）")
    if isinstance(value, list):  # lines such as a 纪要's 议定事项, one after another
        return "；".join(_shown(item) for item in value)
    if isinstance(value, str):
        moment = _ISO_MOMENT.fullmatch(value)
        if moment:  # a 时间 as the trail stores it (2026-12-06T22:12:00): as the forms show it
            return f"{moment[1]} {moment[2]}" + (moment[3] if moment[3] not in (None, ":00") else "")
        return display(read_value(value))  # a value core composed (逾期 40 天未办结) read back
    return str(value)


_ISO_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?")


def _describe(before: str, after: str) -> str:
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    if not isinstance(old, dict) or not isinstance(new, dict):  # a trail entry of plain text
        return ""
    pattern = QCoreApplication.translate("HistoryDialog", "%1：%2 → %3")
    lines = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key) and (old.get(key) or new.get(key)):  # not "" → None
            lines.append(pattern.replace("%1", display(key_text(key))).replace("%2", _shown(old.get(key)))
                         .replace("%3", _shown(new.get(key))))
    return "\n".join(lines)


def action_text(action: str, mark: str = "") -> str:
    """The 操作 cell: the action in words and, for a step done for someone (代录 / 代理), how."""
    shown = display(ACTION_LABELS.get(action, action))
    if not mark:
        return shown
    return (QCoreApplication.translate("HistoryDialog", "%1（%2）")
            .replace("%1", shown).replace("%2", display(mark)))


class HistoryDialog(KeyedDialog):
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
        tab_moves_on(self.table)  # arrows move between entries, Tab on to the details
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("摘要")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)  # one entry shown below
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        from officedesk.core.responsibility import audit_marks

        marks = audit_marks(registry, record_id)  # 代录 / 代理 beside the step, visibly
        for row, entry in enumerate(self.entries):
            values = [
                entry.at.strftime("%Y-%m-%d %H:%M"),
                entry.actor,
                action_text(entry.action, marks.get(entry.id, "")),
                display(read_back(entry.summary or "")),  # stored Chinese, read in the window's language
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.ToolTipRole, value)
                self.table.setItem(row, column, item)
        self.marks = marks
        # time, who and what whole (a 代录 mark is long); the summary takes the rest
        self.table.resizeColumnsToContents()
        for column in (0, 1, 2):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 640))
        wanted = sum(self.table.columnWidth(c) for c in (0, 1, 2)) + 320  # and room for the summary
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
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(max(760, min(wanted, screen.width() - 40)), 520)
        if self.entries:
            self.table.selectRow(len(self.entries) - 1)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            lines = []
            if entry.id in self.marks:  # how the step was done, whole whatever the column's width
                lines.append(self.tr("办理人：%1").replace("%1", display(self.marks[entry.id])))
            lines.append(_describe(entry.before, entry.after) or display(read_back(entry.summary or "")))
            self.detail.setPlainText("\n".join(lines))
