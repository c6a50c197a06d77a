"""A record's form, built from its registry's field declarations.

Errors show next to the field they concern and the dialog stays open with everything typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, corrections, records
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.fields import (
    BOOL,
    CHOICE,
    DATE,
    DATETIME,
    INT,
    LONGTEXT,
    PERCENT,
    FieldSpec,
    parse_value,
)
from officedesk.core.fields import display as display_value
from officedesk.core.i18n import display
from officedesk.core.registry import RegistrySpec
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog, clear_on_edit, require_choice
from officedesk.ui.widgets.messages import error_label, show_error
from officedesk.ui.widgets.mnemonics import give_caption_keys, give_keys, keys_taken
from officedesk.ui.widgets.pickers import DirectoryLineEdit
from officedesk.ui.widgets.unit_rename import ask_unit_rename


def form_title(spec: RegistrySpec, editing: bool) -> str:
    """新建人员, 修改单位 … in the interface's language. The glossary names the whole title
    where it can ("新建人员": "New person"; a registry's label is its list's name, "People");
    otherwise the pattern takes the label."""
    whole = ("修改" if editing else "新建") + spec.label
    found = QCoreApplication.translate("RecordFormDialog", whole)
    if found != whole:
        return found
    if editing:
        pattern = QCoreApplication.translate("RecordFormDialog", "修改%1")
    else:
        pattern = QCoreApplication.translate("RecordFormDialog", "新建%1")
    return pattern.replace("%1", display(spec.label))


class FieldInput:
    """One field's widget with get/set of the raw value and an error label."""

    def __init__(self, field: FieldSpec, parent: QWidget) -> None:
        self.field = field
        self.widget = self._make(field, parent)
        self.widget.setAccessibleName(display(field.label))  # what the label beside it reads
        self.widget.setObjectName(f"field_{field.name}")
        if field.placeholder and hasattr(self.widget, "setPlaceholderText"):
            self.widget.setPlaceholderText(display(field.placeholder))
        self.error = error_label(parent, QCoreApplication.translate("RecordFormDialog", "%1错误")
                                 .replace("%1", display(field.label)))
        clear_on_edit(self.widget, self.error, self._check if self._checks_cheaply() else None,
                      field.length_limit())

    def _checks_cheaply(self) -> bool:
        return isinstance(self.widget, QLineEdit) and not isinstance(self.widget, DirectoryLineEdit)

    def _check(self) -> str:
        """The field's own rule (format, length, phone…), as the clerk leaves the field."""
        return self.check_of(self.field, self.value)()

    @staticmethod
    def check_of(field: FieldSpec, read: Callable[[], Any]) -> Callable[[], str]:
        """core's word on what `read` gives for `field` (parse_value's message), or ""."""

        def check() -> str:
            try:
                parse_value(field, read())
            except ValidationError as exc:
                return display(exc.message)
            return ""

        return check

    @staticmethod
    def _make(field: FieldSpec, parent: QWidget) -> QWidget:
        if field.kind == LONGTEXT:
            edit = _LongText(parent)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            return edit
        if field.kind == CHOICE or (field.choices and not field.completer):
            combo = QComboBox(parent)
            combo.setEditable(field.free_choice)
            if not field.required:
                combo.addItem("", "")
            for choice in field.choice_list():  # shown translated, stored as declared
                combo.addItem(display(choice), choice)
            if field.required:
                require_choice(combo)  # chosen by the clerk, never a silent first entry
            return combo
        if field.kind in (INT, PERCENT):
            spin = QSpinBox(parent)
            low, high = field.bounds()  # the declared bounds, as `add` and import check them
            if field.kind == INT and not field.required:
                spin.setRange(low - 1, high)
                spin.setSpecialValueText(" ")  # the value below the minimum: "not given"
                spin.setValue(low - 1)
            else:
                spin.setRange(low, high)
            return spin
        if field.kind in (DATE, DATETIME):
            # typed as clerks write it, read by core; empty is "not given"
            return DateInput(parent, label=field.label, optional=not field.required,
                             with_time=field.kind == DATETIME)
        if field.kind == BOOL:
            return QCheckBox(parent)
        if field.completer:
            return DirectoryLineEdit(field.completer, parent)
        # no setMaxLength: Qt would drop the end of a paste without a word. The box keeps it all
        # and core's length check (measured after tidying: a 身份证号 typed with spaces) says
        # at the field what is too long, as it is typed and on saving.
        return QLineEdit(parent)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            index = w.currentIndex()
            if index >= 0 and w.itemText(index) == w.currentText():
                return w.itemData(index) if w.itemData(index) is not None else w.currentText()
            return w.currentText()
        if isinstance(w, QSpinBox):
            blank = bool(w.specialValueText()) and w.value() == w.minimum()
            return None if blank else w.value()
        if isinstance(w, DateInput):
            return w.typed()  # a date that does not read goes on as typed: core refuses it
        if isinstance(w, QCheckBox):
            return w.isChecked()
        return w.text()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QComboBox):
            text = "" if value is None else display_value(self.field, value, unmasked=True)
            index = w.findData(text)
            if index < 0:
                index = w.findText(text)
            if index >= 0:
                w.setCurrentIndex(index)
            elif w.isEditable():
                w.setEditText(text)
        elif isinstance(w, QSpinBox):
            w.setValue(w.minimum() if value is None else int(value))
        elif isinstance(w, DateInput):
            w.set_value(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        else:
            w.setText("" if value is None else display_value(self.field, value, unmasked=True))  # type: ignore[attr-defined]
            if isinstance(w, QLineEdit):
                w.setCursorPosition(0)  # a long title shows its start, not its end

    def show_error(self, message: str) -> None:
        self.error.setText(display(message))  # core's composed texts in the interface's language
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class _LongText(QPlainTextEdit):
    """A long text's box (备注, 内容): four lines to begin with; it grows only with the dialog."""

    LINES = 4

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * self.LINES + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom())
        return QSize(hint.width(), max(int(height), self.minimumHeight()))


