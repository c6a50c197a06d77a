"""检查数据库 on a database whose anchor file is missing (copied in, or the anchor deleted by someone
who rewrote the chain): the check anchors it anew, as before, and now says so beside its result,
with the paper code to compare against — the reset of the tamper evidence was silent."""

from __future__ import annotations

from officedesk.core import anchor, check
from officedesk.store.db import database


def test_a_missing_anchor_is_said_once_anchored_anew(db, admin):
    path = anchor.anchor_path(database.obj)
    path.unlink(missing_ok=True)
    notes: list = []
    assert check.run_checks(notes=notes) == []
    assert path.exists() and len(notes) == 1
    assert "没有找到锚定文件" in notes[0] and "--anchor" in notes[0]
    again: list = []
    assert check.run_checks(notes=again) == [] and again == []  # anchored now: nothing to say


def test_the_window_shows_the_note_beside_a_sound_result(main_window, qtbot, monkeypatch):
    from officedesk.ui import actions
    from officedesk.ui.tasks import wait_for_all

    anchor.anchor_path(database.obj).unlink(missing_ok=True)
    shown: list[str] = []
    monkeypatch.setattr(actions, "info", lambda _parent, _title, message: shown.append(message))
    actions.check_database(main_window)
    wait_for_all()
    qtbot.waitUntil(lambda: bool(shown))
    assert "数据库完好" in shown[0] and "没有找到锚定文件" in shown[0]


def test_the_notes_read_in_english(english, db):
    import re

    from officedesk.core.i18n import display

    path = anchor.anchor_path(database.obj)
    path.unlink(missing_ok=True)
    notes: list = []
    check.run_checks(notes=notes)
    shown = display(notes[0]).replace(str(path), "")
    assert shown.startswith("No anchor file was found") and not re.search(r"[\u3400-\u9fff]", shown), shown
    said = display(check.text("无法更新锚定文件 %1，审计链这次没有锚定到数据库之外。%2", "x", anchor.ANCHOR_ADVICE))
    assert not re.search(r"[\u3400-\u9fff]", said), said
