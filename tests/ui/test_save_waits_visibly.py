"""A record form's save shows a wait cursor while it writes (another program holding the
database makes it wait up to 10 s), and the cursor comes back however the save ends; the form
stays open after a failed save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core import registry
from officedesk.core.errors import OfficeDeskError
from officedesk.ui.widgets import record_form
from officedesk.ui.widgets.record_form import RecordFormDialog


def _cursor() -> Qt.CursorShape | None:
    cursor = QApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


def _form(app_ctx, qtbot) -> RecordFormDialog:
    dialog = RecordFormDialog(app_ctx, registry.get("units"))
    qtbot.addWidget(dialog)
    dialog.panel.inputs["name"].set_value("县档案馆")
    return dialog


def test_a_busy_database_shows_a_wait_cursor_then_the_message(app_ctx, qtbot, monkeypatch):
    during: list = []
    shown: list = []

    def busy(spec, values, actor):
        during.append(_cursor())
        raise OfficeDeskError("数据库正被其他程序占用，请稍后再保存。")

    monkeypatch.setattr(record_form.records, "create", busy)
    monkeypatch.setattr(record_form, "show_error", lambda parent, exc: shown.append(_cursor()))
    dialog = _form(app_ctx, qtbot)
    assert dialog.try_save() is False
    assert during == [Qt.CursorShape.WaitCursor]
    assert shown == [None]  # the message is read with the normal cursor
    assert _cursor() is None and not dialog.result()


def test_the_cursor_comes_back_after_a_save_and_after_a_crash(app_ctx, qtbot, monkeypatch):
    dialog = _form(app_ctx, qtbot)
    assert dialog.try_save() is True and _cursor() is None

    def broken(spec, values, actor):
        raise RuntimeError("bug")

    monkeypatch.setattr(record_form.records, "create", broken)
    dialog = _form(app_ctx, qtbot)
    with pytest.raises(RuntimeError):  # a bug reaches the crash handler, the cursor back
        dialog.try_save()
    assert _cursor() is None
