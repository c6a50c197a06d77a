"""The 份数 of a classified paper printed copy by copy, each with its own 份号 (条例 art. 9): asked
before the 会议通知, 纪要 and the 公文 are printed. Gives the print options the forms and the
command line share: ``copies`` N (份号 000001…N), or ``copy`` K (a reprint of one copy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.core.errors import OfficeDeskError
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import dispose_after_exec
from officedesk.ui.widgets.mnemonics import KeyedDialog

MAX_COPIES = 9999  # as `print --copies`
MAX_COPY_NUMBER = 999_999  # 份号 has six digits


class CopiesDialog(KeyedDialog):
    """印制份数 (the default offered), and with `reprint` the choice of one copy's 份号 instead."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, default: int,
                 reprint: bool = False, maximum: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        # a 发文's copies were made (印制份数): no 份号 beyond them (reprint: the default is that)
        top = max(1, min(maximum or (default if reprint else MAX_COPIES), MAX_COPIES))
        self.copies = QSpinBox(self)
        self.copies.setRange(1, top)
        self.copies.setValue(max(1, min(default, top)))
        self.copies.setAccessibleName(self.tr("印制份数"))
        self.all_button = QRadioButton(self.tr("逐份印制(&E)"), self)
        self.all_button.setAccessibleName(self.tr("逐份印制"))
        self.all_button.setChecked(True)
        self.copy_number = QSpinBox(self)
        self.copy_number.setRange(1, top if reprint else MAX_COPY_NUMBER)
        self.copy_number.setAccessibleName(self.tr("补印的份号"))
        self.one_button = QRadioButton(self.tr("只补印一份(&R)"), self)
        self.one_button.setAccessibleName(self.tr("只补印一份"))
        # each box has its own caption, whose mnemonic reaches the box (the radios have theirs)
        copies_label = QLabel(self.tr("份数(&C)："), self)
        copies_label.setBuddy(self.copies)
        number_label = QLabel(self.tr("份号(&N)："), self)
        number_label.setBuddy(self.copy_number)
        grid = QGridLayout()
        if reprint:
            grid.addWidget(self.all_button, 0, 0)
            grid.addWidget(copies_label, 0, 1)
            grid.addWidget(self.copies, 0, 2)
            grid.addWidget(self.one_button, 1, 0)
            grid.addWidget(number_label, 1, 1)
            grid.addWidget(self.copy_number, 1, 2)
            self.copy_number.setEnabled(False)
            number_label.setEnabled(False)
            self.one_button.toggled.connect(self.copy_number.setEnabled)
            self.one_button.toggled.connect(number_label.setEnabled)
            self.all_button.toggled.connect(self.copies.setEnabled)
            self.all_button.toggled.connect(copies_label.setEnabled)
        else:
            self.all_button.hide()
            self.one_button.hide()
            self.copy_number.hide()
            number_label.hide()
            grid.addWidget(copies_label, 0, 0)
            grid.addWidget(self.copies, 0, 1)
        grid.setColumnStretch(3, 1)
        buttons = dialog_buttons(
            self, (Button.Ok, self.tr("打印预览")), (Button.Cancel, self.tr("取消"))
        )
        # Tab: each radio, then its own box (the 份号 box was made before its radio)
        chain = [self.all_button, self.copies, self.one_button, self.copy_number,
                 buttons.button(Button.Ok), buttons.button(Button.Cancel)]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)  # the intro reads in two lines, not five
        self.copies.setFocus()
        self.copies.selectAll()

    def options(self) -> dict[str, Any]:
        """The print options chosen: ``{"copy": K}`` for a reprint, else ``{"copies": N}``."""
        if self.one_button.isChecked():
            return {"copy": self.copy_number.value()}
        return {"copies": self.copies.value()}


def ask_copy_options(parent: QWidget | None, title: str, intro: str, default: int,
                     reprint: bool = False, maximum: int | None = None) -> dict[str, Any] | None:
    """Ask the 份数 (or, with `reprint`, one copy's 份号); None when the clerk cancels. With
    `reprint` (a 发文, whose copies were made) `default` is the copies recorded and bounds both,
    as core's copy_numbers refuses beyond them; `maximum` says another bound."""
    dialog = CopiesDialog(parent, title, intro, default, reprint, maximum)
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dispose_after_exec(dialog)


def when_classified(classified: Callable[[], Any], ask: Callable[[], dict[str, Any] | None]) -> dict[str, Any] | None:
    """A paper's copy options: asked (`ask`) when it is classified — printed copy by copy, each
    with its own 份号 — else none ({}); none too when whether it is cannot be told (printing it
    says why). None: the clerk cancelled."""
    try:
        secret = bool(classified())
    except OfficeDeskError:
        return {}
    return ask() if secret else {}


def ask_numbered_copies(parent: QWidget | None, title: str, intro: str) -> dict[str, Any] | None:
    """The 份数 of a classified paper that has no 印制份数 of its own (a 通报, an issue of a
    刊物), or one 份号 to reprint; None when the clerk cancels."""
    return ask_copy_options(parent, title, intro, 1, reprint=True, maximum=MAX_COPIES)
