"""冲突原因: why rows refused only for want of a reason (a meeting's conflicts) are imported
anyway. A GuardedDialog: Esc, 取消 or the window's close button ask before a typed reason is
lost (a QInputDialog closed at once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import GuardedDialog, dispose_after_exec


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


class ConflictReasonDialog(GuardedDialog):
    def __init__(self, parent: QWidget | None, rows: list[int]) -> None:
        super().__init__(parent)
        title = tr("冲突原因")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        shown = "、".join(str(row) for row in rows[:10]) + ("……" if len(rows) > 10 else "")
        prompt = QLabel(tr("第 %1 行有冲突（见检查结果），写明仍要保存的原因，再检查一遍：")
                        .replace("%1", shown), self)
        prompt.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(title)
        prompt.setBuddy(self.edit)
        self.buttons = dialog_buttons(self, (Button.Ok, tr("确定")), (Button.Cancel, tr("取消")))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(Button.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.guard_fields(self.edit)  # 取消 and Esc ask once a reason is typed
        self.edit.setFocus()

    def reason(self) -> str:
        return self.edit.text().strip()


def ask_conflict_reason(parent: QWidget | None, rows: list[int]) -> str:
    """The reason typed ("" when cancelled or left blank)."""
    dialog = ConflictReasonDialog(parent, rows)
    try:
        return dialog.reason() if dialog.exec() else ""
    finally:
        dispose_after_exec(dialog)
