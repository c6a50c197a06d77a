"""Tab on a registry's tab, alike on every one, as a keyboard-first clerk works: type in the
find box, narrow with the filters, choose in the list, then act on it with the buttons; the rest
of the page (details, sub-lists, a calendar) after them.

The buttons stand above the list, but they act on the row chosen in it: Tab reached them only
after the list's details on some tabs (信访, 信息: 登记 last of all), the filters after the list
on every one, and 更多 before the buttons it folds."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


def stops(widget: QWidget) -> list[QWidget]:
    """The Tab stops of `widget` in their order: a list view's or a button bar's own
    (`keyboard_stops()`), else the widget itself."""
    own = getattr(widget, "keyboard_stops", None)
    return list(own()) if callable(own) else [widget]


def chain(widgets: list[QWidget]) -> None:
    """Tab goes from each widget to the next (hidden ones keep their place, Tab skips them; one
    that takes no focus is left out, as Qt would leave out the pair)."""
    taking = [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for before, after in pairwise(taking):
        QWidget.setTabOrder(before, after)


def list_first(page: QWidget, listing: Any, *actions: QWidget) -> None:
    """Tab on `page`: `listing`'s find box, filters and list, then `actions` (the button rows
    or buttons that act on the row chosen, as they read), then whatever else the page holds, in
    the order it had. Set now and again when the page is first shown (a subclass's buttons
    added later; Qt moves no widget past the window's last one while the page is being made)."""
    _order(listing, actions)
    _FirstShow(page, lambda: _order(listing, actions))


class _FirstShow(QObject):
    def __init__(self, page: QWidget, then: Callable[[], None]) -> None:
        super().__init__(page)
        self.then: Callable[[], None] | None = then
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            # once the showing is done (the window shows a tab while it inserts it)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self.then = self.then, None  # once: and no cycle left through the page
        if then is not None:
            then()


def _order(listing: Any, actions: tuple[QWidget, ...]) -> None:
    # what stood between them (the details, made before the buttons) follows them, as it was;
    # every page makes its list first, so nothing of it comes before the find box. (Walking
    # the focus chain with nextInFocusChain() to check that left PySide wrappers of the page's
    # widgets "already deleted": the 信息 打印 menu's actions.)
    chain([*listing.keyboard_stops(), *(w for action in actions for w in stops(action))])
