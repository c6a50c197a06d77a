"""问题类别: the list of a petition's categories, one a line, edited as a form.

It opened as QInputDialog's multi-line text with every line selected: the first key typed
replaced the whole list, Esc threw away what was typed without asking, and a refused list was
gone with the dialog. Here the cursor waits after the last category, Ctrl+Enter saves (Enter
starts a new line), Esc asks first and a refusal shows under the list, the list kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from officedesk.core import petitions
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import error_label


class CategoriesDialog(FormDialog):
    def __init__(self, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("问题类别"))
        self.setAccessibleName(self.tr("问题类别"))
        label = QLabel(self.tr("每行一个类别（Ctrl+Enter 保存）："), self)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("问题类别"))
        self.edit.setTabChangesFocus(True)
        label.setBuddy(self.edit)
        self.edit.setPlainText("\n".join(petitions.categories()) + "\n")
        self.edit.moveCursor(QTextCursor.MoveOperation.End)  # a new category goes below the list
        self.error = error_label(self, self.tr("错误"))
        buttons = dialog_buttons(self, (Button.Save, self.tr("保存")),
                                 (Button.Cancel, self.tr("取消")))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(320, 380)
        self.setup_form(self.try_save)
        self.edit.setFocus()

    def try_save(self) -> bool:
        try:
            petitions.set_categories(self.edit.toPlainText().splitlines(), self.actor)
        except OfficeDeskError as exc:
            self.error.setText(display(exc.message))
            self.error.show()
            self.edit.setFocus()
            return False
        self.accept()
        return True
