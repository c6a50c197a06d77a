"""The lazy table model under the lists: the filter and sort run in SQL and give the ordered
ids; rows are fetched by id, in small batches, as they scroll into view (shared/PERFORMANCE.md)."""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from officedesk.core import record_lists, records, workdays
from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError
from officedesk.core.fields import BOOL, CHOICE
from officedesk.core.i18n import display
from officedesk.core.record_lists import Filter
from officedesk.core.registry import RegistrySpec

log = logging.getLogger(__name__)

# rows read at once when a row not read yet is painted: the screenful from it on (the view
# sets `page_rows` from its height) and a few more, in one query; BATCH without a view
BATCH = 50
AROUND = 2  # rows read above and below the screenful as well
CACHE_ROWS = 2000
FIRST_PAGE = 200  # rows shown before the full id list is read
REST_DELAY_MS = 30  # the first page paints before the rest of the list is asked for
Index = QModelIndex | QPersistentModelIndex
# data() is asked a dozen roles per cell as it paints: compare plain ints, not Qt's enum members
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
TEXT_ROLES = (DISPLAY, TOOLTIP)
COLOR_ROLES = (FOREGROUND, BACKGROUND)
VERTICAL = Qt.Orientation.Vertical
NOT_YET = "…"  # a row between the first and the last page, before the whole list is read


@dataclass(frozen=True)
class Column:
    """A computed column (warning light, step, holder …) beside the declared fields."""

    title: str
    value: Callable[[Any], str]
    color: Callable[[Any], QColor | None] | None = None
    width: int = 90
    name: str = ""  # what the registry's list_first calls it (core.registry.LIGHT …)
    tip: Callable[[Any], str] | None = None  # the whole text of a cell shown short, on hover


