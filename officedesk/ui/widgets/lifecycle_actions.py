"""删除草稿 and 作废… on a registry list: in its context menu and as two buttons beside the
count. Both call core.lifecycle (the same functions as `officedesk delete` / `void`); the
buttons only show what core would allow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import lifecycle
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.i18n import join_words
from officedesk.ui.widgets import messages
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog


class VoidDialog(FormDialog):
    """作废: the reason is required; a refusal is shown in place and the reason stays."""

    def __init__(self, ctx: Any, spec: Any, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.spec, self.record = ctx, spec, record
        self.saved: Any = None
        number = lifecycle.number_of(spec, record)
        title = self.tr("作废%1").replace("%1", display(spec.label))  # “Void record — Petitions” in English
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("作废“%1”（%2）：记录保留并标为已作废，编号记为作废，以后不再使用。")
            .replace("%1", str(getattr(record, spec.title_field, "") or ""))
            .replace("%2", number),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("* 作废原因"), self))
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("作废原因"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(80)
        layout.addWidget(self.reason)
        self.error = messages.error_label(self, self.tr("错误"))
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, (Button.Ok, self.tr("作废")), (Button.Cancel, self.tr("取消")))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 260)
        self.setup_form(self.try_submit)  # Esc, 取消 or closing asks before a typed reason is lost

    def try_submit(self) -> bool:
        self.error.hide()
        try:
            self.saved = lifecycle.void_record(self.spec.name, self.record.id, self.ctx.actor,
                                               self.reason.toPlainText(), self.record.version)
        except OfficeDeskError as exc:
            self.error.setText(display(exc.message))
            self.error.show()
            return False
        self.ctx.notify_changed(self.spec.name)
        self.accept()
        return True


class LifecycleActions:
    """Installs the two actions on a RegistryListView (only for registries with drafts and
    numbers, and only for users who may write)."""

    def __init__(self, view: Any) -> None:
        self.view = view
        spec = view.spec
        self.delete_action = QAction(view.tr("删除草稿"), view)
        self.void_action = QAction(view.tr("作废…"), view)
        self.delete_action.triggered.connect(self.delete_current)
        self.void_action.triggered.connect(self.void_current)
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.buttons: list[QToolButton] = []
        for action, name in ((self.delete_action, view.tr("删除草稿")),
                             (self.void_action, view.tr("作废"))):
            view.table.addAction(action)
            button = QToolButton(view)
            button.setDefaultAction(action)
            button.setAccessibleName(join_words(name, display(spec.label)))
            self.buttons.append(button)
        view.selection_changed.connect(self.update)
        self.update()

    def update(self) -> None:
        record = self.view.current_record() if self.view.current_id() is not None else None
        actor = self.view.ctx.actor
        for action, check in ((self.delete_action, lifecycle.may_delete),
                              (self.void_action, lambda spec, found: lifecycle.void_refusal(
                                  spec, found, actor))):
            reason = check(self.view.spec, record) if record is not None else ""
            action.setEnabled(record is not None and reason is None)
            action.setToolTip(reason or action.text())

    def delete_current(self) -> bool:
        record = self.view.current_record()
        if record is None:
            return False
        row = self.view.chosen_row()
        spec = self.view.spec
        title = str(getattr(record, spec.title_field, "") or "")
        if not messages.confirm(
            self.view,
            self.view.tr("删除草稿"),
            self.view.tr("删除%1草稿“%2”吗？删除后可在审计记录中查到原内容。")
            .replace("%1", display(spec.label)).replace("%2", title),
            danger=True,
            yes=self.view.tr("删除草稿"),
        ):
            return False
        try:
            lifecycle.delete_draft(spec.name, record.id, self.view.ctx.actor, record.version)
        except OfficeDeskError as exc:
            messages.show_error(self.view, exc)
            return False
        self.view.ctx.notify_changed(spec.name)
        self.view.removed(row)  # the next record current, the list keeps the focus
        return True

    def void_current(self) -> VoidDialog | None:
        record = self.view.current_record()
        if record is None:
            return None
        dialog = VoidDialog(self.view.ctx, self.view.spec, record, self.view)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # voided, the record stays current and the list takes the focus back: 作废 greyed out
        # under it and the focus went on to the page's first button (签收, 拟稿: a new record)
        dialog.accepted.connect(lambda: self.view.table.setFocus(Qt.FocusReason.OtherFocusReason))
        dialog.open()
        return dialog
