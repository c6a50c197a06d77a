"""Enter on a 信访 row opens its next step, as a 公文's does (it only refreshed the details): 处理
of one 待处理; the details still follow the row."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_enter_on_a_信访_待处理_opens_处理(tab, register, qtbot, monkeypatch):
    petition = register()
    opened: list[str] = []
    monkeypatch.setattr(tab, "run_step", lambda step: opened.append(step))
    tab.list.refresh()
    assert tab.list.select_record(petition.id)
    tab.list.table.setFocus()
    qtbot.keyClick(tab.list.table, Qt.Key.Key_Return)
    assert opened == ["处理"]
    assert petition.number in tab.detail.toPlainText()
