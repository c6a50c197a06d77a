"""One dialog for any procedure step, built from the step's declaration (core.steps.StepSpec):
its fields, whether it takes the day and the person, its help and time limit. It submits through
core.steps.perform, the same runner as `officedesk step`. A refusal is shown next to the input
it concerns (or under the form) and everything typed stays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, records, steps
from officedesk.core import registry as registries
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.fields import BOOL, CHOICE, DATE, DATETIME, LONGTEXT, FieldSpec
from officedesk.core.i18n import display, tr
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog, clear_on_edit
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.pickers import DirectoryLineEdit

_NO_DATE = QDate(1900, 1, 1)  # an optional date left empty


class SpecStepDialog(FormDialog):
    """`SpecStepDialog(actor, "petitions", record, "答复")`: fill, then `try_submit()`."""

    def __init__(self, actor: Any, registry: str, record: Any, step: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.registry, self.record = actor, registry, record
        self.step = steps.procedure(registry).find(step)
        self.result_record: Any = None
        self.outcome: steps.StepOutcome | None = None
        spec = registries.get(registry)
        title = self.tr("%1：%2").replace("%1", tr(spec.label)).replace("%2", tr(self.step.name))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.fields: dict[str, FieldSpec] = {f.name: f for f in self.step.fields_for(record)}
        defaults = self.step.defaults(record) if self.step.defaults is not None else {}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        limit = self.step.limit_text(record)
        intro = "；".join(x for x in (tr(self.step.help) if self.step.help else "",
                                     limit and self.tr("时限：") + display(limit)) if x)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("说明"))
            layout.addWidget(label)
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget, bool]] = []
        for field in self.fields.values():
            widget = self._make(field, defaults.get(field.name))
            rows.append((field.name, tr(field.label), widget, field.required))
        if self.step.takes_on:
            rows.append(("on", self.tr("日期"), self._date(clock.today()), False))
        if self.step.accepts_person(record):
            person = DirectoryLineEdit("people", self)
            person.setText(actor.label)
            rows.append(("person", self.tr("经办人"), person, False))
        for key, label_text, widget, required in rows:
            widget.setAccessibleName(label_text)
            widget.setObjectName(f"step_{key}")
            self.widgets[key] = widget
            self.errors[key] = error_label(self, label_text + self.tr("错误"))
            clear_on_edit(widget, self.errors[key])
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[key])
            label = QLabel(("* " if required else "") + label_text, self)
            label.setBuddy(widget)
            form.addRow(label, box)
        layout.addLayout(form)
        self.general_error = error_label(self, self.tr("错误"))
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, (Button.Ok, self.tr("确定")), (Button.Cancel, self.tr("取消")))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(500, 120 + 56 * len(rows))
        self.setup_form(self.try_submit)  # Enter moves on, Ctrl+Enter saves, Esc asks

    # ---- widgets from the field kinds
    def _date(self, value: dt.date | None, optional: bool = False) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        if optional:
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(self.tr("（不填）"))
        edit.setDate(QDate(value) if value else (_NO_DATE if optional else QDate(clock.today())))
        return edit

    def _make(self, field: FieldSpec, default: Any) -> QWidget:
        default = field.default_value() if default is None else default
        if field.kind == LONGTEXT:
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70)
            text.setPlaceholderText(display(field.placeholder))
            if default:
                text.setPlainText(str(default))
            return text
        if field.kind == DATE:
            return self._date(default, optional=not field.required)
        if field.kind == DATETIME:
            when = QDateTimeEdit(self)
            when.setCalendarPopup(True)
            when.setDisplayFormat("yyyy-MM-dd HH:mm")
            when.setDateTime(QDateTime(default or clock.now()))
            return when
        if field.kind == CHOICE:
            combo = QComboBox(self)
            combo.addItems(([] if field.required else [""]) + field.choice_list())
            if default is not None:
                combo.setCurrentText(str(default))
            return combo
        if field.kind == BOOL:
            check = QCheckBox(self)
            check.setChecked(bool(default))
            return check
        edit = DirectoryLineEdit(field.completer, self) if field.completer else QLineEdit(self)
        edit.setPlaceholderText(display(field.placeholder))
        if default is not None:
            edit.setText(str(default))
        return edit

    # ---- values
    def value(self, key: str) -> Any:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
            moment = widget.dateTime().toPython()
            return moment.replace(second=0, microsecond=0) if isinstance(moment, dt.datetime) \
                else moment
        if isinstance(widget, QDateEdit):
            return None if widget.date() == _NO_DATE else widget.date().toPython()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.text().strip()  # type: ignore[attr-defined]

    def set_value(self, key: str, value: Any) -> None:
        """Fill an input (tests, and callers that know better defaults)."""
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
            widget.setDateTime(QDateTime(value))
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value) if value else _NO_DATE)
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setText(str(value))  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self.widgets}

    # ---- submit
    def _show(self, exc: OfficeDeskError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else None
        for key in self.widgets:
            spec = self.fields.get(key)
            if field and field in (key, spec.label if spec else key):
                self.errors[key].setText(exc.message)
                self.errors[key].show()
                self.widgets[key].setFocus()
                return
        self.general_error.setText(exc.message)
        self.general_error.show()

    def try_submit(self) -> bool:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        values = self.values()
        on, person = values.pop("on", None), values.pop("person", "")
        try:
            self.outcome = steps.perform(self.registry, self.record.id, self.step.name, values,
                                         self.actor, on=on, person=person or None,
                                         version=self.record.version)
        except OfficeDeskError as exc:
            self._show(exc)
            return False
        self.result_record = records.get(registries.get(self.registry), self.record.id)
        self.accept()
        return True
