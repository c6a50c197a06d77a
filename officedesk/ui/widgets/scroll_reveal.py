"""A long form's field given the focus by the program — the first wrong field of a refused
save, Enter moving on from a date, a caption's Alt+letter — is scrolled into view with its red
error line.

Qt's QScrollArea scrolls to a field only when Tab passes through the scroll area itself; a
setFocus() leaves it where it was, so a clerk who pressed Ctrl+S at the bottom of the form saw
nothing happen: the field given the focus and its error line were above the visible part."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

ERROR_LINE = "errorLine"  # the property messages.error_label sets on a field's red line
GAP = 8  # px left above and below the field and its line
_PROGRAM = (
    Qt.FocusReason.OtherFocusReason,  # setFocus()
    Qt.FocusReason.TabFocusReason,  # Enter moving on (focusNextChild of the dialog)
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,  # a caption's Alt+letter (系统设置's long pages)
)


def _rect_in(content: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())


def _error_line_below(content: QWidget, field: QRect) -> QRect | None:
    """The shown error line just under the field (same column), if any."""
    best: QRect | None = None
    for label in content.findChildren(QLabel):
        if not label.property(ERROR_LINE) or not label.isVisible():
            continue
        rect = _rect_in(content, label)
        below = rect.top() - field.bottom()
        if (0 <= below <= max(field.height(), 2 * GAP)
                and rect.left() <= field.right() and rect.right() >= field.left()
                and (best is None or rect.top() < best.top())):
            best = rect
    return best


class _Revealer(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        content = scroll.widget()
        for widget in content.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
                and event.reason() in _PROGRAM and isinstance(watched, QWidget)):
            # once the error line just shown has its place in the layout
            QTimer.singleShot(0, self, lambda widget=watched: self.reveal(widget))
        return False

    def reveal(self, widget: QWidget) -> None:
        content = self.scroll.widget()
        if (not shiboken6.isValid(widget) or content is None or not widget.isVisible()
                or not content.isAncestorOf(widget)):
            return
        if content.layout() is not None:
            content.layout().activate()
        rect = _rect_in(content, widget)
        line = _error_line_below(content, rect)
        if line is not None:
            rect = rect.united(line)
        self.scroll.ensureVisible(rect.left(), rect.center().y(), GAP, rect.height() // 2 + GAP)


def reveal_focused_fields(scroll: QScrollArea) -> None:
    """Fields of `scroll` given the focus by the program scroll into view with their error
    line (the fields there now; call once the form is built)."""
    if scroll.widget() is not None:
        _Revealer(scroll)
