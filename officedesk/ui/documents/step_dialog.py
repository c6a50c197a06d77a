"""The dialog of one procedure step: a few inputs, then the core step runs.

An error (bad input, a number already used, someone else's newer change) is shown in the dialog
next to the input it concerns, and everything typed stays, so nothing is lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.i18n import display as core_display
from officedesk.ui.i18n import join_words
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog, clear_on_edit, require_choice
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.pickers import DirectoryLineEdit

LINE = "line"
TEXT = "text"
INT = "int"
DATE = "date"
DATETIME = "datetime"
CHOICE = "choice"
LINES = "lines"  # one name a line -> list[str]
TABLE = "table"  # rows of cells -> list[list[str]]


@dataclass
class Input:
    key: str
    label: str
    kind: str = LINE
    default: Any = None
    choices: Sequence[str] = ()
    completer: str | None = None  # "units" / "people"
    columns: Sequence[str] = ()  # TABLE
    required: bool = False
    placeholder: str = ""
    minimum: int = 0
    maximum: int = 100000
    fields: Sequence[str] = ()  # error keys that belong to this input


class StepDialog(FormDialog):
    """`submit(values) -> Any` runs the step; the dialog closes only when it succeeds."""

    def __init__(
        self,
        title: str,
        inputs: Sequence[Input],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        intro: str = "",
        ok_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.submit = submit
        self.result_value: Any = None
        self.inputs = list(inputs)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("说明"))
            layout.addWidget(label)
        form = QFormLayout()
        for spec in self.inputs:
            widget = self._make(spec)
            widget.setAccessibleName(spec.label)
            widget.setObjectName(f"step_{spec.key}")
            self.widgets[spec.key] = widget
            error = error_label(self, spec.label + self.tr("错误"))
            self.errors[spec.key] = error
            # the line goes as soon as the field is corrected; a date is read as it is left
            clear_on_edit(widget, error, widget.problem if isinstance(widget, DateInput) else None)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if spec.kind == TABLE:
                add = QPushButton(self.tr("增加一行"), self)
                add.setAccessibleName(join_words(spec.label, self.tr("增加一行")))
                add.clicked.connect(lambda _=False, w=widget: w.insertRow(w.rowCount()))
                box.addWidget(add)
            box.addWidget(error)
            label = QLabel(("* " if spec.required else "") + spec.label, self)
            label.setBuddy(widget)
            form.addRow(label, box)
        layout.addLayout(form)
        self.general_error = error_label(self, self.tr("错误"))
        layout.addWidget(self.general_error)
        self.buttons = dialog_buttons(
            self, (Button.Ok, ok_text or self.tr("确定")), (Button.Cancel, self.tr("取消"))
        )
        self.ok_button = self.buttons.button(Button.Ok)
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 120 + 60 * len(self.inputs))
        self.setup_form(self.try_submit)

    # ---- widgets
    def _make(self, spec: Input) -> QWidget:
        if spec.kind in (TEXT, LINES):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
            edit.setPlaceholderText(spec.placeholder)
            if spec.default:
                edit.setPlainText(
                    "\n".join(spec.default) if spec.kind == LINES else str(spec.default)
                )
            return edit
        if spec.kind == INT:
            spin = QSpinBox(self)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(int(spec.default or spec.minimum))
            return spin
        if spec.kind == DATE:
            return DateInput(self, label=spec.label, value=spec.default or clock.today())
        if spec.kind == DATETIME:
            return DateInput(self, label=spec.label, with_time=True,
                             value=spec.default or clock.now().replace(second=0, microsecond=0))
        if spec.kind == CHOICE:
            combo = QComboBox(self)
            for choice in spec.choices:  # shown in the interface's language, kept as declared
                combo.addItem(core_display(choice), choice)
            if spec.default is not None and str(spec.default) in spec.choices:
                combo.setCurrentIndex(list(spec.choices).index(str(spec.default)))
            elif spec.required:
                require_choice(combo)  # the clerk chooses: the first entry went on unread
            return combo
        if spec.kind == TABLE:
            table = QTableWidget(0, len(spec.columns), self)
            table.setHorizontalHeaderLabels(list(spec.columns))
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setMinimumHeight(140)
            for row in spec.default or []:
                self.add_table_row(table, row)
            return table
        edit = DirectoryLineEdit(spec.completer, self) if spec.completer else QLineEdit(self)
        edit.setPlaceholderText(spec.placeholder)
        if spec.default:
            edit.setText(str(spec.default))
        return edit

    @staticmethod
    def add_table_row(table: QTableWidget, cells: Sequence[Any]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    # ---- values
    def value(self, key: str) -> Any:
        spec = next(s for s in self.inputs if s.key == key)
        widget = self.widgets[key]
        if spec.kind == TEXT:
            return widget.toPlainText().strip()  # type: ignore[attr-defined]
        if spec.kind == LINES:
            return [ln.strip() for ln in widget.toPlainText().splitlines() if ln.strip()]  # type: ignore[attr-defined]
        if spec.kind == INT:
            return widget.value()  # type: ignore[attr-defined]
        if spec.kind in (DATE, DATETIME):
            return widget.value()  # type: ignore[attr-defined]  # core's reading, or its refusal
        if spec.kind == CHOICE:
            data = widget.currentData()  # type: ignore[attr-defined]
            return str(data) if data is not None else widget.currentText()  # type: ignore[attr-defined]
        if spec.kind == TABLE:
            table: QTableWidget = widget  # type: ignore[assignment]
            rows = []
            for r in range(table.rowCount()):
                cells = [
                    (table.item(r, c).text().strip() if table.item(r, c) else "")
                    for c in range(table.columnCount())
                ]
                if any(cells):
                    rows.append(cells)
            return rows
        return widget.text().strip()  # type: ignore[attr-defined]

    def set_value(self, key: str, value: Any) -> None:
        """Fill an input (used by tests and by the caller's defaults)."""
        spec = next(s for s in self.inputs if s.key == key)
        widget = self.widgets[key]
        if spec.kind in (TEXT, LINES):
            widget.setPlainText("\n".join(value) if spec.kind == LINES else str(value))  # type: ignore[attr-defined]
        elif spec.kind == INT:
            widget.setValue(int(value))  # type: ignore[attr-defined]
        elif spec.kind in (DATE, DATETIME):
            widget.set_value(value)  # type: ignore[attr-defined]
        elif spec.kind == CHOICE:
            widget.setCurrentText(str(value))  # type: ignore[attr-defined]
        elif spec.kind == TABLE:
            table: QTableWidget = widget  # type: ignore[assignment]
            table.setRowCount(0)
            for row in value:
                self.add_table_row(table, row)
        else:
            widget.setText(str(value))  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        return {spec.key: self.value(spec.key) for spec in self.inputs}

    # ---- submit
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    def show_validation(self, exc: ValidationError) -> None:
        for spec in self.inputs:
            if exc.field and exc.field in (spec.key, spec.label, *spec.fields):
                self.errors[spec.key].setText(core_display(exc.message))
                self.errors[spec.key].show()
                self.widgets[spec.key].setFocus()
                return
        self.general_error.setText(core_display(exc.message))
        self.general_error.show()

    def try_submit(self) -> bool:
        self._clear_errors()
        try:
            for spec in self.inputs:
                value = self.value(spec.key)  # a date that does not read is refused here
                if spec.required and (value is None or value == "" or value == []):
                    asked = (self.tr("请选择“%1”。") if spec.kind == CHOICE or spec.completer  # chosen, not typed
                             else self.tr("请填写“%1”。"))
                    raise ValidationError(asked.replace("%1", spec.label), spec.key)
            self.result_value = self.submit(self.values())
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        except OfficeDeskError as exc:
            self.general_error.setText(core_display(exc.message))
            self.general_error.show()
            return False
        self.accept()
        return True
