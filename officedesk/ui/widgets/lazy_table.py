"""The table under a registry's list: a QTableView that knows its model reads lazily — the end
of a list not read whole yet shown when asked for, the rows a screen holds told to the model —
and row numbers sized by the last one alone. records_table.RegistryListView puts it on a page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from officedesk.ui.widgets.records_model import RegistryTableModel
from officedesk.ui.widgets.table_keys import tab_moves_on


class RowNumbers(QHeaderView):
    """The row numbers beside a list. Qt sizes a header by asking the model for its first and
    last hundred sections, eight roles each — some 1,600 calls into Python after every reset
    and every jump to the end; the widest row number is the last one, so that alone is asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)  # as the header QTableView makes for itself
        self.setHighlightSections(True)
        self._hint: tuple[tuple[int, str, int], QSize] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        count = self.count()
        if count == 0 or self.sectionResizeMode(0) != QHeaderView.ResizeMode.Fixed:
            return super().sizeHint()
        key = (count, self.font().key(), self.defaultSectionSize())
        if self._hint is None or self._hint[0] != key:
            last = self.sectionSizeFromContents(count - 1)
            first = self.sectionSizeFromContents(0) if count > 1 else last
            self._hint = (key, QSize(max(first.width(), last.width()), max(first.height(), last.height())))
        return self._hint[1]


class RecordsTable(QTableView):
    """The table of a lazy list: going to the end (Ctrl+End, the scroll bar dragged to the
    bottom) before the whole id list is read shows the real last rows, read from the end — or,
    when counting them would take long, as soon as the rest of the list arrives."""

    _end_pending: str = ""  # "", "scroll" or "select": the end asked for before the rest came

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalHeader(RowNumbers(self))
        tab_moves_on(self, editable=False)  # Tab to the buttons; the current record stays

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        """Reached by keys (Tab, a dialog closed) with nothing chosen: Qt makes the first row
        current without choosing it (framed, the detail empty, the steps grey; ↓ then went
        to the second row). The row made current is chosen."""
        super().focusInEvent(event)
        selection = self.selectionModel()
        current = self.currentIndex()
        if (event.reason() != Qt.FocusReason.MouseFocusReason and selection is not None
                and current.isValid() and not selection.hasSelection()):
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)

    def _lazy_model(self) -> RegistryTableModel | None:
        model = self.model()
        return model if isinstance(model, RegistryTableModel) else None

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt name
        super().setModel(model)
        if isinstance(model, RegistryTableModel):
            model.loaded.connect(self._finish_end)
            model.modelReset.connect(self._forget_end)
            self._tell_page_rows()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._tell_page_rows()

    def _tell_page_rows(self) -> None:
        """The rows one screen shows: what the model reads when it meets a row not read yet
        (one query for the rows in view, not two screens)."""
        model = self._lazy_model()
        if model is not None:
            model.page_rows = self.viewport().height() // max(self.verticalHeader().defaultSectionSize(), 1) + 1

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        model = self._lazy_model()
        if (model is not None and action == QAbstractItemView.CursorAction.MoveEnd
                and modifiers & Qt.KeyboardModifier.ControlModifier and not model.reveal_end()):
            self._end_pending = "select"
        return super().moveCursor(action, modifiers)

    def scrollToBottom(self) -> None:  # noqa: N802
        model = self._lazy_model()
        if model is not None and not model.reveal_end():
            self._end_pending = self._end_pending or "scroll"
        super().scrollToBottom()

    def reveal_end_when_dragged_down(self, value: int) -> None:
        bar = self.verticalScrollBar()
        model = self._lazy_model()
        # only a drag: the wheel reaching the first page's end must not leap a million rows
        if model is not None and not model.complete and bar.isSliderDown() and value >= bar.maximum() > 0:
            self.scrollToBottom()

    def _forget_end(self) -> None:
        if self._lazy_model() is not None and not self._lazy_model().complete:  # type: ignore[union-attr]
            self._end_pending = ""  # a new query: the end asked for was the old list's

    def _finish_end(self, _count: int) -> None:
        pending, self._end_pending = self._end_pending, ""
        model = self._lazy_model()
        if not pending or model is None or model.rowCount() == 0:
            return
        if pending == "select":
            self.setCurrentIndex(model.index(model.rowCount() - 1, max(self.currentIndex().column(), 0)))
        super().scrollToBottom()
