"""导出 Excel from a list writes what the list shows: its search, filters, sort, visible
columns (with 状态 and the computed ones) and the user's masking; 全部记录 is the other choice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core import clock
from officedesk.core.actor import Actor


@pytest.fixture
def clerk_window(demo_filled, qtbot, tmp_path):
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    demo_filled(6)
    ctx = AppContext(
        Actor("clerk", "clerk", 1, display_name="科员"),
        "db",
        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _answer(button_text: str, seen: list[str]) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(" | ".join(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text().startswith(button_text)).click()

    QTimer.singleShot(0, act)


def _export(window, qtbot, monkeypatch, tmp_path, choice: str) -> tuple[list[list], str]:
    from openpyxl import load_workbook

    from officedesk.ui import actions, tasks

    asked = []
    target = tmp_path / f"{choice}.xlsx"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda parent, title, suggested, filt: asked.append(suggested) or (str(target), filt),
    )
    monkeypatch.setattr(actions, "info", lambda *args: None)
    seen: list[str] = []
    _answer(choice, seen)
    actions.export_xlsx(window)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    tasks.wait_for_all()
    qtbot.wait(50)
    sheet = load_workbook(target).active
    return [list(row) for row in sheet.iter_rows(values_only=True)], asked[0] + " " + seen[0]


def test_export_writes_the_list_as_shown(clerk_window, qtbot, monkeypatch, tmp_path):
    clock.set_today(dt.date(2026, 11, 30))
    try:
        window = clerk_window
        tab = window.tab_widgets["petitions"]
        window.tabs.setCurrentWidget(tab)
        view = tab.list
        qtbot.waitUntil(lambda: view.model.rowCount() > 3)
        total = view.model.rowCount()
        first = view.model.record_at(0)
        view.search_box.setText(first.name)
        qtbot.waitUntil(lambda: 0 < view.model.rowCount() < total, timeout=3000)
        count = view.model.rowCount()
        numbers = [view.model.record_at(r).number for r in range(count)]
        header = view.table.horizontalHeader()
        hidden = [f.label for f in view.model.fields].index("联系电话")
        header.hideSection(hidden)

        rows, asked = _export(window, qtbot, monkeypatch, tmp_path, "当前列表")
        assert "信访台账-2026-11-30.xlsx" in asked and f"当前列表（{count} 条）" in asked
        titles = rows[0]
        assert "联系电话" not in titles and "状态" in titles and "期限提示" in titles
        shown = [header.logicalIndex(v) for v in range(header.count())]
        expected = [
            view.model.headerData(s, header.orientation()) for s in shown if not header.isSectionHidden(s)
        ]
        assert titles == expected  # the list's order, its visible columns
        assert [row[titles.index("信访编号")] for row in rows[1:]] == numbers  # search and sort
        id_cell = rows[1][titles.index("身份证号")]
        assert not id_cell or "*" in id_cell  # masked for a clerk, as on the screen

        every, _ = _export(window, qtbot, monkeypatch, tmp_path, "全部记录")
        assert len(every) == total + 1
    finally:
        clock.set_today(None)
