"""A backup's file name: a bare name (备份2026.12.02 — its dots are no file type) is the name of
a .db backup, and core's suggestion keeps it whole (not 备份2026.12.db); the window asks core's
checks first and asks "replace it?" only of a file core would write over — a Word file's
replacement is not threatened and then refused, nor is a non-administrator asked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from officedesk.core import backups
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import PermissionDeniedError, ValidationError


@pytest.mark.parametrize(("name", "named"), [
    ("备份2026.12.02", "备份2026.12.02.db"), ("old", "old.db"), ("办公室.v2", "办公室.v2.db"),
    ("x.db", "x.db"), ("X.DB", "X.DB"), ("report.docx", "report.docx"), ("表.xlsx", "表.xlsx"),
])
def test_a_bare_name_is_a_db_backup(name, named, tmp_path):
    assert backups.backup_name(tmp_path / name) == tmp_path / named


def test_the_suggested_name_keeps_a_dotted_name_whole(db, tmp_path):
    with pytest.raises(ValidationError, match="请把文件名改为“备份2026.12.02.db”"):
        backups.backup(CLI_ACTOR, tmp_path / "备份2026.12.02")
    with pytest.raises(ValidationError, match="请把文件名改为“report.db”"):
        backups.backup(CLI_ACTOR, tmp_path / "report.docx")


def test_the_check_writes_nothing_and_says_whether_it_would_replace(db, tmp_path):
    word = tmp_path / "report.docx"
    word.write_bytes(b"PK word")
    with pytest.raises(ValidationError, match=r"以 \.db 结尾"):
        backups.check_target(CLI_ACTOR, word)
    with pytest.raises(PermissionDeniedError):
        backups.check_target(Actor("clerk0", "clerk", 0), tmp_path / "new.db")
    assert backups.check_target(CLI_ACTOR, tmp_path / "new.db") is False
    (tmp_path / "old.db").write_bytes(b"old")
    assert backups.check_target(CLI_ACTOR, tmp_path / "old.db") is True
    assert not (tmp_path / "new.db").exists() and word.read_bytes() == b"PK word"


def _window(db, qtbot, tmp_path, actor):
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    ctx = AppContext(actor, str(db.database), QSettings(str(tmp_path / "s.ini"),
                                                        QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def _answers(monkeypatch, chosen: Path) -> dict[str, list[str]]:
    from officedesk.ui import backup_actions as actions
    from officedesk.ui.widgets import messages

    seen: dict[str, list[str]] = {"asked": [], "done": [], "errors": []}
    monkeypatch.setattr(actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    monkeypatch.setattr(actions, "confirm",
                        lambda w, title, text, **k: seen["asked"].append(text) or True)
    monkeypatch.setattr(actions, "info", lambda w, title, text: seen["done"].append(text))
    monkeypatch.setattr(actions, "show_error", lambda w, exc, *a, **k: seen["errors"].append(str(exc)))
    monkeypatch.setattr(messages, "show_error",
                        lambda w, exc, *a, **k: seen["errors"].append(str(exc)))
    return seen


def test_the_window_refuses_a_word_file_without_asking_to_replace_it(db, qtbot, tmp_path,
                                                                     monkeypatch):
    from officedesk.ui import backup_actions as actions

    word = tmp_path / "report.docx"
    word.write_bytes(b"PK word")
    seen = _answers(monkeypatch, word)
    actions.backup(_window(db, qtbot, tmp_path, CLI_ACTOR))
    qtbot.waitUntil(lambda: bool(seen["done"] or seen["errors"]), timeout=10000)
    assert not seen["asked"] and not seen["done"], seen
    assert "report.db" in seen["errors"][0]
    assert word.read_bytes() == b"PK word"


def test_the_window_asks_no_one_core_refuses(db, qtbot, tmp_path, monkeypatch):
    from officedesk.ui import backup_actions as actions

    old = tmp_path / "old.db"
    sqlite3.connect(old).execute("create table precious (x)").connection.commit()
    before = old.read_bytes()
    seen = _answers(monkeypatch, old)
    # one whose 备份 is greyed out (an administrator's session made read-only, a test's caller)
    actions.backup(_window(db, qtbot, tmp_path, Actor("boss", "leader", 3)))
    qtbot.waitUntil(lambda: bool(seen["done"] or seen["errors"]), timeout=10000)
    assert not seen["asked"] and not seen["done"] and seen["errors"], seen
    assert old.read_bytes() == before


def test_the_window_names_a_dotted_bare_name_db(db, qtbot, tmp_path, monkeypatch):
    from officedesk.ui import backup_actions as actions

    seen = _answers(monkeypatch, tmp_path / "备份2026.12.02")
    actions.backup(_window(db, qtbot, tmp_path, CLI_ACTOR))
    qtbot.waitUntil(lambda: bool(seen["done"] or seen["errors"]), timeout=10000)
    assert seen["done"] and not seen["errors"] and not seen["asked"], seen
    assert (tmp_path / "备份2026.12.02.db").exists()
