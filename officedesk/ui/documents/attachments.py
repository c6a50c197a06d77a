"""The files stored with a record (收文, 发文): add, open, save a copy, remove."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import records
from officedesk.core.documents import attachments
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.registry import RegistrySpec
from officedesk.ui.i18n import join_words
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.messages import confirm, show_error
from officedesk.ui.widgets.mnemonics import KeyedDialog
from officedesk.ui.widgets.table_keys import enter_stays

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the file name, for the question before 删除


class AttachmentsDialog(KeyedDialog):
    """The files stored with a record: add (kept in the database, checksummed), open, save a
    copy elsewhere (the only way to a program or script attached to a 来文), remove."""

    def __init__(
        self, ctx: Any, spec: RegistrySpec, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.spec, self.record_id = ctx, spec, record_id
        self.setWindowTitle(self.tr("附件"))
        self.setAccessibleName(self.tr("附件"))
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("附件列表"))
        self.files.itemActivated.connect(lambda _item: self.open_selected())
        enter_stays(self.files)  # Enter opens the file, not also 添加…, the default button
        # core refuses adding and removing once the document is past its draft (or filed): the
        # buttons say so rather than offer what will be refused
        self.refusal = attachments.change_refusal(spec, records.get(spec, record_id, ctx.actor))
        bar = QHBoxLayout()
        for text, slot in (
            (self.tr("添加…"), self.choose_files),
            (self.tr("打开"), self.open_selected),
            (self.tr("另存为…"), self.save_selected),
            (self.tr("删除"), self.remove_selected),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(join_words(text.rstrip("…"), self.tr("附件")))  # “Add Attachments”
            button.clicked.connect(lambda _=False, s=slot: s())
            reading = slot in (self.open_selected, self.save_selected)
            button.setEnabled(reading or (ctx.actor.can_write and self.refusal is None))
            if not reading and self.refusal is not None:
                button.setToolTip(display(self.refusal))
            bar.addWidget(button)
        bar.addStretch(1)
        close = dialog_buttons(self, (Button.Close, self.tr("关闭")))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.refusal is not None and ctx.actor.can_write:  # why 添加 and 删除 are off
            why = QLabel(display(self.refusal), self)
            why.setWordWrap(True)
            why.setAccessibleName(self.tr("说明"))
            layout.addWidget(why)
        layout.addLayout(bar)
        layout.addWidget(self.files, 1)
        layout.addWidget(close)
        self.resize(480, 320)
        self.reload()

    def reload(self) -> None:
        self.files.clear()
        for row in attachments.attachments(self.spec.name, self.record_id, self.ctx.actor):
            item = QListWidgetItem(self.tr("%1    （%2）").replace("%2", display(attachments.size_text(row.size)))
                                   .replace("%1", row.filename))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(NAME_ROLE, row.filename)
            item.setToolTip(f"SHA-256 {row.sha256}")
            self.files.addItem(item)

    def add_files(self, paths: Sequence[str | Path]) -> None:
        try:
            for path in paths:
                attachments.add_attachment(self.spec, self.record_id, path, self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
        self.reload()
        self.ctx.notify_changed(self.spec.name)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("选择附件"))
        if paths:
            self.add_files(paths)

    def _selected(self) -> int | None:
        item = self.files.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected_name(self) -> str:
        item = self.files.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else ""

    def open_selected(self) -> None:
        attachment_id = self._selected()
        if attachment_id is None:
            return
        try:
            path = attachments.open_attachment(self.spec, attachment_id, self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        attachment_id = self._selected()
        if attachment_id is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("另存附件"), str(Path.home() / attachments.safe_filename(self._selected_name())))
        if not target:
            return
        try:
            attachments.save_attachment_as(self.spec, attachment_id, self.ctx.actor, target)
        except OfficeDeskError as exc:
            show_error(self, exc)

    def remove_selected(self) -> None:
        attachment_id = self._selected()
        if attachment_id is None:
            return
        if not confirm(  # the stored copy goes: there is no undo
            self,
            self.tr("删除附件"),
            self.tr("确定删除附件“%1”吗？删除后不能恢复。").replace("%1", self._selected_name()),
            danger=True,
            yes=self.tr("删除附件"),
        ):
            return
        try:
            attachments.remove_attachment(self.spec, attachment_id, self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
        self.reload()
        self.ctx.notify_changed(self.spec.name)
