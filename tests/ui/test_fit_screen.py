"""On a 1366×768 laptop (available 1366×728 with the taskbar) the main window, every tab and
every dialog its buttons open fit, with their OK/Cancel buttons on the screen — in Chinese and
in English."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QByteArray, QRect, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from tests.ui import fit_probe


@pytest.fixture
def demo_db(demo_filled):
    demo_filled(6)


def visit_tab(window, tab: QWidget, closer: fit_probe.Closer, qtbot) -> int:
    pressed: list[QWidget] = []  # the buttons themselves: an id() is reused once freed
    holders = [tab] if isinstance(tab, QTabWidget) else []
    holders += tab.findChildren(QTabWidget)
    if not holders:
        holders = [None]
    for holder in holders:
        for index in range(holder.count() if holder is not None else 1):
            if holder is not None:
                holder.setCurrentIndex(index)
            qtbot.wait(150)
            fit_probe.select_first_rows(tab)
            qtbot.wait(50)
            for button in fit_probe.tab_buttons(tab):
                if any(button is done for done in pressed) or button.text() in ("更多", "More"):
                    continue
                pressed.append(button)
                page = holder.tabText(index) if holder is not None else ""
                closer.where = f"{window.tabs.tabText(window.tabs.indexOf(tab))}/{page}: {button.text()}"
                fit_probe.press(closer, button, qtbot.wait)
                fit_probe.select_first_rows(tab)
    return len(pressed)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_tab_and_dialog_fits_a_laptop_screen(demo_db, app_ctx, qtbot, language, monkeypatch):
    assert fit_probe.available() == QRect(0, 0, 1366, 728)  # tests/conftest.py sets the screen
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: ("", "")
    )
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: ("", "")
    )
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    closer = fit_probe.Closer(window)
    closer.start()
    problems: list[str] = []
    pressed = 0
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(100)
            tab = window.tabs.currentWidget()
            seen = fit_probe.check_window(window, window.tabs.tabText(index))
            problems += [f"{seen.where}: {p}" for p in seen.problems]
            pressed += visit_tab(window, window.tabs.currentWidget(), closer, qtbot)
            assert window.tabs.currentWidget() is tab
        window.tabs.setCurrentIndex(0)
        for menu in window.menuBar().actions():  # and every dialog of the menus
            for action in menu.menu().actions():
                if action.isSeparator() or not action.isEnabled():
                    continue
                if action.text().replace("&", "") in ("退出(X)", "Exit", "Quit"):
                    continue
                closer.where = f"menu: {action.text()}"
                QTimer.singleShot(0, action.trigger)
                qtbot.wait(200)
    finally:
        closer.stop()
    problems += [f"{s.where} [{s.title}]: {p}" for s in closer.seen for p in s.problems]
    if os.environ.get("OFFICEDESK_FIT_REPORT"):
        for s in closer.seen:
            print(f"{s.where} [{s.title}] {s.geometry.width()}×{s.geometry.height()}")
    assert pressed > 40 and len(closer.seen) > 20  # the walk did reach the dialogs
    assert problems == []


def test_remembered_geometry_larger_than_the_screen_comes_back_inside(app_ctx, qtbot):
    from officedesk.ui.main_window import MainWindow

    big = MainWindow(app_ctx)
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 1900, 1100)  # as saved on a 1920×1200 monitor
    app_ctx.settings.setValue("window/geometry", QByteArray(big.saveGeometry()))
    again = MainWindow(app_ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    room = QApplication.primaryScreen().availableGeometry()
    assert room.contains(again.frameGeometry())


def test_print_preview_opens_inside_the_screen_and_whole_page_shows_the_page(db, qtbot):
    from officedesk.ui.print_preview import PrintPreviewDialog
    from tests.ui.forms import pages_pdf

    dialog = PrintPreviewDialog(pages_pdf(2), "会议通知-全县安全生产工作会议")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = QApplication.primaryScreen().availableGeometry()
    assert room.contains(dialog.frameGeometry())
    dialog.fit_page_button.click()
    page = dialog.page_pixel_size()
    viewport = dialog.view.viewport().size()
    assert 0 < page.height() <= viewport.height() and page.width() <= viewport.width()
    assert page.height() > viewport.height() * 0.8  # and not a stamp in a corner
    dialog.resize(dialog.width(), dialog.height() - 100)
    qtbot.wait(20)
    assert dialog.page_pixel_size().height() <= dialog.view.viewport().height()


def test_preview_suggests_a_file_name_from_the_paper_and_the_record(db, qtbot, monkeypatch, tmp_path):
    from officedesk.store.meetings import Meeting
    from officedesk.ui.print_preview import PrintPreviewDialog, record_file_name

    meeting = Meeting(title="全县安全生产工作会议")
    assert record_file_name("会议通知", meeting) == "会议通知-全县安全生产工作会议"
    dialog = PrintPreviewDialog(b"%PDF-1.4\n", "会议通知", file_name="会议通知-全县安全生产工作会议")
    qtbot.addWidget(dialog)
    suggested = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda parent, title, path, filt: suggested.append(path) or ("", ""),
    )
    dialog.save_dialog()
    assert suggested[0].endswith("会议通知-全县安全生产工作会议.pdf")


def test_the_main_window_fits_itself_before_the_filter_starts_and_later_windows_are_fitted(app_ctx, qtbot):
    """The application's filter starts after the first paint; the main window is brought inside
    the screen on its own first show, as the filter would have done, and a window shown once
    the main window has painted is fitted by the filter."""
    from PySide6.QtWidgets import QDialog

    from officedesk.ui.main_window import MainWindow
    from officedesk.ui.widgets import fit

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.move(1200, 650)  # hangs over the bottom right corner
    window.show()
    qtbot.waitExposed(window)
    room = QApplication.primaryScreen().availableGeometry()
    assert room.contains(window.frameGeometry())
    qtbot.waitUntil(fit.installed, timeout=2000)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(2000, 1200)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert room.contains(dialog.frameGeometry())
