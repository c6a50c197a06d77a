"""登记信访: the petition's fields, its petitioners (several for a joint letter, up to five
representatives of a group visit) and, as the clerk types, the earlier petitions that may be
the same matter again, any of which can be chosen as the original of this 重复件."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import corrections, petitions
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.i18n import display
from officedesk.core.petitions.spec import petitioner_of_key
from officedesk.ui.widgets.column_fit import fit_to_words, wrap_rows
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import confirm, error_label, show_error
from officedesk.ui.widgets.record_form import FieldsPanel
from officedesk.ui.widgets.table_keys import tab_moves_on

MAIN_FIELDS = [
    "registered_on",
    "form",
    "secrecy",
    "people_count",
    "category",
    "content",
    "demand",
    "region",
    "receiver",
]
REPEAT_COLUMN_LIMIT = 150  # px: a longer 相同之处 or 状态 wraps rather than push 反映内容 off
PEOPLE_COLUMNS = [
    ("name", "姓名"),
    ("gender", "性别"),
    ("id_number", "身份证号"),
    ("phone", "联系电话"),
    ("address", "住址"),
    ("employer", "工作单位"),
]


class RegistrationDialog(FormDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = petitions.SPEC
        self.saved_record: Any = None
        self._error_cell: tuple[int, int] | None = None  # the petitioner's cell refused
        self.candidates = petitions.Repeats()
        self.setWindowTitle(self.tr("登记信访"))
        self.setAccessibleName(self.tr("登记信访"))

        people_box = QGroupBox(
            self.tr("信访人（联名信、集体访的代表逐一登记，第一位显示在列表中）"), self
        )
        self.people = QTableWidget(1, len(PEOPLE_COLUMNS), people_box)
        self.people.setAccessibleName(self.tr("信访人名单"))
        # Tab on to 添加信访人 and the fields; Enter (ending a cell's typing) across a person
        tab_moves_on(self.people, enter_ends_typing=True)
        self.people.setHorizontalHeaderLabels([self.tr(label) for _key, label in PEOPLE_COLUMNS])
        header = self.people.horizontalHeader()
        # all six in view beside the repeats (工作单位 was scrolled off), an ID number whole;
        # 工作单位 takes the rest
        for column, width in enumerate((70, 44, 150, 110, 140)):
            self.people.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.people.setMinimumHeight(120)
        self.add_person = QPushButton(self.tr("添加信访人"), people_box)
        self.add_person.setAccessibleName(self.tr("添加信访人"))
        self.add_person.clicked.connect(self.add_petitioner_row)
        self.remove_person = QPushButton(self.tr("删除所选信访人"), people_box)
        self.remove_person.setAccessibleName(self.tr("删除所选信访人"))
        self.remove_person.clicked.connect(self.remove_petitioner_row)
        self.people_error = error_label(people_box, self.tr("信访人错误"))
        row = QHBoxLayout()
        row.addWidget(self.add_person)
        row.addWidget(self.remove_person)
        row.addStretch(1)
        box = QVBoxLayout(people_box)
        box.addWidget(self.people)
        box.addLayout(row)
        box.addWidget(self.people_error)
        # made after the people (shown above them): Tab follows the screen, and the dialog
        # opens in the first petitioner's name
        levels = {"secrecy": corrections.level_field(self.spec, None, ctx.actor)}  # up to his clearance
        self.panel = FieldsPanel(self.spec, MAIN_FIELDS, self, narrowed=levels)
        self.panel.load_defaults()
        self.people.setCurrentCell(0, 0)
        self.people.installEventFilter(self)  # Enter moves across a petitioner, then on

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(people_box)
        left_layout.addWidget(self.panel)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        repeat_box = QGroupBox(self.tr("可能的重复件"), self)
        self.repeat_table = QTableWidget(0, 6, repeat_box)
        self.repeat_table.setAccessibleName(self.tr("可能的重复件列表"))
        tab_moves_on(self.repeat_table)
        self.repeat_table.setHorizontalHeaderLabels(
            [
                self.tr("信访编号"),
                self.tr("登记日期"),
                self.tr("信访人"),
                self.tr("相同之处"),
                self.tr("状态"),
                self.tr("反映内容"),
            ]
        )
        self.repeat_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.repeat_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.repeat_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.repeat_table.horizontalHeader().setStretchLastSection(True)  # 反映内容: the rest
        self.repeat_table.setWordWrap(True)
        self._fit_repeat_columns()
        self.repeat_table.itemSelectionChanged.connect(self._selection_changed)
        self.person_count = QLabel(repeat_box)
        self.person_count.setAccessibleName(self.tr("信访人信访次数"))
        self.person_count.setWordWrap(True)
        self._say_what_repeats_show()  # not a blank line before anything is typed
        self.link_check = QCheckBox(self.tr("作为所选信访件的重复件登记"), repeat_box)
        self.link_check.setAccessibleName(self.tr("作为重复件登记"))
        self.link_check.setEnabled(False)
        repeat_layout = QVBoxLayout(repeat_box)
        repeat_layout.addWidget(self.person_count)
        repeat_layout.addWidget(self.repeat_table, 1)
        repeat_layout.addWidget(self.link_check)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(repeat_box)
        # the form as wide as its English group title asks (658 px) beside the scroll bar a
        # refusal's line may bring, the six columns of the repeats in the rest
        splitter.setSizes([690, 630])
        splitter.setStretchFactor(0, 3)  # the form first: it needs the room (English labels)
        splitter.setStretchFactor(1, 2)

        self.general_error = error_label(self, self.tr("错误"))
        buttons = dialog_buttons(
            self, (Button.Save, self.tr("登记")), (Button.Cancel, self.tr("取消"))
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(1340, 760)  # the screen's width (ScreenFit brings it inside the screen)
        self.panel.give_keys(self)  # Alt+letter for its fields, after its buttons'
        self.setup_form(self.try_save)  # Enter moves on; Ctrl+Enter saves

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.refresh_repeats)
        self.people.itemChanged.connect(lambda _item: self._debounce.start())
        self.people.itemChanged.connect(self._clear_person_error)
        self.people.itemChanged.connect(self._count_at_least_named)
        category = self.panel.inputs["category"].widget
        category.currentIndexChanged.connect(lambda _i: self._debounce.start())  # type: ignore[attr-defined]
        content = self.panel.inputs["content"].widget
        assert isinstance(content, QPlainTextEdit)
        content.textChanged.connect(self._debounce.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the people table (also the one that ends a cell's typing) moves to the
        next cell, and from a petitioner's last one to the first field: never 登记 by accident."""
        if (
            watched is self.people
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._next_person_cell()  # the cell typed in is kept already (enter_ends_typing)
            return True
        return super().eventFilter(watched, event)

    def _next_person_cell(self) -> None:
        row, column = self.people.currentRow(), self.people.currentColumn()
        if 0 <= column < self.people.columnCount() - 1:
            self.people.setCurrentCell(max(row, 0), column + 1)
        else:  # past the buttons (Tab reaches them) to the first field
            self.panel.inputs[MAIN_FIELDS[0]].widget.setFocus(Qt.FocusReason.TabFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # a pending repeat check must not fire once the dialog is gone (the database may be
        # closed by then)
        self._debounce.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------ petitioners
    def add_petitioner_row(self) -> None:
        self.people.insertRow(self.people.rowCount())
        self.people.setCurrentCell(self.people.rowCount() - 1, 0)
        # the next name is typed at once into the new row (the focus stayed on the button, or
        # with Alt+P in the field left: the name went into 登记日期)
        self.people.setFocus(Qt.FocusReason.OtherFocusReason)

    def _count_at_least_named(self, item: QTableWidgetItem) -> None:
        """人数 raised, in view, to the petitioners named (left at 1 with three listed, the save
        was refused: 人数少于登记的信访人); never lowered — a 集体访 lists its representatives."""
        if item.column() != 0:
            return
        named = sum(1 for row in range(self.people.rowCount())
                    if (cell := self.people.item(row, 0)) is not None and cell.text().strip())
        count = self.panel.inputs["people_count"]
        if named > (count.value() or 0):
            count.set_value(named)

    def remove_petitioner_row(self) -> None:
        row = self.people.currentRow()
        if row < 0 or self.people.rowCount() <= 1:
            return
        typed = [self.people.item(row, c).text().strip() if self.people.item(row, c) else ""
                 for c in range(self.people.columnCount())]
        if any(typed):  # no undo: ask, naming whom (the row is wherever the cursor was)
            who = typed[0] or self.tr("第 %1 行的信访人").replace("%1", str(row + 1))
            question = self.tr("删除信访人“%1”？这一行已填写的内容将一并删除，不能恢复。")
            if not confirm(self, self.tr("删除信访人"), question.replace("%1", who), danger=True, yes=self.tr("删除信访人")):
                return
        self.people.removeRow(row)
        self._debounce.start()

    def set_petitioner(self, row: int, **values: str) -> None:
        while self.people.rowCount() <= row:
            self.people.insertRow(self.people.rowCount())
        for column, (key, _label) in enumerate(PEOPLE_COLUMNS):
            if key in values:
                self.people.setItem(row, column, QTableWidgetItem(values[key]))

    def petitioners(self) -> list[dict[str, str]]:
        return [person for _row, person in self._typed_people()]

    def _typed_people(self) -> list[tuple[int, dict[str, str]]]:
        """(table row, petitioner) of each row typed in: empty rows are not sent to core, so
        core's 第 N 位信访人 is the N-th of these, not the table's row N."""
        # 性别 typed as the window shows it (English: Female) is the choice it shows: refused,
        # the English window said “can only be: Male, Female (it is “Female”)”
        shown = {display(choice).casefold(): choice for choice in self.spec.field("gender").choices}
        out = []
        for row in range(self.people.rowCount()):
            person = {}
            for column, (key, _label) in enumerate(PEOPLE_COLUMNS):
                item = self.people.item(row, column)
                person[key] = item.text().strip() if item is not None else ""
            person["gender"] = shown.get(person["gender"].casefold(), person["gender"])
            if any(person.values()):
                out.append((row, person))
        return out

    # ------------------------------------------------------------ repeats
    def refresh_repeats(self) -> None:
        self._debounce.stop()
        values = self.panel.values()
        people = self.petitioners()
        if not people and not (values.get("content") or "").strip():
            # nothing to look for: 未发现重复信访 said the typing was checked
            self.candidates = petitions.Repeats()
            self.repeat_table.setRowCount(0)
            self._say_what_repeats_show()
            self._selection_changed()
            return
        try:
            self.candidates = petitions.find_repeats(
                people, self.ctx.actor, values.get("category") or "", values.get("content") or ""
            )
        except OfficeDeskError as exc:
            self.candidates = petitions.Repeats()
            self.person_count.setText(display(exc.message))
            return
        chosen = self.chosen_original()
        self.repeat_table.setRowCount(len(self.candidates))
        for row, candidate in enumerate(self.candidates):
            cells = [
                candidate.number,
                candidate.registered_on.isoformat(),
                candidate.name,
                display(candidate.reason_text()),
                display(candidate.state_text()),
                candidate.excerpt,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.repeat_table.setItem(row, column, item)
            if candidate.petition_id == chosen:
                self.repeat_table.selectRow(row)
        counts = []
        # core counts by the name alone for those who may not see personal data: say so
        count_text = (self.tr("%1此前已信访 %2 次") if self.ctx.actor.may_see_sensitive
                      else self.tr("同姓名（%1）的信访此前有 %2 件"))
        for person in people:
            n = petitions.petitions_of_person(
                self.ctx.actor,
                person.get("id_number", ""),
                person.get("name", ""),
                person.get("phone", ""),
            )
            if n:
                counts.append(
                    count_text.replace("%1", person["name"])
                    .replace("%2", str(n))
                )
        if self.candidates:
            head = self.tr("发现 %1 件可能相同的信访。").replace("%1", str(len(self.candidates)))
            for candidate in self.candidates:
                if candidate.rechecked_on is not None:  # art. 36: the same matter is closed
                    head += "\n" + (
                        self.tr("%1 已于 %2 复核终结，同一事项不再受理。")
                        .replace("%1", candidate.number)
                        .replace("%2", candidate.rechecked_on.isoformat())
                    )
        else:
            head = self.tr("未发现重复信访。")
        # a sentence a line: joined, English ran "found: 2.Earlier petitions by …"
        self.person_count.setText("\n".join([head, *counts]))
        self._fit_repeat_columns()
        self._selection_changed()

    def _say_what_repeats_show(self) -> None:
        self.person_count.setText(self.tr("填写信访人或反映内容后，这里列出可能相同的信访。"))

    def _fit_repeat_columns(self) -> None:
        """Each column as wide as its heading and its widest cell, up to a limit past which the
        cell wraps (the row grows), and 反映内容 the rest: all six in view, in English too."""
        table = self.repeat_table
        fit_to_words(table, range(table.columnCount() - 1), REPEAT_COLUMN_LIMIT)
        wrap_rows(table, range(table.columnCount() - 1))  # as tall as its reasons, not its excerpt

    def _selection_changed(self) -> None:
        has = self.chosen_original() is not None
        self.link_check.setEnabled(has)
        if not has:
            self.link_check.setChecked(False)

    def chosen_original(self) -> int | None:
        rows = self.repeat_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.candidates):
            return None
        return self.candidates[rows[0].row()].petition_id

    def link_to(self, petition_id: int) -> None:
        """Choose an earlier petition as the original (tests and keyboard users)."""
        for row, candidate in enumerate(self.candidates):
            if candidate.petition_id == petition_id:
                self.repeat_table.selectRow(row)
                self.link_check.setChecked(True)
                return
        raise KeyError(petition_id)

    # ------------------------------------------------------------ save
    def _show_validation(self, exc: ValidationError) -> None:
        self.people_error.hide()
        self._error_cell = None  # about the whole list until a cell is named
        self.general_error.hide()
        about = petitioner_of_key(exc.field)
        if about is not None:
            self.people_error.setText(display(exc.message))
            self.people_error.show()
            self._show_person_cell(*about)
            return
        if not self.panel.show_validation(exc):
            self.general_error.setText(display(exc.message))
            self.general_error.show()

    def _clear_person_error(self, item: QTableWidgetItem) -> None:
        """The refusal under the list goes once its cell is corrected (it stayed, saying 17 位,
        beside the 18 digits now typed), as a field's error goes when the field changes."""
        cell = self._error_cell
        if cell is None or cell == (item.row(), item.column()):
            self.people_error.hide()

    def _show_person_cell(self, index: int, key: str | None) -> None:
        """The cursor on the cell a refusal is about (README: a refused save goes to the first
        wrong field), not where Enter across the row left it; the whole list: stay."""
        self.people.setFocus()
        rows = [row for row, _person in self._typed_people()]
        if index < 1:
            return
        row = rows[index - 1] if index <= len(rows) else 0  # no one typed: the first row
        column = [k for k, _label in PEOPLE_COLUMNS].index(key) if key else 0
        self._error_cell = (row, column)
        # that cell alone selected: not also the cells Enter and the start left selected
        self.people.setCurrentCell(row, column, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.people.scrollTo(self.people.model().index(row, column))

    def try_save(self) -> bool:
        for field_input in self.panel.inputs.values():
            field_input.clear_error()
        people = self.petitioners()
        if not people:
            self._show_validation(ValidationError(self.tr("请至少登记一位信访人的姓名。"), "name"))
            return False
        original = self.chosen_original() if self.link_check.isChecked() else None
        try:
            self.saved_record = petitions.register_petition(
                self.panel.values(), people, self.ctx.actor, repeat_of=original
            )
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify_changed(self.spec.name)
        self.accept()
        return True
