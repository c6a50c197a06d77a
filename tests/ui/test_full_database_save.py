"""A save when the database is full (SQLite's max_page_count reached, as on a full disk): the
clerk reads a clear Chinese message saying what to do, the dialog stays open with what he typed,
no traceback; once there is room the same dialog saves."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from officedesk.core import records, registry
from officedesk.core.actor import CLI_ACTOR
from officedesk.store import db as store_db
from officedesk.store.db import database
from tests.ui.forms import shown

LONG = "请依法处理，" * 3000  # more than the free pages hold


@pytest.fixture
def boxes_shown(monkeypatch):
    seen: list[tuple[str, str]] = []

    def exec_(box) -> int:
        seen.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


@pytest.fixture
def full(db, monkeypatch):
    """The database may not grow by one page (every connection, this one and a worker's)."""
    pages = database.execute_sql("pragma page_count").fetchone()[0]
    monkeypatch.setitem(store_db.SQLITE_PRAGMAS, "max_page_count", pages)
    database.execute_sql(f"pragma max_page_count = {pages}")

    def room() -> None:
        monkeypatch.delitem(store_db.SQLITE_PRAGMAS, "max_page_count")
        database.execute_sql("pragma max_page_count = 1073741823")

    return room


def _said_full(seen) -> None:
    assert len(seen) == 1, seen
    title, message = seen[0]
    assert "磁盘空间不足" in message and "清理磁盘空间后重试" in message, message
    assert "已输入的内容没有丢失" in message
    assert "Traceback" not in message and "Error" not in message and "sqlite" not in message.lower()


def test_a_petition(app_ctx, qtbot, full, boxes_shown):
    import officedesk.core.petitions as petitions
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    inputs = dialog.panel.inputs
    inputs["form"].set_value("来信")
    inputs["category"].set_value("劳动社保")
    inputs["content"].set_value(LONG)
    dialog.set_petitioner(0, name="王小明")
    assert dialog.try_save() is False
    _said_full(boxes_shown)
    assert dialog.isVisible() and dialog.saved_record is None
    assert inputs["content"].value() == LONG and dialog.petitioners()[0]["name"] == "王小明"
    full()
    assert dialog.try_save() is True
    assert records.count(petitions.SPEC, CLI_ACTOR) == 1


def test_a_meeting(app_ctx, qtbot, full, boxes_shown):
    from officedesk.core import meetings
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    dialog.title_edit.setText("县委常委会第5次会议")
    dialog.start_edit.setText("2026-12-10 09:00")
    dialog.end_edit.setText("2026-12-10 11:00")
    dialog.kind_combo.setCurrentIndex(0)
    dialog.note_edit.setPlainText(LONG)
    assert dialog.try_save() is False
    _said_full(boxes_shown)
    assert dialog.isVisible() and dialog.note_edit.toPlainText() == LONG
    full()
    assert dialog.try_save() is True
    assert records.count(meetings.SPEC, CLI_ACTOR) == 1


def test_a_supervision_item(app_ctx, qtbot, full, boxes_shown):
    from officedesk.core import supervision as sv
    from officedesk.ui.widgets.record_form import RecordFormDialog

    spec = registry.get("supervision")
    dialog = shown(RecordFormDialog(app_ctx, spec, save=lambda values: sv.create_item(values, app_ctx.actor)),
                   qtbot)
    inputs = dialog.panel.inputs
    inputs["title"].set_value("推进重点项目建设")
    inputs["source"].set_value("领导批示") if "source" in inputs else None
    inputs["content"].set_value(LONG)
    assert dialog.try_save() is False
    _said_full(boxes_shown)
    assert dialog.isVisible() and inputs["content"].value() == LONG


def test_a_full_disk_no_save_said_is_no_crash(monkeypatch, tmp_path):
    """A driver's full-disk error that reached the event loop (a write no guarded() said) shows
    the clerk's message — clear room, try again, nothing typed lost — not 程序出错 and its trace."""
    import sys

    from officedesk import app
    from tests.store.test_commit_disk_full import disk_full

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler(tmp_path / "officedesk.log")
    error = disk_full()
    sys.excepthook(type(error), error, None)
    assert len(shown) == 1
    title, message = shown[0]
    assert title != "程序出错" and "意外错误" not in message
    assert "磁盘空间不足" in message and "已输入的内容没有丢失" in message


def test_a_full_disk_met_writing_a_file_is_no_crash(monkeypatch, tmp_path):
    """A file write on a full disk that no code said (ENOSPC from the operating system, not the
    driver's error) shows the same message — not 程序出错, a defect, with its trace."""
    import errno
    import sys

    from officedesk import app

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler(tmp_path / "officedesk.log")
    error = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "opened" / "附件1.pdf"))
    sys.excepthook(type(error), error, None)
    assert len(shown) == 1
    title, message = shown[0]
    assert title != "程序出错" and "意外错误" not in message
    assert "磁盘空间不足" in message and "附件1.pdf" in message
