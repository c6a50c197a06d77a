"""Menus whose greyed-out items say why, to the keyboard as to the mouse.

Qt's menus skip disabled items on ↑/↓, so a reason kept in a tool tip reaches only the mouse.
`explain_disabled(menu)` lets ↑/↓ highlight them too (they still do nothing on Enter); the
highlighted item's reason shows beside it and in the main window's status bar.
`set_refusal(action, why)` greys an item out with its reason, or makes it available again."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle, QToolTip


class _DisabledReachable(QProxyStyle):
    def styleHint(self, hint: QStyle.StyleHint, option: Any = None, widget: Any = None,  # noqa: N802 - Qt name
                  return_data: Any = None) -> int:
        if hint == QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled:
            return 1
        return super().styleHint(hint, option, widget, return_data)


def explain_disabled(menu: QMenu) -> None:
    style = _DisabledReachable()  # over the application's style
    style.setParent(menu)  # lives as long as the menu
    menu.setStyle(style)
    menu.setToolTipsVisible(True)
    menu.hovered.connect(lambda action: _show_reason(menu, action))


def _show_reason(menu: QMenu, action: QAction) -> None:
    # the mouse gets the tool tip by itself; ↑/↓ would not, so show it beside the item
    if action.isEnabled() or not action.statusTip() or not menu.isVisible():
        return
    place = menu.actionGeometry(action)
    QToolTip.showText(menu.mapToGlobal(place.bottomLeft()), action.toolTip(), menu, place)


def set_refusal(action: QAction, why: str) -> None:
    """`why` "" makes the item available; else it is greyed out and says why (status tip for
    the status bar, a tool tip wrapped to a readable width)."""
    action.setEnabled(not why)
    action.setStatusTip(why)
    action.setToolTip(f"<p>{html.escape(why)}</p>" if why else "")
