"""Message boxes that say what happened and what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.widgets.mnemonics import give_keys
from officedesk.ui.widgets.scroll_reveal import ERROR_LINE

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """An expected error shows its own message; anything else goes to the crash handler."""
    if not isinstance(exc, OfficeDeskError):
        raise exc
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or _tr("无法完成"),
        display(exc.message),  # core's composed texts in the interface's language
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(_tr("错误提示"))
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, danger: bool = False,
            yes: str | None = None, no: str | None = None) -> bool:
    """Yes or no, `danger`: 取消 the default. `yes`/`no` name the answers where 确定/取消 would
    mislead (取消会议? — 取消 there kept the meeting): 取消会议 / 不取消."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(
        QMessageBox.StandardButton.No if danger else QMessageBox.StandardButton.Yes
    )
    box.button(QMessageBox.StandardButton.Yes).setText(yes or _tr("确定"))
    box.button(QMessageBox.StandardButton.No).setText(no or _tr("取消"))
    # Alt+letter for both answers, as every dialog's buttons (删除(&D) 取消(&C), &Delete &Cancel)
    give_keys(box, taken=())
    box.setAccessibleName(title)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0,
           ok: str | None = None) -> str | None:
    """One of `items` (None: cancelled), as QInputDialog.getItem asks, its list named by the
    question for a screen reader (getItem's list has no name: a reader said only “组合框”).
    `ok` names the act where the choice does it (标为重复件), else 确定."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(ok or _tr("确定"))  # the buttons made: Alt letters, as confirm's
    dialog.setCancelButtonText(_tr("取消"))
    give_keys(dialog, taken=())
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    for combo in dialog.findChildren(QComboBox):
        combo.setAccessibleName(label.rstrip("：:"))
    return dialog.textValue() if dialog.exec() else None


def nothing_to_print(parent: QWidget) -> None:
    """打印 (Ctrl+P) with no record chosen: say so in the main window's status bar (a box
    in a dialog), rather than nothing at all."""
    text = QCoreApplication.translate("messages", "请先选择要打印的记录")
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 5000)
    else:
        info(parent, QCoreApplication.translate("messages", "打印"), text)


def error_label(parent: QWidget, name: str) -> QLabel:
    """A red line for an error shown in place (under a field or a dialog), hidden until needed."""
    label = QLabel(parent)
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setProperty(ERROR_LINE, True)  # scrolled into view with its field (scroll_reveal)
    label.hide()
    return label
