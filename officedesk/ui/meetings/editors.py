"""Small keyboard-first editors used by the meeting dialogs: a list of people (type a name or
拼音, Enter adds; Delete removes; Alt+↑/↓ reorders) and the agenda (Enter adds an item).

What a save reads is what the clerk sees: `add_pending` adds an entry typed into such a line and
not yet added, as Enter adds it (or refuses the save as Enter refuses the entry), and
`finish_editing` takes a table cell still being typed in as typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import meetings as core
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import display
from officedesk.ui.widgets.column_fit import fit_to_words
from officedesk.ui.widgets.form_dialog import ENTER_ACTS
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.mnemonics import SKIP_PROPERTY
from officedesk.ui.widgets.pickers import DirectoryLineEdit


def add_pending(*lines: Callable[[], bool]) -> bool:
    """Before a save: each "type, then Enter to add" line (its `add_pending`) adds what is typed
    in it and not yet added, as Enter adds it. False when one refuses it as Enter would: its
    message is at the line, the text stays there, and the first such line has the focus."""
    refused = [line for line in reversed(lines) if not line()]  # all tried; the first last
    return not refused


def finish_editing(view: QAbstractItemView) -> None:
    """A cell still being typed in is taken as typed (its editor committed and closed), so a
    save (Ctrl+S while typing) reads the table as it shows."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    delegate = view.itemDelegateForIndex(view.currentIndex()) or view.itemDelegate()
    for editor in view.viewport().findChildren(
        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
    ):
        if not editor.isHidden():  # a closed editor is hidden until it is deleted
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


AGENDA_COLUMN_LIMIT = 200  # px: a longer 汇报单位 is cut rather than squeeze the 议题


class PeopleEditor(QWidget):
    """出席 / 列席 / 特邀: directory people (by name or 拼音) or anyone typed as 姓名（单位）."""

    changed = Signal()

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        shown = display(role)  # 出席 …: its widgets named in the interface's language
        self.entries: list[core.PersonEntry] = []
        self.edit = DirectoryLineEdit("people", self)
        self.edit.setAccessibleName(self.tr("%1人员").replace("%1", shown))
        self.edit.setPlaceholderText(
            self.tr("输入姓名或拼音首字母，回车添加；外单位写 姓名（单位）")
        )
        self.add_button = QPushButton(self.tr("添加"), self)
        self.add_button.setAccessibleName(self.tr("添加%1人员").replace("%1", shown))
        self.add_button.setAutoDefault(False)
        # keyless, as in both languages: the caption's letter (出席人员(&A)) reaches the line, and
        # Enter there adds; four 添加 took stray letters in Chinese (B, F, J, N) and none in English
        self.add_button.setProperty(SKIP_PROPERTY, True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("%1人员名单").replace("%1", shown))
        self.list.setMaximumHeight(110)
        self.list.setToolTip(self.tr("Delete 删除，Alt+↑/↓ 调整顺序"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("%1人数").replace("%1", shown))
        self.error = error_label(self, self.tr("%1人员错误").replace("%1", shown))
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.error)  # next to the line it is about, above the list
        layout.addWidget(self.list)
        self.edit.setProperty(ENTER_ACTS, True)
        self.edit.returnPressed.connect(self.add_from_edit)
        self.edit.picked.connect(lambda _name: self.add_from_edit())  # mouse or keyboard, once
        self.add_button.clicked.connect(self.add_from_edit)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_current),
            (QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_current(1)),
        ):
            QShortcut(keys, self.list, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)
        self._refresh()

    def add_from_edit(self) -> bool:
        """The names typed added to the list (True), or refused with the message under the line
        and the text kept (False)."""
        text = self.edit.text().strip()
        if not text:
            return True
        try:
            people = core.parse_people(text, self.role + "人员")
        except ValidationError as exc:
            self.show_error(exc.message)
            return False
        known = {p.name for p in self.entries}
        repeated = [p.name for p in people if p.name in known]
        self.entries.extend(p for p in people if p.name not in known)
        self.edit.clear()
        self._refresh()
        if repeated:
            self.show_error(self.tr("已在名单中：") + "、".join(repeated))
        else:
            self.clear_error()
        self.changed.emit()
        return True

    def add_pending(self) -> bool:
        """Names typed and not yet added, added as Enter adds them (see `add_pending`)."""
        if self.edit.take_meant() and self.edit.text().strip():  # 拼音 of several: choose one
            self.edit.setFocus()
            return False
        if self.add_from_edit():
            return True
        self.edit.setFocus()
        return False

    def set_entries(self, entries: list[core.PersonEntry]) -> None:
        self.entries = list(entries)
        self._refresh()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._refresh()
            self.list.setCurrentRow(min(row, len(self.entries) - 1))
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.entries) and 0 <= target < len(self.entries):
            self.entries[row], self.entries[target] = self.entries[target], self.entries[row]
            self._refresh()
            self.list.setCurrentRow(target)
            self.changed.emit()

    def _refresh(self) -> None:
        self.list.clear()
        for person in self.entries:
            detail = " ".join(x for x in (person.unit, person.title) if x)
            item = QListWidgetItem(f"{person.name}　{detail}" if detail else person.name)
            if person.person_id is None:
                item.setToolTip(self.tr("不在通讯录中（手工输入）"))
            self.list.addItem(item)
        self.count.setText(self.tr("%1 人").replace("%1", str(len(self.entries))))

    def show_error(self, message: str) -> None:
        self.error.setText(display(message))  # core's composed texts in the interface's language
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()


