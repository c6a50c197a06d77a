"""Open every tab and every dialog its buttons reach, and record what does not fit the screen.

Used by tests/ui/test_fit_screen.py and by scripts that take screenshots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTableView,
    QWidget,
)

from officedesk.ui.widgets.fold_bar import FoldingBar


@dataclass
class Seen:
    where: str
    title: str
    geometry: QRect
    problems: list[str] = field(default_factory=list)


def available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def check_window(window: QWidget, where: str) -> Seen:
    room = available()
    seen = Seen(where, window.windowTitle(), window.frameGeometry())
    if not room.contains(window.frameGeometry()):
        seen.problems.append(f"window {window.frameGeometry()} outside {room}")
    hint = window.minimumSizeHint()
    if hint.width() > room.width() or hint.height() > room.height():
        seen.problems.append(f"minimum size {hint} larger than {room.size()}")
    boxes = window.findChildren(QDialogButtonBox)
    buttons: list[QAbstractButton] = [b for box in boxes for b in box.buttons()]
    buttons += [b for b in window.findChildren(QPushButton) if b.isDefault()]
    for button in buttons:
        if not button.isVisibleTo(window):
            continue
        rect = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
        if not room.contains(rect):
            seen.problems.append(f"button {button.text()!r} at {rect} outside {room}")
    return seen


class Closer:
    """Closes every dialog, popup and new window that opens, after measuring it.

    A QTimer fires sweep() inside each dialog's own exec() loop. Windows are held and compared
    as Python objects, never by id(): the wrapper of a window made in C++ is made anew on each
    listing, and a dead wrapper's id is soon reused by another window's."""

    def __init__(self, main: QWidget, on_window: Callable[[QWidget], None] | None = None) -> None:
        self.main = main
        self.seen: list[Seen] = []
        self.where = ""
        self.on_window = on_window
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.sweep)
        self.known: list[QWidget] = []
        self._sweeping = False

    def start(self) -> None:
        self.known = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.timer.start()

    def stop(self) -> None:
        self.sweep()
        self.timer.stop()

    def sweep(self) -> None:
        # on_window may spin an event loop (a screenshot waits for a preview to render): the
        # timer must not measure and close the same window again from inside it
        if self._sweeping:
            return
        self._sweeping = True
        try:
            self._close_one()
        finally:
            self._sweeping = False

    def _close_one(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            return
        for widget in QApplication.topLevelWidgets():
            if widget is self.main or not widget.isVisible():
                continue
            if any(widget is known for known in self.known):
                continue
            if widget.windowType().name in ("Popup", "ToolTip"):
                continue
            self.seen.append(check_window(widget, self.where))
            if self.on_window is not None:
                self.on_window(widget)
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
            return


def tab_buttons(tab: QWidget) -> list[QAbstractButton]:
    """The buttons of a tab's toolbars (folded ones too) and other visible push buttons."""
    found: list[QAbstractButton] = []
    for bar in tab.findChildren(FoldingBar):
        found += [w for w in bar.widgets() if isinstance(w, QAbstractButton)]
    for button in tab.findChildren(QPushButton):
        if button not in found and button.isVisibleTo(tab):
            found.append(button)
    return [b for b in found if not b.isHidden() or b in _folded(tab)]


def _folded(tab: QWidget) -> list[QWidget]:
    return [w for bar in tab.findChildren(FoldingBar) for w in bar.folded()]


def select_first_rows(tab: QWidget) -> None:
    for table in tab.findChildren(QTableView):
        model = table.model()
        if model is not None and model.rowCount() > 0 and table.isVisibleTo(tab):
            table.selectRow(0)


def press(closer: Closer, button: QAbstractButton, wait: Callable[[int], None]) -> None:
    """Click a button (or each entry of its menu) with the closer sweeping what opens."""
    menu = button.menu() if hasattr(button, "menu") else None
    if menu is not None:
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
                continue
            closer.where = f"{closer.where.split(' > ')[0]} > {action.text()}"
            QTimer.singleShot(0, action.trigger)
            wait(150)
        return
    if not button.isEnabled():
        return
    QTimer.singleShot(0, button.click)
    wait(150)
