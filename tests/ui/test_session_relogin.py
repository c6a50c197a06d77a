"""The window when the administrator stops the account or changes its role or 密级权限, or the
password is reset or changed on another workstation: it says so, asks for the password again
(same account), and then goes on in the same window
(same role: nothing typed is lost, the lists follow the new 密级权限), opens a new one (another
role), or ends the program (退出, or the account stays stopped)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from officedesk.core import positions, records, registry, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import AccountStoppedError, PermissionDeniedError
from officedesk.ui import session, tasks
from officedesk.ui.context import AppContext
from officedesk.ui.login import LoginDialog
from officedesk.ui.main_window import MainWindow
from officedesk.ui.widgets.records_table import RegistryListView

PASSWORD = "pass1234x"
MESSAGE = "您的账号已被停用或权限已变更，请重新登录。"


class Screen:
    """What the user sees and answers: message boxes, the log-in dialog, the program's end."""

    def __init__(self, monkeypatch) -> None:
        self.boxes: list[str] = []
        self.logins: list[tuple[str, bool]] = []  # (user name shown, whether it is fixed)
        self.login_errors: list[str] = []
        self.quit = 0
        self.reopened: list[MainWindow] = []
        self.password = PASSWORD  # what the user types when asked
        screen = self
        monkeypatch.setattr(QMessageBox, "exec", lambda box: screen.boxes.append(box.text()) or 0)

        def log_in(dialog: LoginDialog) -> int:  # the password typed, 登录; 退出 when refused
            screen.logins.append((dialog.username.text(), dialog.username.isReadOnly()))
            dialog.password.setText(screen.password)
            dialog.try_login()
            if dialog.actor is None:
                screen.login_errors.append(dialog.error.text())
                return 0
            return 1

        monkeypatch.setattr(LoginDialog, "exec", log_in)
        monkeypatch.setattr(QApplication, "quit", lambda: setattr(screen, "quit", screen.quit + 1))


@pytest.fixture
def office(db, qtbot, tmp_path, monkeypatch):
    users.create_user("k0", PASSWORD, "clerk", CLI_ACTOR, display_name="科员甲", clearance=2)
    plain = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": "普通来文",
                              "文种": "通知", "密级": "非密"}, CLI_ACTOR)
    secret = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": "机密来文",
                               "文种": "通知", "密级": "机密", "保密期限": "10年"}, CLI_ACTOR)
    screen = Screen(monkeypatch)
    qsettings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)

    def open_window(actor) -> MainWindow:
        window = MainWindow(AppContext(actor, "office.db", qsettings))
        qtbot.addWidget(window)
        window.show()
        screen.reopened.append(window)
        return window

    window = open_window(users.authenticate("k0", PASSWORD))
    screen.reopened.clear()
    session.guard(window, open_window)
    window.ctx.poll_changes()  # the watcher's start: everything so far is known
    return window, screen, plain.id, secret.id


def test_a_refusal_of_the_stopped_account_brings_back_the_login(office, qtbot):
    window, screen, plain, _secret = office
    tasks.wait_for_all()  # the 工作台's first count (a refusal there: see the test below)
    qtbot.wait(50)
    users.deactivate("k0", CLI_ACTOR)
    with pytest.raises(AccountStoppedError):  # any core call of the session
        records.get(registry.get("incoming"), plain, window.ctx.actor)
    with pytest.raises(AccountStoppedError):
        records.list_ids(registry.get("incoming"), window.ctx.actor)
    qtbot.waitUntil(lambda: screen.quit == 1)
    assert screen.boxes == [MESSAGE]  # said once, however many calls were refused
    assert screen.logins == [("k0", True)]
    assert "已停用" in screen.login_errors[0]  # still stopped: he cannot log in again
    assert screen.reopened == []


def test_a_lower_clearance_goes_on_in_the_same_window_with_what_was_typed(office, qtbot):
    window, screen, plain, secret = office
    documents = window.tab_widgets["documents"]
    window.tabs.setCurrentWidget(documents)
    box = next(w for w in documents.findChildren(QLineEdit) if w.accessibleName() == "查找收文")
    box.setText("来文")
    view = next(v for v in documents.findChildren(RegistryListView) if v.spec.name == "incoming")
    view.refresh()
    qtbot.waitUntil(lambda: set(view.shown_ids()) == {plain, secret})
    before = window.ctx.actor
    users.set_clearance("k0", 0, CLI_ACTOR)  # the administrator, on any workstation
    window.ctx.poll_changes()  # the change watcher's next look
    assert screen.boxes == [MESSAGE] and len(screen.logins) == 1 and screen.quit == 0
    assert screen.reopened == [] and window.isVisible()
    assert window.ctx.actor is not before and window.ctx.actor.logged_in_as == ("clerk", 0)
    assert "公开" in window.user_label.text()
    assert box.text() == "来文"  # nothing typed is lost
    qtbot.waitUntil(lambda: view.shown_ids() == [plain])  # 机密 is above him now
    users.set_clearance("k0", 1, CLI_ACTOR)  # the session ends again, and is asked again
    window.ctx.poll_changes()
    assert len(screen.logins) == 2


