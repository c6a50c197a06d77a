"""Lists over big registries: the filter and sort run in SQL and give the ordered ids; the
model fetches only the rows in view, by id, in small batches (see shared/PERFORMANCE.md)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import records, workdays
from officedesk.core.fields import CHOICE
from officedesk.core.i18n import display
from officedesk.core.lifecycle import LIFECYCLE
from officedesk.core.record_lists import Filter
from officedesk.core.registry import RegistrySpec
from officedesk.ui.widgets.layout_memory import remember, saved_index
from officedesk.ui.widgets.lazy_table import RecordsTable
from officedesk.ui.widgets.lifecycle_actions import LifecycleActions
from officedesk.ui.widgets.records_model import (  # noqa: F401  (re-exported)
    BATCH,
    CACHE_ROWS,
    FIRST_PAGE,
    Column,
    RegistryTableModel,
    deadline_text,
)
from officedesk.ui.widgets.sorted_heading import make_room_for_arrow

log = logging.getLogger(__name__)

SEARCH_MIN_WIDTH = 160  # px: room to see a word or two typed
CHOICE_WIDTH_LIMIT = 150  # px: a longer choice is cut rather than push 问题类别 out of view
FILTER_MIN_CHARS = 4  # a filter combo shrinks to this many characters ("全部", "All", a year)


class RegistryListView(QWidget):
    """Search box, filter combos and the table of one registry."""

    activated = Signal(int)  # record id (double-click or Enter)
    selection_changed = Signal()

    def __init__(
        self,
        ctx: Any,
        spec: RegistrySpec,
        extra_columns: Sequence[Column] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.model = RegistryTableModel(spec, ctx.actor, extra_columns, self)
        self._fixed: list[Filter] = []
        self._combos: list[tuple[QComboBox, list[tuple[str, list[Filter]]]]] = []
        self._loaded_once = False

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("查找（字词或编号，几个词用空格分开，如 张三 信访）"))
        self.search_box.setToolTip(self.tr(
            "输入一两个字、词或编号查找，如 张、信访、〔2026〕12号。\n"
            "几个词用空格分开，找出含每个词的记录；加引号的词组（“县委 办公室”）整体查找。"))
        self.search_box.setAccessibleName(self.tr("查找%1").replace("%1", display(spec.label)))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(SEARCH_MIN_WIDTH)  # the filters beside it give way first
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.returnPressed.connect(self.refresh)
        # ↓ goes down into the rows found (as from 全局查找's box), not Tab past each filter
        for keys in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            down = QShortcut(QKeySequence(keys), self.search_box)
            down.setContext(Qt.ShortcutContext.WidgetShortcut)  # the box's own key only
            down.activated.connect(self.enter_rows)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search_box, 3)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("记录数"))

        self.table = RecordsTable(self)
        self.table.setModel(self.model)
        self.table.verticalScrollBar().valueChanged.connect(self.table.reveal_end_when_dragged_down)
        self.table.setAccessibleName(self.tr("%1列表").replace("%1", display(spec.label)))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # the indicator first: enabling sorting sorts at once by the indicator's column
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ResizeToContents
        vertical.setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = [f.width for f in self.model.fields] + [c.width for c in self.model.extra_columns]
        metrics = header.fontMetrics()
        states = _state_fields(spec)
        self._widths: list[int] = []
        for i, width in enumerate(widths):
            # never narrower than the header's words (English ones are longer than Chinese)
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))
            width = max(width, metrics.horizontalAdvance(title) + 24)
            field = self.model.fields[i] if i < len(self.model.fields) else None
            if field is not None and field.name in states:
                # the 状态 read whole (English ones are longer: Under re-examination)
                cells = self.table.fontMetrics()
                width = max([width, *(cells.horizontalAdvance(display(c)) + 16
                                      for c in field.choices)])
            elif field is not None and field.kind == CHOICE and not field.free_choice:
                # a 处理方式, 紧急程度 … read whole as well, up to a limit (English: Not accepted)
                cells = self.table.fontMetrics()
                widest = max((cells.horizontalAdvance(display(c)) + 16 for c in field.choice_list()),
                             default=0)
                width = max(width, min(widest, CHOICE_WIDTH_LIMIT))
            elif field is not None and field.deadline:
                # a provisional deadline read whole: “2027-01-18 (…” hid the 暂按 itself
                marked = deadline_text("2026-12-31" + workdays.MARK)
                width = max(width, self.table.fontMetrics().horizontalAdvance(marked) + 16)
            self._widths.append(width)
            self.table.setColumnWidth(i, self._widths[-1])
        self.show_own_order()  # until a saved header (the clerk's last sort) says otherwise
        names = [f.name for f in self.model.fields] + [c.name for c in self.model.extra_columns]
        remember(self.ctx.settings, self._header_key(), header, " ".join(names))
        self._arrange(names)
        # the arrow only on a column the list can be sorted by (not a computed one, nor one
        # masked for this user, which core refuses to sort by): else it stays where it was
        self._sorted_by = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._keep_indicator_honest)
        make_room_for_arrow(header, header.sortIndicatorSection())
        self.table.doubleClicked.connect(self._on_activated)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            activated=self._activate_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        # a list read again to keep its place (refresh(keep_place=True)) tells its selection
        # once, put back, not emptied on the way: what is shown below it keeps its own place
        self._holding_selection = False
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        self.model.loaded.connect(self._show_count)
        self._place: tuple[list[int], int | None] | None = None
        self.model.loaded.connect(lambda _count: self._restore_place())
        self.model.modelReset.connect(self._selection_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addLayout(self.filter_bar, 1)
        top.addWidget(self.count_label)
        self.lifecycle: LifecycleActions | None = None  # 删除草稿 / 作废…
        if spec.name in LIFECYCLE and ctx.actor.can_write:
            self.lifecycle = LifecycleActions(self)
            for button in self.lifecycle.buttons:
                top.addWidget(button)
        layout.addLayout(top)
        # an empty register says what to do first, with buttons that do it
        self.empty_panel = QWidget(self)
        self.empty_panel.setAccessibleName(self.tr("空列表提示"))
        self.empty_label = QLabel(self.empty_panel)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("空列表提示"))
        self.empty_buttons = QHBoxLayout()
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addLayout(self.empty_buttons)
        empty_layout.addStretch(2)
        self.empty_buttons.addStretch(1)
        self.empty_buttons.addStretch(1)
        self.empty_label.setText(self.tr("还没有%1。").replace("%1", display(spec.label)))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_panel)
        layout.addWidget(self.stack, 1)
        ctx.registry_changed.connect(self._on_registry_changed)
        self._order_keys()

    def keyboard_stops(self) -> list[QWidget]:
        """Tab through the list as it is used: find, narrow, choose (an empty register's first
        steps in the list's place), then 删除草稿/作废 on the row chosen. A tab puts its own
        buttons after these (widgets/tab_order.list_first)."""
        empty = [w for w in self.empty_panel.findChildren(QPushButton)]
        lifecycle = list(self.lifecycle.buttons) if self.lifecycle is not None else []
        return [self.search_box, *(combo for combo, _opts in self._combos), self.table, *empty,
                *lifecycle]

    def _order_keys(self) -> None:
        from officedesk.ui.widgets.tab_order import chain

        chain(self.keyboard_stops())  # filters made after the table came after it

    def shown_columns(self) -> list[Any]:
        """The columns as the clerk sees them (moved, hidden): FieldSpecs for declared fields,
        (title, text function) for computed ones — what 导出 writes for "the current list"."""
        header = self.table.horizontalHeader()
        model = self.model
        shown: list[Any] = []
        for visual in range(header.count()):
            section = header.logicalIndex(visual)
            if header.isSectionHidden(section):
                continue
            if section < len(model.fields):
                shown.append(model.fields[section])
            else:
                column = model.extra_columns[section - len(model.fields)]
                shown.append((column.title, column.value))
        return shown

    def shown_ids(self) -> list[int]:
        """The records of the list as it is searched, filtered and sorted now."""
        return self.model.ids()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()  # lazily: a tab's list loads when it is first shown

    # ---- filters
    def add_filter_combo(
        self, label: str, options: Sequence[tuple[str, Sequence[Filter]]]
    ) -> QComboBox:
        """A combo whose choice adds filters: [("全部", []), ("待办", [Filter(...)]), …]."""
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        # as narrow as a short choice: long English choices must not push the search box and
        # the window wider than the screen (the open list still shows them in full)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FILTER_MIN_CHARS)
        opts = [(text, list(filters)) for text, filters in options]
        for text, _filters in opts:
            combo.addItem(display(text))  # a state or choice from core, in the interface's language
        key = f"filters/{self.spec.name}/{label}"
        saved = saved_index(self.ctx.settings.value(key))
        if saved is not None and 0 <= saved < combo.count():
            combo.setCurrentIndex(saved)
        combo.currentIndexChanged.connect(
            lambda i: (self.ctx.settings.setValue(key, i), self.refresh())
        )
        self._combos.append((combo, opts))
        caption = QLabel(self.tr("%1：").replace("%1", label), self)
        caption.setBuddy(combo)  # Alt+its letter (give_tab_keys, after the tab's buttons) opens it
        self.filter_bar.addWidget(caption)
        self.filter_bar.addWidget(combo, 1)
        self._order_keys()
        return combo

    def set_fixed_filters(self, filters: Sequence[Filter]) -> None:
        self._fixed = list(filters)
        self.refresh()

    def current_filters(self) -> list[Filter]:
        chosen = list(self._fixed)
        for combo, opts in self._combos:
            index = combo.currentIndex()
            if 0 <= index < len(opts):
                chosen.extend(opts[index][1])
        return chosen

    def refresh(self, keep_place: bool = False) -> None:
        """Query again. keep_place (a change made elsewhere): the selected records stay
        selected and the row at the top stays at the top, wherever they moved."""
        self._debounce.stop()
        self._loaded_once = True
        keep = self.selected_ids()
        top = self.model.record_id_at(self.table.rowAt(0)) if keep_place else None
        self._holding_selection = keep_place  # until the place is back (now, or once loaded)
        try:
            self.model.set_query(self.current_filters(), self.search_box.text())
        except BaseException:
            self._holding_selection = False
            raise
        if self.model.error is not None:
            self.count_label.setText(display(self.model.error.message))
        if keep_place:
            self._place = (keep, top)
            if self.model.complete:
                self._restore_place()
        elif keep:
            self.select_record(keep[0])

    def _selection_moved(self) -> None:
        if not self._holding_selection:
            self.selection_changed.emit()

    def _restore_place(self) -> None:
        place, self._place = self._place, None
        if place is None:
            return
        try:
            self._put_back(*place)
        finally:
            if self._holding_selection:
                self._holding_selection = False
                self.selection_changed.emit()

    def _put_back(self, keep: list[int], top: int | None) -> None:
        rows = [row for row in (self.model.row_of(i) for i in keep) if row >= 0]
        selection = self.table.selectionModel()
        for row in rows:
            selection.select(self.model.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        top_row = self.model.row_of(top) if top is not None else -1
        if top_row >= 0:
            self.table.scrollTo(self.model.index(top_row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    # ---- selection
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [rid for rid in (self.model.record_id_at(r) for r in rows) if rid is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.record_id_at(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def chosen_ids(self) -> list[int]:
        """What a print acts on: the selected records, else the current one."""
        current = self.current_id()
        return self.selected_ids() or ([current] if current is not None else [])

    def current_record(self) -> Any:
        return records.shown(self.spec, self.current_id(), self.ctx.actor)

    def select_record(self, record_id: int) -> bool:
        """The record alone selected and current. Not by QTableView.selectRow: in the list's
        extended selection it takes the keys held down, and with Ctrl held (a dialog closed by
        Ctrl+Enter) it toggled the row off — the next refresh then lost the record."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def enter_rows(self) -> None:
        """The focus from the find box to the rows (the first made current when none is)."""
        if self._debounce.isActive():
            self.refresh()  # what was just typed narrows the list first
        if self.stack.currentWidget() is not self.table or not self.model.rowCount():
            return
        if not self.table.currentIndex().isValid():
            self.select_record(self.model.record_id_at(0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_row(self) -> int:
        """The first row chosen (selected, else current); -1 for none."""
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return min(rows) if rows else self.table.currentIndex().row()

    def removed(self, row: int) -> None:
        """The records chosen at `row` are gone (删除, 删除草稿): the row now in their place (else
        the last) is current and the list has the focus. It was on the button, which then had
        nothing to act on: the focus went nowhere and Tab started from the window's top."""
        self.refresh()
        count = self.model.rowCount()
        if count and row >= 0:
            self.select_record(self.model.record_id_at(min(row, count - 1)))
        if self.stack.currentWidget() is self.table and count:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- internals
    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("共 %n 条", "", count))
        nothing_yet = count == 0 and not self.search_box.text().strip() and not any(
            combo.currentIndex() > 0 for combo, _opts in self._combos
        )
        self.stack.setCurrentWidget(self.empty_panel if nothing_yet else self.table)

    def set_empty_actions(
        self, text: str, actions: Sequence[tuple[str, Callable[[], Any]]] = ()
    ) -> None:
        """What an empty register tells the clerk to do first, and buttons that do it."""
        self.empty_label.setText(text)
        for label, slot in actions:
            button = QPushButton(label, self.empty_panel)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.empty_buttons.insertWidget(self.empty_buttons.count() - 1, button)
        self._order_keys()

    def is_showing_empty_hint(self) -> bool:
        return self.stack.currentWidget() is self.empty_panel

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id_at(index.row())
        if record_id is not None:
            self.activated.emit(record_id)

    def _activate_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.activated.emit(record_id)

    def _on_registry_changed(self, name: str) -> None:
        if name == self.spec.name and self._loaded_once:
            self.refresh(keep_place=True)

    def show_own_order(self) -> None:
        """The registry's own order (RegistrySpec.default_sort: 收文 by 收文日期, 发文 by 成文日期,
        newest first …), its arrow on that column when the list shows it. Not a reload."""
        self.model.sort_field, self.model.descending = None, None
        names = [f.name for f in self.model.fields]
        section = names.index(self.spec.default_sort) if self.spec.default_sort in names else -1
        order = Qt.SortOrder.DescendingOrder if self.spec.default_descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)  # the view would sort by it: the same order, named
        header.setSortIndicator(section, order)
        header.blockSignals(blocked)
        self._sorted_by = (section, order)

    def _arrange(self, names: list[str]) -> None:
        """The columns in the registry's list order (RegistrySpec.list_first: 编号, 标题, 状态 and
        the light in view), a remembered header's too: the clerk cannot move a column (its
        widths and sort are his), and one saved when the order was another kept 状态 off the
        screen. The column stretched last there, no longer last, takes its own width back."""
        header = self.table.horizontalHeader()
        stretched = header.logicalIndex(header.count() - 1)
        for visual, section in enumerate(self.spec.list_order(names)):
            header.moveSection(header.visualIndex(section), visual)
        if header.logicalIndex(header.count() - 1) != stretched:
            header.resizeSection(stretched, self._widths[stretched])

    def _keep_indicator_honest(self, section: int, order: Qt.SortOrder) -> None:
        if section < 0 or self.model.sortable(section):
            self._sorted_by = (section, order)
            make_room_for_arrow(self.table.horizontalHeader(), section)
            return
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(blocked)

    def _header_key(self) -> str:
        return f"tables/{self.spec.name}/header"


def _state_fields(spec: RegistrySpec) -> set[str]:
    """The fields holding a record's state (its procedure's state_field: 状态), with choices."""
    from officedesk.core import steps

    return {proc.state_field for proc in steps.procedures() if proc.registry == spec.name}