class FieldsPanel(QWidget):
    """The fields of a spec in a form layout; reusable inside custom dialogs."""

    def __init__(
        self, spec: RegistrySpec, names: Sequence[str] | None = None, parent: QWidget | None = None,
        narrowed: dict[str, FieldSpec] | None = None,
    ) -> None:
        """`narrowed`: a field declared anew for this form (fewer choices)."""
        super().__init__(parent)
        self.spec = spec
        chosen = [spec.field(n) for n in names] if names else [f for f in spec.fields if f.editable]
        chosen = [(narrowed or {}).get(f.name, f) for f in chosen]
        self.inputs: dict[str, FieldInput] = {}
        self.captions: dict[str, QLabel] = {}  # each field's, its buddy: Alt+letter focuses it
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in chosen:
            field_input = FieldInput(field, self)
            self.inputs[field.name] = field_input
            caption = QCoreApplication.translate("fields", field.label)
            label = QLabel(("* " if field.required else "") + caption, self)
            label.setBuddy(field_input.widget)
            self.captions[field.name] = label
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field_input.widget)
            box.addWidget(field_input.error)
            form.addRow(label, box)

    def give_keys(self, dialog: QWidget) -> None:
        """Alt+letter for every field, as the hand-made forms have (会议名称(&M)): the dialog's
        buttons choose theirs first (保存 S, 取消 C, 登记 R keep their usual letters), the
        captions take the letters left (“* 来源(&E)”, “* S&ource”). Call it once the dialog's
        buttons are made."""
        give_keys(dialog, taken=())
        give_caption_keys(self.captions.values(), taken=keys_taken(dialog))

    def load(self, record: Any) -> None:
        for name, field_input in self.inputs.items():
            field_input.set_value(getattr(record, name, None))

    def load_defaults(self) -> None:
        for field_input in self.inputs.values():
            default = field_input.field.default_value()
            if default is not None:
                field_input.set_value(default)
            elif field_input.field.kind == DATE and field_input.field.required:
                field_input.set_value(clock.today())

    def values(self) -> dict[str, Any]:
        return {name: field_input.value() for name, field_input in self.inputs.items()}

    def changed_values(self, record: Any) -> dict[str, Any]:
        result = {}
        for name, field_input in self.inputs.items():
            new = field_input.value()
            old = getattr(record, name, None)
            if hasattr(old, "_meta"):
                old = getattr(old, "name", old)
            if (new or None) != (old if old != "" else None):
                result[name] = new
        return result

    def show_validation(self, exc: ValidationError) -> bool:
        """Put the message under its field; False when no field here matches."""
        for field_input in self.inputs.values():
            field_input.clear_error()
            # a date that still does not read stays marked, whatever core refused first
            if isinstance(field_input.widget, DateInput) and field_input.widget.problem():
                field_input.show_error(field_input.widget.problem())
        key = exc.field
        for name, field_input in self.inputs.items():
            if key in (name, field_input.field.label):
                field_input.show_error(exc.message)
                field_input.widget.setFocus()
                return True
        return False


