"""Point 1 in the window: only an administrator is offered 备份 and 恢复 (core refuses others)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.ui.widgets.mnemonics import plain


def file_actions(window) -> dict[str, object]:
    menu = window.menuBar().actions()[0].menu()
    return {plain(a.text()): a for a in menu.actions() if a.text()}


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



def test_the_window_asks_before_restoring_another_offices_backup(db, qtbot, tmp_path, monkeypatch):
    """Another office's backup is refused by core; the window says whose it is and replaces this
    office's data only when the administrator confirms."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from officedesk.core import accounts, settings
    from officedesk.ui import backup_actions as actions
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    accounts.first_run_setup("云州市委办公室", "云委办", "admin", "Admin-pass-2026")
    theirs, root = tmp_path / "theirs.db", Path(__file__).resolve().parents[2]
    env = dict(os.environ, OFFICEDESK_HOME=str(tmp_path / "other-home"),
               OFFICEDESK_ADMIN_PASSWORD="Admin-pass-2026", PYTHONPATH=str(root))
    for argv in (["init", "--org", "中共某某县委办公室", "--code", "某委办"], ["backup", str(theirs)]):
        subprocess.run([sys.executable, "-m", "officedesk", "--db", str(tmp_path / "other.db"), *argv],
                       env=env, cwd=root, check=True, capture_output=True)
    ctx = AppContext(CLI_ACTOR, str(db.database), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    asked: list[str] = []
    answers = iter([True, False])  # 恢复确认, then 另一个机关的备份: no
    monkeypatch.setattr(actions, "confirm", lambda w, title, text, **k: asked.append(text) or next(answers))
    done: list[str] = []
    monkeypatch.setattr(actions, "info", lambda w, title, text: done.append(text))
    monkeypatch.setattr(actions, "show_error", lambda w, exc: asked.append(exc.message))
    actions.restore(window)  # checked, asked and restored off the GUI thread
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=15000)
    qtbot.wait(200)
    assert "某委办" in asked[0]  # the first question names the backup's office already
    assert "某委办" in asked[1] and "云委办" in asked[1] and not done, asked
    settings.forget_cache()
    assert settings.get("org.code") == "云委办"  # declined: nothing replaced
    answers = iter([True, True])
    actions.restore(window)
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    settings.forget_cache()
    assert settings.get("org.code") == "某委办"


def test_the_window_asks_before_a_backup_replaces_a_file(db, qtbot, tmp_path, monkeypatch):
    """The window's own question (not the file dialog's): an existing file is replaced only when
    the administrator says so; a name of another kind is refused and the file left as it was."""
    import sqlite3

    from officedesk.ui import backup_actions as actions
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    ctx = AppContext(CLI_ACTOR, str(db.database), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table precious (x)").connection.commit()
    before = other.read_bytes()
    chosen: list[object] = []

    def choose(*args, **kwargs):
        chosen.append(kwargs.get("options", args[4] if len(args) > 4 else None))
        return str(other), ""

    monkeypatch.setattr(actions.QFileDialog, "getSaveFileName", choose)
    asked: list[str] = []
    done: list[str] = []
    answer = [False]
    monkeypatch.setattr(actions, "confirm", lambda w, title, text, **k: asked.append(text) or answer[0])
    monkeypatch.setattr(actions, "info", lambda w, title, text: done.append(text))
    from officedesk.ui.widgets import messages

    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda w, exc, *a, **k: errors.append(str(exc)))
    actions.backup(window)
    qtbot.waitUntil(lambda: bool(asked or done or errors), timeout=10000)  # a task started: it ends
    assert len(asked) == 1 and str(other) in asked[0] and not done and not errors, (asked, done, errors)
    assert chosen[0] & actions.QFileDialog.Option.DontConfirmOverwrite  # asked once, in Chinese
    assert other.read_bytes() == before
    answer[0] = True
    actions.backup(window)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert "已备份到" in done[0]
    with sqlite3.connect(other) as copy:
        assert copy.execute("select count(*) from schema_version").fetchone()[0] >= 1