def test_another_role_opens_a_new_window(office, qtbot):
    window, screen, _plain, _secret = office
    users.set_role("k0", "readonly", CLI_ACTOR)
    window.ctx.poll_changes()
    assert screen.boxes == [MESSAGE]
    assert len(screen.reopened) == 1
    new = screen.reopened[0]
    assert new.ctx.actor.logged_in_as == ("readonly", 2) and new.isVisible()
    assert not window.isVisible()
    assert session.current(window) is new


def test_nothing_changed_for_this_user_asks_nothing(office):
    window, screen, _plain, _secret = office
    users.create_user("k1", PASSWORD, "clerk", CLI_ACTOR)
    positions.set_post("k0", CLI_ACTOR, unit="秘书科")  # his post: not his role or 密级权限
    window.ctx.poll_changes()
    assert screen.boxes == [] and screen.logins == []


PASSWORD_MESSAGE = "您的密码已被修改（管理员重置，或在另一台工作站上修改），请用新密码重新登录。"


@pytest.mark.parametrize("by", ["administrator", "himself elsewhere"])
def test_a_password_changed_elsewhere_asks_for_the_new_one(office, qtbot, by):
    window, screen, plain, _secret = office
    documents = window.tab_widgets["documents"]
    window.tabs.setCurrentWidget(documents)
    box = next(w for w in documents.findChildren(QLineEdit) if w.accessibleName() == "查找收文")
    box.setText("来文")
    before = window.ctx.actor
    if by == "administrator":
        users.create_user("boss", PASSWORD, "admin", CLI_ACTOR, clearance=3)
        users.change_password("k0", "fresh5678y", users.authenticate("boss", PASSWORD))
    else:  # his own change, in his session on another workstation
        users.change_password("k0", "fresh5678y", users.authenticate("k0", PASSWORD),
                              old_password=PASSWORD)
    screen.password = "fresh5678y"
    window.ctx.poll_changes()  # the change watcher's next look
    assert screen.boxes == [PASSWORD_MESSAGE] and screen.logins == [("k0", True)]
    assert screen.login_errors == [] and screen.quit == 0 and screen.reopened == []
    assert window.isVisible() and box.text() == "来文"  # the same window, nothing typed lost
    assert window.ctx.actor is not before
    assert plain in records.list_ids(registry.get("incoming"), window.ctx.actor)
    with pytest.raises(PermissionDeniedError, match="密码已被修改"):  # the old session stays ended
        records.list_ids(registry.get("incoming"), before)
    window.ctx.poll_changes()
    assert len(screen.logins) == 1  # asked once


def test_a_refusal_of_the_ended_session_brings_back_the_login(office, qtbot):
    """Its next core call is refused (no need to wait for the watcher); a wrong (old) password
    is refused at the log-in; 退出 ends the program."""
    window, screen, plain, _secret = office
    tasks.wait_for_all()
    qtbot.wait(50)
    users.change_password("k0", "fresh5678y", CLI_ACTOR)
    with pytest.raises(PermissionDeniedError, match="密码已被修改"):
        records.get(registry.get("incoming"), plain, window.ctx.actor)
    qtbot.waitUntil(lambda: screen.quit == 1)  # he typed the old password, then 退出
    assert screen.boxes == [PASSWORD_MESSAGE] and screen.logins == [("k0", True)]
    assert len(screen.login_errors) == 1


def test_his_own_change_in_this_window_asks_nothing(office):
    window, screen, plain, _secret = office
    users.change_password("k0", "fresh5678y", window.ctx.actor, old_password=PASSWORD)
    window.ctx.poll_changes()
    assert screen.boxes == [] and screen.logins == []
    assert plain in records.list_ids(registry.get("incoming"), window.ctx.actor)


def test_a_refusal_nobody_caught_is_no_crash(monkeypatch, tmp_path):
    """Any slot that reads the stopped account's role meets the refusal: no 程序出错 box, the
    log-in dialog follows (the refusal told the window)."""
    import sys

    from officedesk import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler(tmp_path / "officedesk.log")
    sys.excepthook(AccountStoppedError, AccountStoppedError("停用"), None)
    assert shown == []
    from officedesk.core import errors

    sys.excepthook(errors.PasswordChangedError, errors.PasswordChangedError("密码已被修改"), None)
    assert shown == []
    sys.excepthook(ValueError, ValueError("a defect"), None)
    assert len(shown) == 1 and "意外错误" in shown[0]
