"""Tab moves on from a table, as from any other control; the arrow keys move between its cells.

Qt's default (tabKeyNavigation) keeps Tab inside a table, wrapping from the last cell to the
first: a keyboard user never reaches the buttons and fields after it. A cell being typed in
also takes Tab to the next cell (and wraps), so its editor gives Tab back to the window: the
cell is kept and focus moves on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QStyledItemDelegate,
    QWidget,
)

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


_ENTERS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _TabLeavesDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView, enter_ends_typing: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.enter_ends_typing = enter_ends_typing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        ends = _TABS + (_ENTERS if self.enter_ends_typing else ())
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ends
            and isinstance(watched, QWidget)
        ):
            key, modifiers = event.key(), event.modifiers()
            self.commitData.emit(watched)  # what was typed in the cell is kept
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            # the view, no longer editing and without tab navigation, hands focus on
            QApplication.sendEvent(self.view, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
            return True
        return super().eventFilter(watched, event)


def tab_moves_on(view: QAbstractItemView, editable: bool = True, enter_ends_typing: bool = False) -> None:
    """Tab and Shift+Tab leave `view` (also from a cell being typed in). A read-only list
    (editable=False: the registers, 工作台, 效能) keeps Qt's own delegate: no cell is typed in,
    and its rows paint without a call into Python per cell; Tab leaving it keeps the current
    record (Qt moved to the next cell and, after the last, to the next record).

    `enter_ends_typing`: Enter in a cell being typed in keeps it and closes its editor at once,
    then is the view's (which moves on: the 登记信访 people). Qt's delegate commits it later,
    queued: an Enter that moved on meanwhile left that commit an editor already closed (Qt's
    “commitData called with an editor that does not belong to this view”)."""
    view.setTabKeyNavigation(False)
    if editable:  # the default delegate, but for Tab (and Enter)
        view.setItemDelegate(_TabLeavesDelegate(view, enter_ends_typing))


class _EnterStays(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        widget = self.parent()
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return super().eventFilter(watched, event)
        if isinstance(widget, QAbstractSpinBox):
            widget.interpretText()  # the number typed is taken, as Enter means
            return True
        if isinstance(widget, QAbstractItemView) and widget.state() != QAbstractItemView.State.EditingState:
            if widget.currentIndex().isValid():
                widget.activated.emit(widget.currentIndex())
            return True
        return super().eventFilter(watched, event)


def enter_stays(widget: QAbstractItemView | QAbstractSpinBox) -> None:
    """Enter on a list in a dialog acts on the row (`activated`), in a number box takes the
    number typed, and goes no further. Qt's view and spin box pass the key on: the dialog's
    default button was pressed as well (Enter on an attachment opened it and the chooser of
    添加…; a year typed in 信访统计 closed it; a page number in the preview opened the print
    dialog)."""
    widget.installEventFilter(_EnterStays(widget))