@contextmanager
def waiting() -> Iterator[None]:
    """A wait cursor while a save runs on the GUI thread: another program holding the database
    makes it wait up to the busy timeout (10 s), which looked like a frozen window. Restored
    before any message about the save is shown."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # paint the cursor now, before the write blocks; no clicks are taken meanwhile
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        yield
    finally:
        QApplication.restoreOverrideCursor()


# a registry's question before a correction is saved: (dialog, record, changes, actor) -> save
# it; core's refusal of the correction (OfficeDeskError) is raised before anything is asked
SAVE_QUESTIONS: dict[str, Callable[[QWidget, Any, dict[str, Any], Any], bool]] = {
    "units": ask_unit_rename,  # a rename rewrites the posts and records naming the unit
}


class RecordFormDialog(FormDialog):
    """New or edit form for one record. `save(values) -> record` replaces the default save."""

    def __init__(
        self,
        ctx: Any,
        spec: RegistrySpec,
        record: Any = None,
        fields: Sequence[str] | None = None,
        title: str | None = None,
        save: Callable[[dict[str, Any]], Any] | None = None,
        parent: QWidget | None = None,
        required: Sequence[str] = (),
    ) -> None:
        """`required`: fields this form's save needs though the registry lets them be empty
        (登记 refuses a 收文 without 文种): marked *, chosen by the clerk, never blank."""
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.record = record
        self._save = save
        self.saved_record: Any = None
        self.setWindowTitle(title or form_title(spec, editing=record is not None))
        self.setAccessibleName(self.windowTitle())
        refused: str | None = None
        if record is not None:
            # a correction: what only a step changes is left to the step, and what core would
            # refuse this user on this record (core.corrections: personal data he may not see,
            # a 批示 taken from its source …) is left out; a record that takes none is shown
            # with the reason and nothing to save
            locked = corrections.locks(spec, record, ctx.actor)
            refused = locked.get(corrections.ALL)
            fields = [name for name in (fields or [f.name for f in spec.fields if f.editable])
                      if spec.field(name).correctable and name not in locked]
        narrowed = self._levels_offered(record) if not refused else {}
        for name in required:
            narrowed[name] = replace(narrowed.get(name, spec.field(name)), required=True)
        self.panel = FieldsPanel(spec, fields, self, narrowed=narrowed)
        if record is not None:
            self.panel.load(record)
        else:
            self.panel.load_defaults()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        self.general_error = error_label(self, self.tr("错误"))
        buttons = dialog_buttons(
            self, (Button.Save, self.tr("保存")), (Button.Cancel, self.tr("取消"))
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.panel.give_keys(self)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        # as tall as its fields (a long text a few lines, _LongText), no empty area under them;
        # a taller screen's clerk makes it taller and the long texts take the room
        frame = 2 * scroll.frameWidth() + layout.spacing() * 2 + sum(layout.getContentsMargins()[1::2])
        wanted = self.panel.sizeHint().height() + buttons.sizeHint().height() + frame
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        self.resize(560, min(wanted, 760, screen - 40))
        self.setup_form(self.try_save)
        if refused:
            self.general_error.setText(refused)
            self.general_error.show()
            buttons.button(Button.Save).setEnabled(False)

    def _levels_offered(self, record: Any) -> dict[str, FieldSpec]:
        """The 密级 box offers only the levels core lets this user give the record (a blank
        one, 非密, only where that is one of them)."""
        name = self.spec.level_field
        if name is None:
            return {}
        return {name: corrections.level_field(self.spec, record, self.ctx.actor)}

    def values(self) -> dict[str, Any]:
        return self.panel.values()

    def try_save(self) -> bool:
        self.general_error.hide()
        ask = SAVE_QUESTIONS.get(self.spec.name)
        try:
            if self.record is not None and self._save is None and ask is not None and not ask(
                    self, self.record, self.panel.changed_values(self.record), self.ctx.actor):
                return False  # the clerk said no: nothing saved, the form stays as typed
            with waiting():
                self.saved_record = self._write()
        except ValidationError as exc:
            if not self.panel.show_validation(exc):
                self.general_error.setText(display(exc.message))
                self.general_error.show()
            return False
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify_changed(self.spec.name)
        self.accept()
        return True

    def _write(self) -> Any:
        if self._save is not None:
            return self._save(self.values())
        if self.record is None:
            return records.create(self.spec, self.values(), self.ctx.actor)
        changes = self.panel.changed_values(self.record)
        if not changes:
            return self.record
        return records.update(
            self.spec, self.record.id, changes, self.record.version, self.ctx.actor
        )
