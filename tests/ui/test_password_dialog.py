"""A user changes their own password in the window (工具 → 修改密码: the current one first, the
new one twice); an administrator resets another's, and his own through the same dialog (core
asks him for the current one too). A refusal keeps the dialog open with what was typed."""

from __future__ import annotations

import pytest

from officedesk.core import users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import LoginError
from officedesk.ui.widgets.mnemonics import plain

OLD, NEW = "Yunling2026!", "Yunling2027#"


@pytest.fixture
def clerk(db):
    users.create_user("k1", OLD, "clerk", CLI_ACTOR, display_name="张科员")
    return users.authenticate("k1", OLD)


def _dialog(qtbot, username, actor):
    from officedesk.ui.password_dialog import PasswordDialog

    dialog = PasswordDialog(username, actor)
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog, current, new, again):
    if dialog.current is not None:
        dialog.current.setText(current)
    dialog.new.setText(new)
    dialog.again.setText(again)


def test_ones_own_password_needs_the_current_one(qtbot, clerk):
    dialog = _dialog(qtbot, "k1", clerk)
    assert dialog.current is not None and dialog.windowTitle() == "修改密码"
    _fill(dialog, "wrong-one", NEW, NEW)
    assert dialog.try_save() is False
    assert "原密码不正确" in dialog.problem.text() and dialog.new.text() == NEW  # nothing lost
    with pytest.raises(LoginError):
        users.authenticate("k1", NEW)
    _fill(dialog, OLD, NEW, NEW)
    assert dialog.try_save() is True
    assert users.authenticate("k1", NEW).username == "k1"


def test_the_new_password_typed_twice_must_agree(qtbot, clerk):
    dialog = _dialog(qtbot, "k1", clerk)
    _fill(dialog, OLD, NEW, NEW + "x")
    assert dialog.try_save() is False and "不一致" in dialog.problem.text()
    assert users.authenticate("k1", OLD).username == "k1"
    _fill(dialog, OLD, "short", "short")
    assert dialog.try_save() is False and "至少 8 位" in dialog.problem.text()


def test_an_administrator_resets_another_without_the_old_one(qtbot, clerk):
    dialog = _dialog(qtbot, "k1", CLI_ACTOR)
    assert dialog.current is None and dialog.windowTitle() == "重置密码"
    _fill(dialog, "", NEW, NEW)
    assert dialog.try_save() is True
    assert users.authenticate("k1", NEW).username == "k1"


def test_the_administrator_resetting_himself_is_asked_for_his_current_one(qtbot, db, monkeypatch):
    from officedesk.ui import admin, password_dialog

    users.create_user("chief", OLD, "admin", CLI_ACTOR, display_name="主任")
    chief = users.authenticate("chief", OLD)
    seen = []

    def record_exec(self):
        seen.append((self.username, self.current is not None))
        _fill(self, OLD, NEW, NEW)
        return self.try_save()

    monkeypatch.setattr(password_dialog.PasswordDialog, "exec", record_exec)

    class Ctx:
        actor = chief

    dialog = admin.UsersDialog(Ctx())
    qtbot.addWidget(dialog)
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("chief")
    dialog.table.setCurrentCell(row, 0)
    dialog.reset_password()
    assert seen == [("chief", True)]
    assert users.authenticate("chief", NEW).username == "chief"


def test_every_user_finds_it_in_the_tools_menu(app_ctx, qtbot, clerk):
    from officedesk.ui.main_window import MainWindow

    app_ctx.actor = clerk
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    texts = [plain(a.text()) for menu in window.menuBar().actions() for a in menu.menu().actions()
             if a.isVisible()]
    assert "修改密码…" in texts


def test_a_wrong_current_password_that_locks_the_account_is_shown_and_ends_the_session(
        qtbot, db, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.core import settings
    from officedesk.ui.context import AppContext

    settings.put("security.lockout_attempts", 2)
    users.create_user("k1", OLD, "clerk", CLI_ACTOR, display_name="张科员")
    clerk = users.authenticate("k1", OLD)
    ctx = AppContext(clerk, "test.db", QSettings(str(tmp_path / "ui.ini"),
                                                 QSettings.Format.IniFormat))
    ended = []
    ctx.session_ended.connect(lambda: ended.append(True))
    dialog = _dialog(qtbot, "k1", clerk)
    _fill(dialog, "wrong-one", NEW, NEW)
    assert dialog.try_save() is False and "原密码不正确" in dialog.problem.text()
    assert not ended
    _fill(dialog, "wrong-two", NEW, NEW)
    dialog.show()
    assert dialog.try_save() is False
    # the dialog closes: its own line would read the log-in screen's "请核对后再试" and invite
    # another try, while the window asks for a new log-in
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: bool(ended))  # the window asks for a new log-in
    assert ctx.locked_out