class RegistryTableModel(QAbstractTableModel):
    loaded = Signal(int)  # number of matching records after a (re)load

    def __init__(
        self,
        spec: RegistrySpec,
        actor: Actor,
        extra_columns: Sequence[Column] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.actor = actor
        self.fields = spec.columns()
        self.extra_columns = list(extra_columns)
        self._colored = any(column.color is not None for column in self.extra_columns)
        # fixed words (states, choices, 密级 …) are shown translated; free text never is
        self._translated = [
            i for i, f in enumerate(self.fields)
            if (f.kind == CHOICE and not f.free_choice) or f.kind == BOOL or f.name == "state"
        ]
        self._deadlines = [i for i, f in enumerate(self.fields) if f.deadline]
        # a text core composed (an issue's label 每日要情 2026年第3期): read as the window reads it
        self._worded = [(i, f.words) for i, f in enumerate(self.fields) if f.words is not None]
        self.filters: list[Filter] = []
        self.text = ""
        self.sort_field: str | None = None
        self.descending: bool | None = None
        # the first page as a list, the whole list as an array: 8 bytes an id instead of 36
        # (a million records: 8 MB)
        self._ids: list[int] | array[int] = []
        # Ctrl+End before the whole list is read: the last page (read from the end) and the
        # count; the rows between are not known until the rest arrives
        self._tail: list[int] = []
        self._total: int | None = None
        self._released: list[list[int] | array[int]] = []  # old id lists, freed after a paint
        self._rows: OrderedDict[int, tuple[list[str], list[QColor | None], Any]] = OrderedDict()
        self.error: OfficeDeskError | None = None
        self.page_rows = BATCH  # rows a screen shows (RecordsTable sets it)
        self.complete = True
        self.loaded_once = False
        self._generation = 0

    # ---- loading
    def set_query(self, filters: Sequence[Filter] | None = None, text: str | None = None) -> None:
        if filters is not None:
            self.filters = list(filters)
        if text is not None:
            self.text = text
        self.reload()

    def reload(self) -> None:
        """Show the first page at once, then complete the id list right after it is painted."""
        self.loaded_once = True
        self._generation += 1
        self.beginResetModel()
        self._release_later(self._ids)
        try:
            self._ids = records.list_ids(
                self.spec,
                self.actor,
                self.filters,
                self.text,
                self.sort_field,
                self.descending,
                limit=FIRST_PAGE,
            )
            self.error = None
        except OfficeDeskError as exc:
            self._ids, self.error = [], exc
        self._tail, self._total = [], None
        self._rows.clear()
        self.endResetModel()
        if len(self._ids) == FIRST_PAGE:
            self.complete = False
            # after the first page is painted: the worker's query would slow the painting down
            generation = self._generation
            QTimer.singleShot(REST_DELAY_MS, self, lambda: self._start_rest(generation))
        else:
            self.complete = True
            self.loaded.emit(len(self._ids))

    def _release_later(self, ids: list[int] | array[int]) -> None:
        """Keep a whole id list until the new first page has painted: freeing a big one (made
        in the worker thread) costs the GUI thread 2-3 ms, which the clerk need not wait for."""
        if len(ids) > FIRST_PAGE:
            self._released.append(ids)
            QTimer.singleShot(REST_DELAY_MS, self, self._released.clear)

    def _query_all(self) -> array[int]:
        """Every id, as an array made where the query ran (the worker): converting a million
        ids on the GUI thread froze it for a moment when the rest arrived."""
        return array("q", records.list_ids(self.spec, self.actor, self.filters, self.text, self.sort_field,
                                           self.descending))

    def _start_rest(self, generation: int) -> None:
        """Read the full ordered id list in a worker thread: a common word in a big registry
        takes a few hundred ms, and the window must not freeze meanwhile."""
        if generation != self._generation or self.complete:
            return  # a newer query, or ensure_complete, came first
        from officedesk.ui.tasks import run_in_background

        def done(every: array[int]) -> None:
            if generation == self._generation and not self.complete:
                self._apply_rest(every)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and isinstance(exc, OfficeDeskError):
                self.error = exc

        run_in_background(None, "", lambda _handle: self._query_all(), done, failed, show_progress=False,
                          owner=self)  # a list closed meanwhile takes nothing

    def _apply_rest(self, every: array[int]) -> None:
        tail = self._tail
        if list(every[:FIRST_PAGE]) != list(self._ids[:FIRST_PAGE]) or (
            self._total is not None and (len(every) != self._total or list(every[len(every) - len(tail):]) != tail)
        ):  # changed meanwhile: start over
            self.beginResetModel()
            self._ids = every
            self._tail, self._total = [], None
            self._rows.clear()
            self.endResetModel()
        elif self._total is not None:  # the end was shown already: fill in the rows between
            self._ids = every
            self._tail, self._total = [], None
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))
        elif len(every) > len(self._ids):
            self.beginInsertRows(QModelIndex(), len(self._ids), len(every) - 1)
            self._ids = every
            self.endInsertRows()
        self.complete = True
        self.loaded.emit(len(self._ids))

    def reveal_end(self) -> bool:
        """Make the last rows reachable now (Ctrl+End, the scroll bar dragged down) while the
        whole list is still being read: the last page by the list's query walked backwards,
        the row count by a count — not the million ids before them. False when the end comes
        with the rest instead (`loaded`): counting a word found in most records costs as much
        as reading them, and the window must not freeze for it."""
        if self.complete or self._total is not None:
            return True
        try:
            if not record_lists.count_is_quick(self.spec, self.text):
                return False
            tail = records.list_ids(self.spec, self.actor, self.filters, self.text, self.sort_field,
                                    self.descending, limit=FIRST_PAGE, from_end=True)
            total = records.count(self.spec, self.actor, self.filters, self.text)
        except OfficeDeskError as exc:
            self.error = exc
            return True
        if total <= len(self._ids) + len(tail):  # the two pages meet: that is the whole list
            self.ensure_complete()
            return True
        self.beginInsertRows(QModelIndex(), len(self._ids), total - 1)
        self._tail, self._total = tail, total
        self.endInsertRows()
        return True

    def ensure_complete(self) -> None:
        """Load the whole id list now (tests, select-all, export of the current list)."""
        if not self.complete:
            try:
                self._apply_rest(self._query_all())
            except OfficeDeskError as exc:
                self.error = exc

    def invalidate(self, record_id: int | None = None) -> None:
        """Drop cached rows (one or all) so they are read again when painted."""
        if record_id is None:
            self._rows.clear()
        else:
            self._rows.pop(record_id, None)
        rows = self._count()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, self.columnCount() - 1))

    def _id_at(self, row: int) -> int | None:
        """The id at a row, None for a row not read yet (between the first and the last page)."""
        if row < len(self._ids):
            return self._ids[row]
        if self._total is not None:
            at = row - (self._total - len(self._tail))
            if 0 <= at < len(self._tail):
                return self._tail[at]
        return None

    def _batch(self, row: int) -> list[int]:
        first, last = max(0, row - AROUND), row + self.page_rows + AROUND
        if self._total is None:
            return list(self._ids[first:last])
        return [i for i in map(self._id_at, range(first, min(last, self._total))) if i is not None]

    def _row(self, row: int) -> tuple[list[str], list[QColor | None], Any] | None:
        record_id = self._id_at(row)
        if record_id is None:
            return None
        cached = self._rows.get(record_id)
        if cached is not None:
            return cached
        wanted = [i for i in self._batch(row) if i not in self._rows]
        fetched = records.fetch_shown(self.spec, wanted, self.actor)
        found = [fetched[rid] for rid in wanted if rid in fetched]
        # the page's cells at once: a deadline counted for some rows only is asked once for all
        for record, texts in zip(found, record_lists.rows_texts(self.spec, found), strict=True):
            rid = record.id
            for i in self._translated:  # states and choices in the interface's language
                texts[i] = display(texts[i])
            for i in self._deadlines:
                texts[i] = deadline_text(texts[i])
            for i, words in self._worded:
                texts[i] = display(words(texts[i])) if texts[i] else texts[i]
            colors: list[QColor | None] = [None] * len(texts)
            for column in self.extra_columns:
                texts.append(display(column.value(record)))
                colors.append(column.color(record) if column.color else None)
            self._rows[rid] = (texts, colors, record)
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(record_id)

    # ---- Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count()

    def _count(self) -> int:
        return len(self._ids) if self._total is None else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + len(self.extra_columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if int(role) != DISPLAY:  # asked for every row number the vertical header measures
            return None
        if orientation == VERTICAL:
            return str(section + 1)
        if section < len(self.fields):
            # the labels are declared in core (Chinese); the English glossary has them
            return QCoreApplication.translate("fields", self.fields[section].label)
        return QCoreApplication.translate("fields", self.extra_columns[section - len(self.fields)].title)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # asked seven roles for every cell it paints (a screenful: some 2,000 calls): the
        # text roles first, the colour roles only when a column has colours, the rest at once
        role = int(role)
        if role in TEXT_ROLES:
            row_number = index.row()
            row = self._row(row_number) if 0 <= row_number < self._count() else None
            if row is None:
                return NOT_YET if role == DISPLAY and index.column() == 0 and self._total is not None else None
            if role == TOOLTIP and index.column() >= len(self.fields):
                column = self.extra_columns[index.column() - len(self.fields)]
                if column.tip is not None:  # read when hovered, not for every row loaded
                    return display(column.tip(row[2])) or None
            return row[0][index.column()]
        if role in COLOR_ROLES:
            if not self._colored:
                return None
            row_number = index.row()
            row = self._row(row_number) if 0 <= row_number < self._count() else None
            if row is None:
                return None
            color = row[1][index.column()]
        elif role == USER:
            return self._id_at(index.row()) if 0 <= index.row() < self._count() else None
        else:
            return None
        if color is None:
            return None
        if role == BACKGROUND:
            return color
        return QColor("white") if color.lightness() < 140 else QColor("black")

    def sortable(self, column: int) -> bool:
        """A declared column the actor sees whole (core refuses to sort by a masked one)."""
        return 0 <= column < len(self.fields) and \
            records.masked_field(self.spec, self.fields[column].name, self.actor) is None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # no indicator: the registry's own order
            self.sort_field, self.descending = None, None
        elif self.sortable(column):
            self.sort_field = self.fields[column].name
            self.descending = order == Qt.SortOrder.DescendingOrder
        else:
            return  # computed columns are not sortable in SQL, masked ones not for this actor
        if self.loaded_once:
            self.reload()

    # ---- helpers for views
    def record_id_at(self, row: int) -> int | None:
        return self._id_at(row) if 0 <= row < self._count() else None

    def record_at(self, row: int) -> Any:
        cached = self._row(row) if 0 <= row < self._count() else None
        return cached[2] if cached else None

    def row_of(self, record_id: int) -> int:
        if self._total is not None and record_id in self._tail:
            return self._total - len(self._tail) + self._tail.index(record_id)
        if record_id not in self._ids:
            self.ensure_complete()  # beyond the first page: read the whole list now
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def ids(self) -> list[int]:
        self.ensure_complete()
        return list(self._ids)


def deadline_text(text: str) -> str:
    """A list's deadline cell with its 暂按 mark in the interface's language (core's display
    appends the mark to the date as one str: English showed “2027-01-18（暂按）”)."""
    if text.endswith(workdays.MARK):
        return text[: -len(workdays.MARK)] + display(workdays.MARK)
    return text
