"""The login dialog and the first-run dialog (office name, 机关代字, administrator, demo data)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import anchor, users
from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.mnemonics import KeyedDialog


def show_whole(dialog: QDialog, label: QLabel, message: str) -> None:
    """Show `message` in the word-wrapped `label` and grow the dialog to hold all of it: a
    dialog already on screen keeps its height, which cut the message to one line."""
    label.setText(message)
    label.show()
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    needed = dialog.heightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class LoginDialog(KeyedDialog):
    def __init__(self, database_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 — 机关办公桌面"))
        self.setAccessibleName(self.tr("登录"))
        self.username = QLineEdit(str(QSettings().value("login/last_user", "")), self)
        self.username.setAccessibleName(self.tr("用户名"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        self.password.installEventFilter(self)  # Caps Lock, read from the letters typed
        self.caps_lock = error_label(self, self.tr("大写锁定"))
        self.caps_lock.setText(self.tr("大写锁定已打开"))
        self.error = error_label(self, self.tr("错误"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        form.addRow("", self.caps_lock)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("数据库：") + database_label, self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)  # the error reads as lines, not a narrow column
        (self.password if self.username.text() else self.username).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        """A letter typed in the password tells Caps Lock (Qt cannot ask for it): a capital
        without Shift, or a small one with it, says it is on; a letter of the other kind, off."""
        if (watched is self.password and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            text = event.text()
            if len(text) == 1 and text.isascii() and text.isalpha():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.caps_lock.setVisible(text.isupper() != shift)
        return super().eventFilter(watched, event)

    def try_login(self) -> None:
        if self.focusWidget() is self.username and not self.password.text():
            # Enter after the user name: on to the password, as in every form (not a refusal)
            self.password.setFocus()
            return
        try:
            self.actor = users.authenticate(self.username.text(), self.password.text())
        except OfficeDeskError as exc:
            # login errors are in the chosen language
            show_whole(self, self.error, display(exc.message))
            self.password.selectAll()
            self.password.setFocus()
            return
        QSettings().setValue("login/last_user", self.username.text().strip())
        self.accept()


class FirstRunDialog(KeyedDialog):
    """An empty database: name the office, create the administrator, optionally load demo data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("首次使用 — 初始设置"))
        self.setAccessibleName(self.tr("首次使用"))
        self.org_name = QLineEdit(self)
        self.org_name.setPlaceholderText(self.tr("如：中共某某县委办公室"))
        self.org_code = QLineEdit(self)
        self.org_code.setPlaceholderText(self.tr("如：X委办（发文字号为 X委办发〔2026〕1号）"))
        self.admin_name = QLineEdit("admin", self)
        self.display_name = QLineEdit(self.tr("系统管理员"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self.tr("载入演示数据（可用于培训，正式使用前请勿勾选）"), self)
        form = QFormLayout()
        for label, widget in (
            (self.tr("机关名称"), self.org_name),
            (self.tr("机关代字"), self.org_code),
            (self.tr("管理员用户名"), self.admin_name),
            (self.tr("管理员姓名"), self.display_name),
            (self.tr("密码"), self.password),
            (self.tr("再次输入密码"), self.password_again),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.demo.setAccessibleName(self.tr("载入演示数据"))
        form.addRow("", self.demo)
        self.error = error_label(self, self.tr("错误"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("完成设置"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("完成设置"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.try_finish)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("欢迎使用机关办公桌面。请先填写本机关的信息并创建管理员账号。"), self)
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_finish(self) -> None:
        if self.password.text() != self.password_again.text():
            self._fail(self.tr("两次输入的密码不一致，请重新输入。"))
            return
        if not self.org_name.text().strip() or not self.org_code.text().strip():
            self._fail(self.tr("请填写机关名称和机关代字。"))
            return
        try:
            self.actor = users.first_run_setup(
                self.org_name.text().strip(),
                self.org_code.text().strip(),
                self.admin_name.text().strip(),
                self.password.text(),
                self.display_name.text().strip() or self.tr("系统管理员"),
            )
            anchor.start_here()  # a new office: not the anchor a deleted one left here
            if self.demo.isChecked():
                from officedesk import demo

                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    demo.populate(40)
                finally:
                    QGuiApplication.restoreOverrideCursor()
        except OfficeDeskError as exc:
            self._fail(display(exc.message))
            return
        self.accept()

    def _fail(self, message: str) -> None:
        show_whole(self, self.error, message)
