"""用户管理 → 改角色/密级 asks for the role, then the 密级权限, each list opening on the user's
own: Enter on both changes nothing. Both lists opened on their first entry (管理员, 公开), so a
科员 given 领导 was silently cut to 公开, and Enter twice made any user an administrator who sees
nothing classified. The questions name the user."""

from __future__ import annotations

from officedesk.core import users
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import admin


def _dialog(app_ctx, qtbot, username: str):
    from officedesk.ui import admin

    dialog = admin.UsersDialog(app_ctx)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.table.setCurrentCell(names.index(username), 0)
    return dialog


def _answers(monkeypatch, *choices: str | None) -> list[tuple[str, str, str]]:
    """The lists answered with `choices` in turn (None: Enter on what the list opens on); what
    each list asked and opened on is returned."""
    asked: list[tuple[str, str, str]] = []
    pending = list(choices)

    def choose(parent, title, label, items, current=0):
        asked.append((title, label, items[current]))
        choice = pending.pop(0)
        return items[current] if choice is None else choice

    monkeypatch.setattr(admin, "choose", choose)
    return asked


def test_enter_on_both_questions_changes_nothing(app_ctx, qtbot, monkeypatch):
    users.create_user("k1", "pass1234", "clerk", CLI_ACTOR, display_name="张科员", clearance=2)
    dialog = _dialog(app_ctx, qtbot, "k1")
    asked = _answers(monkeypatch, None, None)
    dialog.change_role()
    assert [opened for _title, _label, opened in asked] == ["科员", "机密"]
    assert all("张科员" in label for _title, label, _opened in asked), asked
    user = users.get_user("k1")
    assert (user.role, user.clearance) == ("clerk", 2)


def test_a_new_role_keeps_the_clearance_the_user_had(app_ctx, qtbot, monkeypatch):
    users.create_user("k1", "pass1234", "clerk", CLI_ACTOR, display_name="张科员", clearance=2)
    dialog = _dialog(app_ctx, qtbot, "k1")
    _answers(monkeypatch, "领导", None)
    dialog.change_role()
    user = users.get_user("k1")
    assert (user.role, user.clearance) == ("leader", 2)
    assert dialog.table.item(dialog.table.currentRow(), 2).text() == "领导"


def test_deactivating_names_the_user(app_ctx, qtbot, monkeypatch):
    from officedesk.ui import admin

    users.create_user("k1", "pass1234", "clerk", CLI_ACTOR, display_name="张科员")
    dialog = _dialog(app_ctx, qtbot, "k1")
    asked: list[str] = []
    monkeypatch.setattr(admin, "confirm",
                        lambda parent, title, text, danger=False, **_names: asked.append(text) and False)
    dialog.deactivate()
    assert len(asked) == 1 and "张科员" in asked[0] and "k1" in asked[0], asked
    assert users.get_user("k1").active  # 取消: still on


def test_a_refused_new_user_keeps_what_was_typed(app_ctx, qtbot, monkeypatch):
    """新建用户 with a weak password: the dialog stays open with all that was typed, the refusal
    under the form and the focus on the password (it closed, then said why in a box, and the
    user name, name, role and clearance had to be typed again)."""
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

    from officedesk.ui import admin

    dialog = admin.UsersDialog(app_ctx)
    qtbot.addWidget(dialog)
    shown: list[admin.UserDialog] = []

    def fill_and_save(form: admin.UserDialog) -> int:
        shown.append(form)
        form.show()
        form.username.setText("wk")
        form.display_name.setText("王科员")
        form.role.setCurrentIndex(form.role.findData("leader"))
        form.clearance.setCurrentIndex(2)
        form.password.setText("abc")  # too short
        form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.wait(20)
        return form.result() if not form.isVisible() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(admin.UserDialog, "exec", fill_and_save)
    boxes: list[str] = []
    monkeypatch.setattr(admin, "show_error", lambda parent, exc: boxes.append(str(exc)))
    dialog.add()
    form = shown[0]
    assert form.isVisible() and boxes == []
    assert (form.username.text(), form.display_name.text(), form.role.currentData(),
            form.clearance.currentIndex(), form.password.text()) == ("wk", "王科员", "leader", 2, "abc")
    assert form.error.isVisibleTo(form) and "密码" in form.error.text()
    assert QApplication.focusWidget() is form.password or form.focusWidget() is form.password
    form.password.setText("Yunling2026")
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not form.isVisible()
    user = users.get_user("wk")
    assert (user.display_name, user.role, user.clearance) == ("王科员", "leader", 2)


def test_the_list_comes_first_on_the_screen_and_in_tab_order(app_ctx, qtbot):
    """Tab went from the list to the buttons above it: the buttons now stand below the list,
    and the window opens in the list on its first user."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from officedesk.ui import admin
    from tests.ui.forms import shown, tab_stops

    users.create_user("k1", "pass1234", "clerk", CLI_ACTOR, display_name="张科员")
    dialog = shown(admin.UsersDialog(app_ctx), qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    assert dialog.table.currentRow() == 0
    buttons = dialog.findChildren(QPushButton)
    table_bottom = dialog.table.mapTo(dialog, dialog.table.rect().bottomLeft()).y()
    assert all(b.mapTo(dialog, b.rect().topLeft()).y() > table_bottom for b in buttons)
    assert tab_stops(dialog.table, 2) == buttons[:2]
