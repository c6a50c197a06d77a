"""Log in again when the session ends: the account was stopped, its role or 密级权限 changed, or
its password was reset by an administrator or changed on another workstation, or the user's
wrong current passwords (修改密码) locked the account (core.session; `AppContext.session_ended`).

The window says so and shows the log-in dialog over itself, for the same account. Logged in
again with the role the window was built for: it goes on as it was (an open dialog keeps what
was typed; the lists read again, so a lowered 密级权限 hides what is now above it). With
another role: a new window for it, and the old one closes. 退出 ends the program (a dialog
with unsaved input asks first)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from officedesk.core import registry, users
from officedesk.core.errors import OfficeDeskError
from officedesk.ui.login import LoginDialog
from officedesk.ui.main_window import MainWindow
from officedesk.ui.widgets.form_dialog import dispose_after_exec

log = logging.getLogger(__name__)
Reopen = Callable[..., MainWindow]  # (actor) -> the new window, shown

_current: list[MainWindow] = []  # the window of the session now (app.main closes it last)
_reopen: list[Reopen] = []  # how the program makes a session's window (注销 makes the next one)


def guard(window: MainWindow, reopen: Reopen) -> None:
    """Log in again over `window` when its session ends; `reopen(actor)` makes a new window."""
    _current[:] = [window]
    _reopen[:] = [reopen]
    window.ctx.session_ended.connect(lambda: relogin(window, reopen))


def current(default: MainWindow) -> MainWindow:
    return _current[0] if _current and shiboken6.isValid(_current[0]) else default


def relogin(window: MainWindow, reopen: Reopen) -> None:
    if not shiboken6.isValid(window):  # closed meanwhile
        return
    ctx = window.ctx
    watching = ctx.watching()
    ctx.stop_watching()  # no refreshes (each refused) behind the dialogs
    title = QCoreApplication.translate("session", "请重新登录")
    if ctx.locked_out:
        message = QCoreApplication.translate(
            "session", "原密码连续输错，账号已锁定，本次登录已结束。请在锁定期满后重新登录，或请管理员解锁。")
    elif ctx.password_changed:
        message = QCoreApplication.translate(
            "session", "您的密码已被修改（管理员重置，或在另一台工作站上修改），请用新密码重新登录。")
    else:
        message = QCoreApplication.translate("session", "您的账号已被停用或权限已变更，请重新登录。")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      window)
    box.setAccessibleName(title)
    box.exec()
    dispose_after_exec(box)
    login = LoginDialog(ctx.database_label, window)
    login.username.setText(ctx.actor.username)
    login.username.setReadOnly(True)  # the same account: another one starts the program anew
    login.password.setFocus()
    accepted = login.exec()
    actor = login.actor
    dispose_after_exec(login)
    if not accepted or actor is None:
        QApplication.quit()  # a dialog with unsaved input asks first; core refuses the rest
        return
    if actor.logged_in_as[0] == ctx.actor.logged_in_as[0]:
        ctx.resume(actor)
        if watching:
            ctx.watch_changes()
        window.refresh_user()
        for spec in registry.all_registries():  # what a new 密级权限 shows or hides
            ctx.registry_changed.emit(spec.name)
        return
    guard(reopen(actor), reopen)  # first: the last window closing would end the program
    ctx.stop_watching()
    window.close()
    window.deleteLater()  # after the dialogs it holds have returned


def _open_dialogs(window: MainWindow) -> list[QWidget]:
    """The windows the session has open besides `window`: its dialogs (modal or not: a print
    preview), the topmost first (the question about one's input shows over it)."""
    shown = [w for w in QApplication.topLevelWidgets()
             if w is not window and shiboken6.isValid(w) and w.isVisible()
             and isinstance(w, QDialog)]
    active = QApplication.activeModalWidget()
    shown.sort(key=lambda w: w is not active)
    return shown


def log_out(window: MainWindow) -> bool:
    """注销: True when the session ended (the log-in dialog was shown); False when a dialog's
    unsaved input kept it (the clerk chose 继续填写)."""
    dialogs = _open_dialogs(window)
    for dialog in dialogs:
        asks = getattr(dialog, "has_unsaved_changes", None)
        if asks is not None and asks():
            dialog.raise_()
            dialog.activateWindow()
            if not dialog.confirm_discard():
                return False
    ctx = window.ctx
    ctx.stop_watching()
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # no window between the old and the new one
    try:
        for dialog in reversed(dialogs):  # a program's reject(): nothing asks again
            if shiboken6.isValid(dialog):
                dialog.reject()
        window.close()  # nothing of the last user's stays on screen behind the log-in
        try:
            users.log_out(ctx.actor)
        except OfficeDeskError as exc:  # the entry not written (disk full): ended all the same
            log.warning("注销 not audited: %s", exc.message)
        login = LoginDialog(ctx.database_label)
        login.username.selectAll()  # the next user types his own name over it
        login.username.setFocus()
        accepted = login.exec()
        actor = login.actor
        dispose_after_exec(login)
    finally:
        app.setQuitOnLastWindowClosed(quits)
    if not accepted or actor is None:
        QApplication.quit()
        return True
    reopen = _reopen[0] if _reopen else None
    if reopen is not None:
        guard(reopen(actor), reopen)
    window.deleteLater()  # after the slot that asked for it has returned
    return True
