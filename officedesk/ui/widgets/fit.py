"""Windows that fit the screen: a 1366×768 laptop with a 40 px taskbar is the common case.

`ScreenFit` is installed once on the application: every top-level window that is shown is
brought inside the available area of its screen (smaller if it asked for more, moved if it
hangs over an edge). Layouts must still allow it (long forms scroll, toolbars fold)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# A window not yet shown has no frame: reserve room for a title bar and borders.
FRAME_TOP = 32
FRAME_SIDE = 8


def available(widget: QWidget | None = None) -> QRect:
    """The available geometry (without taskbars) of the widget's screen."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        if parent is not None and parent.isVisible():
            screen = QGuiApplication.screenAt(parent.frameGeometry().center())
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def frame_margins(widget: QWidget) -> tuple[int, int, int, int]:
    """left, top, right, bottom of the window frame (estimated before the first show)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if widget.isVisible() and frame != inner:
        return (
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
    return (FRAME_SIDE, FRAME_TOP, FRAME_SIDE, FRAME_SIDE)


def room_for(widget: QWidget) -> QSize:
    """The largest client size a window can have on its screen, frame included."""
    left, top, right, bottom = frame_margins(widget)
    room = available(widget)
    return QSize(room.width() - left - right, room.height() - top - bottom)


def clamp_size(widget: QWidget, width: int, height: int) -> QSize:
    room = room_for(widget)
    return QSize(min(width, room.width()), min(height, room.height()))


def fit_window(widget: QWidget) -> None:
    """Shrink the window to its screen and move it fully inside (frame included)."""
    if widget.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the screen's own: moving it would undo the maximising
    room = available(widget)
    left, top, right, bottom = frame_margins(widget)
    size = clamp_size(widget, widget.width(), widget.height())
    size = size.expandedTo(widget.minimumSize())
    shrunk = size != widget.size()
    if shrunk:
        widget.resize(size)
    geometry = widget.geometry()
    x, y = geometry.x(), geometry.y()
    if shrunk:  # recentre over the parent (or the screen) rather than keep the old corner
        parent = widget.parentWidget()
        centre = parent.window().frameGeometry().center() if parent is not None else room.center()
        x, y = centre.x() - size.width() // 2, centre.y() - size.height() // 2
    x = max(room.left() + left, min(x, room.right() - right - size.width() + 1))
    y = max(room.top() + top, min(y, room.bottom() - bottom - size.height() + 1))
    if QPoint(x, y) != geometry.topLeft():
        widget.move(x - left, y - top)  # move() places the frame


class ScreenFit(QObject):
    """Application event filter: fit every top-level window when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_shown(watched)
        return False


def fit_shown(widget: QWidget) -> None:
    """What the filter does with a widget being shown: a window (not a menu, tooltip or
    splash, which place themselves) is brought inside its screen."""
    if widget.isWindow() and widget.windowType() not in _PLACES_ITSELF:
        fit_window(widget)


# menus, tooltips and completer popups place themselves
_PLACES_ITSELF = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)
_installed: ScreenFit | None = None


def installed() -> bool:
    return _installed is not None


def install() -> None:
    """Fit every window the application shows from now on (idempotent)."""
    global _installed
    app = QApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = ScreenFit(app)
    app.installEventFilter(_installed)
