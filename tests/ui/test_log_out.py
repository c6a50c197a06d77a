"""文件 → 注销: a clerk leaving a shared workstation ends his session without closing the program.
A dialog with unsaved input asks first; the session ends in core (audited, its Actor refused
from then on); the log-in dialog asks anyone, and the next user sees only what his 密级权限
allows. 退出 at the log-in ends the program."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

from officedesk.core import records, registry, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import SessionEndedError
from officedesk.store.models import AuditEntry
from officedesk.ui import session, tasks
from officedesk.ui.context import AppContext
from officedesk.ui.login import LoginDialog
from officedesk.ui.main_window import MainWindow
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.records_table import RegistryListView

PASSWORD = "pass1234x"


class Desk:
    """The workstation: who logs in next at the log-in dialog, the questions answered."""

    def __init__(self, monkeypatch) -> None:
        self.next_user: str | None = "lo"  # None: 退出 at the log-in
        self.logins: list[tuple[str, bool, bool]] = []  # (name shown, read-only, window shown)
        self.discard = False  # the answer to 放弃填写的内容？
        self.asked = 0
        self.quit = 0
        self.windows: list[MainWindow] = []
        desk = self

        def log_in(dialog: LoginDialog) -> int:
            shown = any(w.isVisible() for w in desk.windows)
            desk.logins.append((dialog.username.text(), dialog.username.isReadOnly(), shown))
            if desk.next_user is None:
                return 0
            dialog.username.setText(desk.next_user)
            dialog.password.setText(PASSWORD)
            dialog.try_login()
            return 1 if dialog.actor is not None else 0

        def confirm_discard(dialog) -> bool:
            desk.asked += 1
            return desk.discard

        monkeypatch.setattr(LoginDialog, "exec", log_in)
        monkeypatch.setattr(FormDialog, "confirm_discard", confirm_discard)
        monkeypatch.setattr(QApplication, "quit", lambda: setattr(desk, "quit", desk.quit + 1))


@pytest.fixture
def office(db, qtbot, tmp_path, monkeypatch):
    users.create_user("hi", PASSWORD, "clerk", CLI_ACTOR, display_name="科员甲", clearance=3)
    users.create_user("lo", PASSWORD, "clerk", CLI_ACTOR, display_name="科员乙", clearance=0)
    plain = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": "普通来文",
                              "文种": "通知", "密级": "非密"}, CLI_ACTOR)
    secret = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": "机密来文",
                               "文种": "通知", "密级": "机密", "保密期限": "10年"}, CLI_ACTOR)
    desk = Desk(monkeypatch)
    qsettings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)

    def open_window(actor) -> MainWindow:
        window = MainWindow(AppContext(actor, "office.db", qsettings))
        qtbot.addWidget(window)
        window.show()
        desk.windows.append(window)
        return window

    window = open_window(users.authenticate("hi", PASSWORD))
    session.guard(window, open_window)
    return window, desk, plain.id, secret.id


def _incoming_view(window: MainWindow) -> RegistryListView:
    documents = window.tab_widgets["documents"]
    window.tabs.setCurrentWidget(documents)
    return next(v for v in documents.findChildren(RegistryListView) if v.spec.name == "incoming")


def _typing_dialog(window: MainWindow, qtbot) -> tuple[FormDialog, QLineEdit]:
    """A dialog left open (not modal, as a print preview is) with something typed in it."""
    dialog = FormDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setup_form(lambda: None)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._baseline is not None and dialog._baseline != [])
    field.setText("拟办意见写了一半")
    return dialog, field


def _entries(action: str) -> list[str]:
    return [e.summary for e in AuditEntry.select().where(AuditEntry.action == action)]


def test_the_menu_offers_it_beside_quit(office):
    window, _desk, _plain, _secret = office
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[-2:] == ["注销(&L)", "退出(&X)"]


def test_a_lower_clearance_user_after_him_sees_no_classified_title(office, qtbot):
    window, desk, plain, secret = office
    view = _incoming_view(window)
    qtbot.waitUntil(lambda: set(view.shown_ids()) == {plain, secret})
    before = window.ctx.actor
    window.log_out_action.trigger()
    assert [(fixed, shown) for _name, fixed, shown in desk.logins] == [(False, False)]
    # any name may be typed; nothing of his is on screen behind the log-in
    assert desk.quit == 0 and not window.isVisible()
    assert _entries("logout") == ["注销：hi"]
    with pytest.raises(SessionEndedError, match="注销"):  # what his window left acts no more
        records.list_ids(registry.get("incoming"), before)
    new = desk.windows[-1]
    assert new is not window and new.isVisible() and session.current(window) is new
    assert new.ctx.actor.username == "lo" and "科员乙" in new.user_label.text()
    view = _incoming_view(new)
    qtbot.waitUntil(lambda: view.shown_ids() == [plain])
    model = view.table.model()
    shown = {str(model.index(r, c).data()) for r in range(model.rowCount())
             for c in range(model.columnCount())}
    assert "普通来文" in shown and not any("机密来文" in text for text in shown)
    tasks.wait_for_all()


def test_unsaved_input_asks_first_and_keeps_him_logged_in(office, qtbot):
    window, desk, _plain, _secret = office
    dialog, field = _typing_dialog(window, qtbot)
    window.log_out_action.trigger()  # 继续填写
    assert desk.asked == 1 and desk.logins == [] and _entries("logout") == []
    assert window.isVisible() and dialog.isVisible() and field.text() == "拟办意见写了一半"
    assert records.list_ids(registry.get("incoming"), window.ctx.actor)  # still his session
    desk.discard = True  # 放弃内容并关闭
    window.log_out_action.trigger()
    assert desk.asked == 2 and len(desk.logins) == 1 and not dialog.isVisible()
    assert _entries("logout") == ["注销：hi"]


def test_quit_at_the_login_ends_the_program(office):
    window, desk, _plain, _secret = office
    desk.next_user = None
    window.log_out_action.trigger()
    assert desk.quit == 1 and len(desk.windows) == 1 and not window.isVisible()
    assert _entries("logout") == ["注销：hi"]

