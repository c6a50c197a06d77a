"""排序 of a 刊物's issue being edited: its items listed as they stand, moved up and down, saved
through core.info.issue_order.reorder with the order the dialog opened on (`seen`), so a save
from an order someone else has changed since is refused rather than written over it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.core.errors import OfficeDeskError
from officedesk.core.info import issue_order, periodicals
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import GuardedDialog
from officedesk.ui.widgets.messages import show_error


class OrderDialog(GuardedDialog):
    """The issue's items in order; 上移/下移 (Alt+↑/↓), 保存 through core. `load()` reads them
    (core refuses an issue holding an item the actor may not see); a stale save is shown and
    the dialog keeps the order typed, 重新读取 reads the order as it stands now."""

    def __init__(self, ctx: Any, issue: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.issue = ctx, issue
        self.seen: list[int] = []
        self.setWindowTitle(self.tr("调整信息顺序"))
        self.setAccessibleName(self.tr("调整信息顺序"))
        head = QLabel(self.tr("《%1》%2年第%3期：选中一条信息，用“上移”“下移”调整顺序，再保存。")
                      .replace("%1", issue.periodical.name).replace("%2", str(issue.year))
                      .replace("%3", str(issue.seq)), self)
        head.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("本期信息（按顺序）"))
        self.up = QPushButton(self.tr("上移"), self)
        self.up.setAccessibleName(self.tr("上移"))
        self.up.setShortcut("Alt+Up")
        self.up.clicked.connect(lambda: self.shift(-1))
        self.down = QPushButton(self.tr("下移"), self)
        self.down.setAccessibleName(self.tr("下移"))
        self.down.setShortcut("Alt+Down")
        self.down.clicked.connect(lambda: self.shift(1))
        self.reload = QPushButton(self.tr("重新读取"), self)
        self.reload.setAccessibleName(self.tr("重新读取现在的顺序"))
        self.reload.clicked.connect(self.load)
        side = QVBoxLayout()
        for button in (self.up, self.down, self.reload):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.items, 1)
        middle.addLayout(side)
        buttons = dialog_buttons(self, (Button.Save, self.tr("保存")), (Button.Cancel, self.tr("取消")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(560, 400)
        self.guard_fields(self.items)  # Esc or 取消 after moving items asks, as in every form

    def load(self) -> bool:
        """The items as they stand now, and that order as the one seen; False (shown) when core
        refuses them."""
        try:
            found = periodicals.whole_issue(self.issue.id, self.ctx.actor, self.tr("调整其信息顺序"))
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        self.seen = [item.id for item in found]
        self.items.clear()
        for item in found:
            row = QListWidgetItem(self.tr("%1（%2）").replace("%1", item.edited_title or item.title)
                                  .replace("%2", item.unit) if item.unit else item.edited_title or item.title)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.items.addItem(row)
        if found:
            self.items.setCurrentRow(0)
        self.mark_clean()  # the order as read is nothing moved
        return True

    def order(self) -> list[int]:
        return [int(self.items.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.items.count())]

    def shift(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        self.items.insertItem(target, self.items.takeItem(row))
        self.items.setCurrentRow(target)

    def save(self) -> None:
        try:
            issue_order.reorder(self.issue.id, self.order(), self.ctx.actor, seen=self.seen)
        except OfficeDeskError as exc:  # stale: the order typed stays; 重新读取 shows the new one
            show_error(self, exc)
            return
        self.accept()
