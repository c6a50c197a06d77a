"""Point 1 in the window: only an administrator is offered 备份 and 恢复 (core refuses others)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from officedesk.core.actor import CLI_ACTOR, Actor


def file_actions(window) -> dict[str, object]:
    menu = window.menuBar().actions()[0].menu()
    return {a.text(): a for a in menu.actions() if a.text()}


@pytest.mark.parametrize("actor", [Actor("clerk0", "clerk", 0), Actor("reader", "readonly", 3),
                                   Actor("boss", "leader", 3), CLI_ACTOR])
def test_backup_menu_only_for_administrators(db, qtbot, tmp_path, actor):
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    ctx = AppContext(actor, str(tmp_path / "officedesk.db"),
                     QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    actions = file_actions(window)
    backup, restore = actions["备份数据库…"], actions["从备份恢复…"]
    assert backup.isVisible() == actor.is_admin and restore.isVisible() == actor.is_admin
    assert backup.isEnabled() == actor.is_admin
