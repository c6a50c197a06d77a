"""保密: 检查数据库's findings name records whatever their 密级 (a registry, a number, an id), so the
window's check is an administrator's, cleared for every 密级: a clerk is refused it (and not
offered it), an administrator cleared below 绝密 is refused it in words that say nothing of what
the database holds; one cleared for every 密级 runs it. Before, every user could run it and read
the numbers and ids of records above his clearance in its findings."""

from __future__ import annotations

import pytest

from officedesk.core import accounts, check
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from officedesk.ui.widgets.mnemonics import plain


def _user(username: str, role: str, clearance: int, admin: Actor) -> Actor:
    accounts.create_user(username, "Pass-word-2026", role, admin, display_name=username, clearance=clearance)
    return Actor(username=username, role=role, clearance=clearance, display_name=username)


def test_only_an_administrator_cleared_for_every_level_checks_in_the_window(db, admin):
    clerk = _user("clerk1", "clerk", 3, admin)
    low_admin = _user("admin2", "admin", 2, admin)
    top_admin = _user("admin3", "admin", 3, admin)
    with pytest.raises(PermissionDeniedError) as refused:
        check.run_checks_as(clerk)
    assert "管理员" in refused.value.message
    with pytest.raises(PermissionDeniedError) as refused:
        check.run_checks_as(low_admin)
    said = refused.value.message
    assert "绝密" in said and "officedesk check" in said
    assert check.run_checks_as(top_admin) == check.run_checks() == []


def test_a_clerk_is_not_offered_the_check(db, admin, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    clerk = _user("clerk9", "clerk", 3, admin)
    ctx = AppContext(clerk, str(db.database), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    offered = {plain(action.text()): action.isVisible() for menu in window.menuBar().actions() if menu.menu()
               for action in menu.menu().actions()}
    assert offered["检查数据库"] is False
