"""The global search dialog when the database fails: its status line says so, no crash dialog."""

from __future__ import annotations

import sqlite3

from officedesk.core import records, registry
from officedesk.store.db import database


def test_a_failing_database_is_said_in_the_status_line(app_ctx, admin, qtbot, monkeypatch):
    from officedesk.ui.search_dialog import SearchDialog

    records.create(registry.get("people"), {"姓名": "张三", "职务": "信访局局长"}, admin)
    dialog = SearchDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.box.setText("张三")
    dialog.run()
    assert dialog.table.rowCount() == 1

    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(database.obj, "cursor", locked)
    for word in ("信访", "Zhang"):  # the index's own query and the LIKE one
        dialog.box.setText(word)
        dialog.run()  # a raw driver error here would reach the crash dialog
        assert "数据库正被其他程序占用（搜索）" in dialog.status.text(), word
