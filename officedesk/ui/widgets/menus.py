"""Menus whose greyed-out items say why, to the keyboard as to the mouse.

Qt's menus skip disabled items on ↑/↓, so a reason kept in a tool tip reaches only the mouse.
`explain_disabled(menu)` lets ↑/↓ highlight them too (they still do nothing on Enter); the
highlighted item's reason shows beside it and in the main window's status bar.
`set_refusal(action, why)` greys an item out with its reason, or makes it available again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle, QToolTip


class _DisabledReachable(QProxyStyle):
    def styleHint(self, hint: QStyle.StyleHint, option: Any = None, widget: Any = None,  # noqa: N802 - Qt name
                  return_data: Any = None) -> int:
        if hint == QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled:
            return 1
        return super().styleHint(hint, option, widget, return_data)


class _ReasonTips(QObject):
    """The mouse gets an item's tool tip by itself; after ↑/↓ it is shown beside the item once
    the key is released (a tool tip hides on any key, its release too)."""

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        self.menu = menu
        menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.KeyRelease:
            QTimer.singleShot(0, self, self.show_reason)  # after the old tip has gone
        return False

    def show_reason(self) -> None:
        action = self.menu.activeAction()
        if action is None or action.isEnabled() or not action.statusTip():
            return
        if not self.menu.isVisible():
            return
        # no rect to keep it in: the mouse may be anywhere while ↑/↓ move
        place = self.menu.actionGeometry(action)
        QToolTip.showText(self.menu.mapToGlobal(place.bottomLeft()), action.toolTip(), self.menu)


def explain_disabled(menu: QMenu) -> None:
    style = _DisabledReachable()  # over the application's style
    style.setParent(menu)  # lives as long as the menu
    menu.setStyle(style)
    menu.setToolTipsVisible(True)
    _ReasonTips(menu)


def set_refusal(action: QAction, why: str) -> None:
    """`why` "" makes the item available; else it is greyed out and says why (its status tip
    for the status bar, its tool tip beside it: plain text, which Qt wraps only when wider
    than the screen)."""
    action.setEnabled(not why)
    action.setStatusTip(why)
    action.setToolTip(why)