class AgendaEditor(QWidget):
    """议程: topic, reporting unit, reporter, minutes; Enter in any box adds the item."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = QLineEdit(self)
        self.topic.setAccessibleName(self.tr("议题"))
        self.topic.setPlaceholderText(self.tr("议题，回车添加"))
        self.unit = DirectoryLineEdit("units", self)
        self.unit.setAccessibleName(self.tr("汇报单位"))
        self.unit.setPlaceholderText(self.tr("汇报单位"))
        self.reporter = DirectoryLineEdit("people", self)
        self.reporter.setAccessibleName(self.tr("汇报人"))
        self.reporter.setPlaceholderText(self.tr("汇报人"))
        self.minutes = QSpinBox(self)
        self.minutes.setAccessibleName(self.tr("时长（分钟）"))
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.minutes.setSpecialValueText(self.tr("时长"))
        self.add_button = QPushButton(self.tr("添加议程"), self)
        self.add_button.setAccessibleName(self.tr("添加议程"))
        self.add_button.setAutoDefault(False)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("议程列表"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("议题"), self.tr("汇报单位"), self.tr("汇报人"), self.tr("分钟")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(140)
        self.table.setTabKeyNavigation(False)
        self.table.setToolTip(self.tr("双击或 F2 修改；Delete 删除；Alt+↑/↓ 调整顺序"))
        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("议程总时长"))
        self.error = error_label(self, self.tr("议程错误"))
        row = QHBoxLayout()
        row.addWidget(self.topic, 3)
        row.addWidget(self.unit, 2)
        row.addWidget(self.reporter, 1)
        row.addWidget(self.minutes)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)  # next to the line it is about, above the table
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        for edit in (self.topic, self.unit, self.reporter, self.minutes):
            edit.setProperty(ENTER_ACTS, True)  # Enter adds the item (FormDialog lets it)
        for edit in (self.topic, self.unit, self.reporter):
            edit.returnPressed.connect(self.add_from_inputs)
        self.minutes.editingFinished.connect(lambda: None)
        self.minutes.lineEdit().returnPressed.connect(self.add_from_inputs)
        self.add_button.clicked.connect(self.add_from_inputs)
        self.table.itemChanged.connect(lambda _i: self._changed())
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_current),
            (QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_current(1)),
        ):
            QShortcut(keys, self.table, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)
        self._update_total()

    def add_from_inputs(self) -> bool:
        """The item typed added to the table (True), or refused with the message under the
        table and everything typed kept (False)."""
        topic = self.topic.text().strip()
        if not topic:
            self.error.setText(self.tr("请先填写议题。"))
            self.error.show()
            self.topic.setFocus()
            return False
        self.append(
            core.AgendaEntry(
                topic, self.unit.text().strip(), self.reporter.text().strip(), self.minutes.value()
            )
        )
        for edit in (self.topic, self.unit, self.reporter):
            edit.clear()
        self.minutes.setValue(0)
        self.error.hide()
        self.topic.setFocus()
        return True

    def add_pending(self) -> bool:
        """An item typed and not yet added, added as Enter adds it (see `add_pending`)."""
        typed = any(e.text().strip() for e in (self.topic, self.unit, self.reporter))
        return self.add_from_inputs() if typed or self.minutes.value() else True

    def append(self, item: core.AgendaEntry) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(
            (item.topic, item.unit, item.reporter, str(item.minutes) if item.minutes else "")
        ):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self._changed()

    def set_items(self, items: list[core.AgendaEntry]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.append(item)

    def items(self) -> list[core.AgendaEntry]:
        """The rows as entries; a bad minutes cell raises ValidationError."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [
                (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                for c in range(4)
            ]
            minutes = cells[3].removesuffix("分钟").strip()
            if minutes and not minutes.isdigit():
                raise ValidationError(
                    self.tr("议程第 %1 项的时长“%2”应为分钟数。")
                    .replace("%1", str(row + 1))
                    .replace("%2", cells[3]),
                    "agenda_text",
                )
            found.append(core.AgendaEntry(cells[0], cells[1], cells[2], int(minutes or 0)))
        return found

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self.items()
        items[row], items[target] = items[target], items[row]
        self.set_items(items)
        self.table.setCurrentCell(target, 0)

    def _changed(self) -> None:
        self._fit_columns()
        self._update_total()
        self.changed.emit()

    def _fit_columns(self) -> None:
        """汇报单位, 汇报人 and 分钟 as wide as their words (up to a limit), 议题 the rest: a fixed
        100 px cut 县人力资源和社会保障局."""
        fit_to_words(self.table, (1, 2, 3), AGENDA_COLUMN_LIMIT, extra=8)

    def _update_total(self) -> None:
        try:
            items = self.items()
        except ValidationError:
            return
        minutes = sum(i.minutes for i in items)
        self.total.setText(
            self.tr("共 %1 项，约 %2 分钟")
            .replace("%1", str(len(items)))
            .replace("%2", str(minutes))
        )
