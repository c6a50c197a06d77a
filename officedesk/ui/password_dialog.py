"""A password typed twice: one's own (the current one first, as core asks) or, for an
administrator, another user's reset. The dialog stays open with what was typed when core
refuses (too weak, the same as before, a wrong current password). A wrong current password
counts like a wrong log-in (core.lockout): the one that locks the account is shown here, and
the session then ends (the window asks for a new log-in)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from officedesk.core import users
from officedesk.core.actor import Actor
from officedesk.core.errors import AccountLockedError, LoginError, OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.widgets.form_dialog import GuardedDialog


class PasswordDialog(GuardedDialog):
    """Esc, 取消 or the close button ask before a password typed is lost (GuardedDialog)."""

    def __init__(self, username: str, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.actor = actor
        self.own = username == actor.username
        title = self.tr("修改密码") if self.own else self.tr("重置密码")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout(self)
        form.addRow(self.tr("用户名"), QLabel(username, self))
        self.current = self._field(form, self.tr("原密码")) if self.own else None
        self.new = self._field(form, self.tr("新密码"))
        self.again = self._field(form, self.tr("再输一次新密码"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setAccessibleName(self.tr("提示"))
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.guard_fields(*(f for f in (self.current, self.new, self.again) if f is not None))
        self.setMinimumWidth(380)  # room for a long message beside the fields

    def _field(self, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(label)
        form.addRow(label, edit)
        return edit

    def try_save(self) -> bool:
        """Save the new password; False (the dialog stays open, nothing lost) when refused."""
        if self.new.text() != self.again.text():
            self._refused(self.tr("两次输入的新密码不一致，请重新输入。"), self.again)
            return False
        try:
            users.change_password(
                self.username,
                self.new.text(),
                self.actor,
                old_password=self.current.text() if self.current is not None else None,
            )
        except AccountLockedError:  # this session ended with the lock: the window says so
            self.reject()
            return False
        except LoginError as exc:  # a wrong current password: the tries left
            self._refused(display(exc.message), self.current or self.new)
            return False
        except OfficeDeskError as exc:
            self._refused(display(exc.message), self.new)
            return False
        self.accept()
        return True

    def _refused(self, message: str, focus: QLineEdit) -> None:
        self.problem.setText(message)
        focus.setFocus()
        focus.selectAll()
