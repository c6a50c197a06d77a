"""After a dialog opened from a registry's list closes, saved or cancelled (a step, a form; by
Enter on a row, by its button or its shortcut), the clerk's place is the list: its table has the
focus, the record acted on current and selected, for the arrow keys and Enter to go on.

Qt gives the focus back to the widget that had it, the button that opened the dialog; the step
done hid it or greyed it out, and the focus went on to the tab's find box: the clerk had to Tab
back to the list. Given back where the tab opens its dialog and waits for it (exec()), or when
the dialog it opened (open()) is finished: no watching of the application's focus."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

F = TypeVar("F", bound=Callable[..., Any])


def back_to_list(view: Any) -> None:
    """`view` (a RegistryListView) takes the focus, its current record (the one acted on: a
    step's, or the one a form saved and the tab chose) selected too. An empty list (its first
    steps shown instead) leaves the focus where Qt puts it."""
    if not shiboken6.isValid(view) or view.stack.currentWidget() is not view.table:
        return
    if view.model.rowCount() == 0:
        return
    current = view.current_id()
    if current is not None and current not in view.selected_ids():
        view.select_record(current)
    view.table.setFocus(Qt.FocusReason.OtherFocusReason)


def focus_after(give_back: Callable[[Any], None]) -> Callable[[F], F]:
    """A decorator for a tab's method that opens a dialog and waits for it (exec()), then does
    what follows (selects the record saved): `give_back(tab)` puts the focus back after it,
    whatever the dialog's outcome."""

    def decorator(method: F) -> F:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            finally:
                give_back(self)

        return wrapper  # type: ignore[return-value]

    return decorator


# the tab's list (`self.list`) has the focus after the method, its record current
from_list = focus_after(lambda tab: back_to_list(tab.list))


def back_when_finished(view: Any, dialog: QDialog) -> None:
    """A dialog opened from `view` and not waited for (open()): the list has the focus once it
    is finished, after what its accepted() does (accepted is emitted before finished)."""
    dialog.finished.connect(lambda _result: back_to_list(view))
