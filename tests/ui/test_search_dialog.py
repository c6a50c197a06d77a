"""The global search dialog when the database fails: its status line says so, no crash dialog."""

from __future__ import annotations

import sqlite3

from officedesk.core import records, registry
from officedesk.store.db import database
from tests.ui.conftest import english  # noqa: F401 (the fixture)


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


def _cut_to_two(app_ctx, admin, qtbot, monkeypatch):
    """Three rooms that hold the word, the page cut to two: the dialog, and the real `found`."""
    from officedesk.core import global_search
    from officedesk.ui.search_dialog import SearchDialog

    for n in range(1, 4):
        records.create(registry.get("rooms"), {"名称": f"防汛会商{n}号室"}, admin)
    real = global_search.found
    monkeypatch.setattr(global_search, "found", lambda text, actor: real(text, actor, limit=2))
    dialog = SearchDialog(app_ctx)
    qtbot.addWidget(dialog)
    return dialog, real


def test_a_cut_page_says_more_were_left_off_and_how_to_find_them(app_ctx, admin, qtbot, monkeypatch):
    """A page cut short was said as 找到 200 条: now the status says only the newest were listed,
    and how to find the rest; a page holding every hit says 找到 N 条."""
    from officedesk.core import global_search

    dialog, real = _cut_to_two(app_ctx, admin, qtbot, monkeypatch)
    dialog.box.setText("防汛")
    dialog.run()
    assert dialog.table.rowCount() == 2
    assert "还有更多" in dialog.status.text() and "找到" not in dialog.status.text()
    monkeypatch.setattr(global_search, "found", real)
    dialog.run()
    assert dialog.table.rowCount() == 3 and dialog.status.text() == "找到 3 条"


def test_the_word_of_more_wraps_and_keeps_the_dialogs_width(app_ctx, admin, qtbot, monkeypatch, english):  # noqa: F811
    """In English the status of a page cut short is a long sentence: it wraps, where it widened
    the dialog by a hundred pixels as it came and went."""
    dialog, _real = _cut_to_two(app_ctx, admin, qtbot, monkeypatch)
    dialog.show()
    width = dialog.width()
    dialog.box.setText("防汛")
    dialog.run()
    qtbot.wait(10)
    assert dialog.status.text().startswith("Only the newest 2") and dialog.width() == width
