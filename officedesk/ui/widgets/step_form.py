"""One dialog for any procedure step, built from the step's declaration (core.steps.StepSpec):
its fields, whether it takes the day and the person, its help and time limit. It submits through
core.steps.perform, the same runner as `officedesk step`, so the approval chain (逐级负责), the
signature and 代录 / 代理 hold as on the command line. A refusal is shown next to the input it
concerns (or under the form) and everything typed stays.

A page that knows better first values fills them with `set_value`; `aliases` maps the field
names core's own checks give to the inputs here (`{"handler_unit": "unit"}`); `confirm(dialog)`
asks before a step that cannot be taken back is sent (False: nothing is sent). A page that
names the record's part the step is for (the selected task) shows those inputs `fixed` (sent,
not changeable: what it filled belongs to that part); `required` marks inputs this window
cannot leave empty though the step's declaration allows it (another way to say "as it is"
there), and `help_text` replaces the step's help where the window does it otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import chains, clock, records, responsibility, steps
from officedesk.core import registry as registries
from officedesk.core.cli_words import for_window
from officedesk.core.errors import OfficeDeskError, ProcedureError, ValidationError
from officedesk.core.fields import BOOL, CHOICE, DATE, DATETIME, LONGTEXT, FieldSpec
from officedesk.core.i18n import LIST_MARK, display, tr
from officedesk.ui.widgets.date_input import DateInput, date_words
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog, clear_on_edit, require_choice
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.mnemonics import give_dialog_keys
from officedesk.ui.widgets.pickers import DirectoryLineEdit

STEP_WIDTH = 540  # px: a step dialog's width, unless a hint asks for more
STEP_WIDTH_LIMIT = 900  # px: never wider than this for a hint (it is cut beyond)
HINT_PADDING = 16  # px: a box's frame and text margins around its hint


class _TextEdit(QPlainTextEdit):
    """A few lines high at first (a step with three long texts still fits a laptop's screen);
    it grows with the dialog."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().sizeHint()
        return QSize(hint.width(), 4 * self.fontMetrics().lineSpacing() + 12)


class SpecStepDialog(FormDialog):
    """`SpecStepDialog(actor, "petitions", record, "答复")`: fill, then `try_submit()`."""

    def __init__(self, actor: Any, registry: str, record: Any, step: str,
                 parent: QWidget | None = None, *, aliases: dict[str, str] | None = None,
                 confirm: Callable[[QWidget], bool] | None = None, fixed: tuple[str, ...] = (),
                 required: tuple[str, ...] = (), help_text: str | None = None) -> None:
        super().__init__(parent)
        self.actor, self.registry, self.record = actor, registry, record
        self.step = steps.procedure(registry).find(step)
        self.aliases = dict(aliases or {})
        self.confirm = confirm
        self.result_record: Any = None
        self.outcome: steps.StepOutcome | None = None
        spec = registries.get(registry)
        title = self.tr("%1：%2").replace("%1", tr(spec.label)).replace("%2", tr(self.step.name))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # as core offers them to this user (a 密级 only as he may give it)
        # a date this window requires drops what leaving it empty would mean (不填则不改)
        self.fields: dict[str, FieldSpec] = {
            f.name: (replace(f, required=True, placeholder="" if f.kind in (DATE, DATETIME) else f.placeholder)
                     if f.name in required else f)
            for f in steps.fields_offered(self.step, record, actor)}
        defaults = self.step.defaults_for(record, actor)  # as core offers it to this user
        # what the step changes, as it is now (延期's 时限, 修改任务's task): core's declaration
        defaults |= self.step.current_values(
            record, {k: defaults.get(k) for k in self.step.current_from})
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        which = record_line(spec, record)
        if which:  # which record the step is for, as the list shows it
            label = QLabel(which, self)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("办理对象"))
            layout.addWidget(label)
        limit = self.step.limit_text(record)
        own_help = help_text if help_text is not None else tr(for_window(self.step.help)) if self.step.help else ""
        intro = "\n".join(x for x in (own_help,
                                      limit and self.tr("时限：") + display(limit)) if x)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("说明"))
            layout.addWidget(label)
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget, bool]] = []
        # the person whose step it is: the step's own field (签发人, 核稿人 …) where it has one,
        # else 经办人 on a step that takes it (代录 names the holder there)
        self.person_key = ""
        own_person = steps.person_field_of(self.step)
        # left empty on a step of the approval chain, the runner signs it in the user's name
        signs_me = chains.enforced() and responsibility.in_chain(registry, self.step.name, record)
        # he does not hold the step and may only record it for its holder (代录): whom is asked
        # from the start — his own name (or a blank “本人”) was refused after the rest was typed
        for_someone = responsibility.records_for_someone(registry, self.step.name, record, actor)
        whom = self.tr("代录：填写办理人姓名（本步骤不由您办理）")
        for field in self.fields.values():
            widget = self._make(field, defaults.get(field.name))
            required = field.required
            if own_person is not None and field.name == own_person.name:
                self.person_key = field.name
                if not field.placeholder and isinstance(widget, QLineEdit):
                    if for_someone:
                        widget.setPlaceholderText(whom)
                        required = True
                    elif signs_me:
                        widget.setPlaceholderText(self.tr("留空即本人办理"))
            rows.append((field.name, tr(field.label), widget, required))
        if self.step.takes_on and not steps.has_own_date(self.fields.values()):
            # named as core's perform names it, so a refusal reads the same here and in `step`
            rows.append(("on", self.tr("日期"), self._date(clock.today(), label="办理日期"), False))
        self.entered_for = ""  # the key of 经办人 (a declared field may be called "person")
        if own_person is None and self.step.accepts_person(record):
            person = DirectoryLineEdit("people", self)
            if for_someone:
                person.setPlaceholderText(whom)
            else:
                person.setText(actor.label)
            self.entered_for = "person" if "person" not in self.fields else "entered_for"
            rows.append((self.entered_for, self.tr("经办人"), person, for_someone))
            self.person_key = self.entered_for
        for key, label_text, widget, required in rows:
            widget.setAccessibleName(label_text)
            widget.setObjectName(f"step_{key}")
            widget.setEnabled(key not in fixed)
            self.widgets[key] = widget
            self.errors[key] = error_label(self, label_text + self.tr("错误"))
            # a date is read by core as the clerk leaves it: a wrong one shows at once, in the
            # window's language (core's message, translated as the refusal on saving is)
            clear_on_edit(widget, self.errors[key],
                          (lambda w=widget: display(w.problem())) if isinstance(widget, DateInput)
                          else None)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[key])
            label = QLabel(("* " if required else "") + label_text, self)
            label.setBuddy(widget)
            form.addRow(label, box)
        layout.addLayout(form)
        self.fixed = fixed
        self._follow_current()
        self._follow_choices()
        self.general_error = error_label(self, self.tr("错误"))
        layout.addWidget(self.general_error)
        # the act on its button (取消会议, 办结, 退回 — never 确定), as the declaration names it
        buttons = dialog_buttons(self, (Button.Ok, tr(self.step.button_text)),
                                 (Button.Cancel, tr(self.step.keep) if self.step.keep else self.tr("取消")))
        self.ok_button = buttons.button(Button.Ok)
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        give_dialog_keys(self)  # the captions' letters widen them: before the width is measured
        # as tall as its contents at this width: no gaps between the notes and the fields; wider
        # when a hint in an empty box asks (the English 代录 hint was cut at 540)
        width = min(max(STEP_WIDTH, self._width_for_hints(form)), STEP_WIDTH_LIMIT)
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, self.sizeHint().height()))
        self.setup_form(self.try_submit)  # Enter moves on, Ctrl+Enter saves, Esc asks

    def _width_for_hints(self, form: QFormLayout) -> int:
        """The dialog's width at which every hint shown in an empty box reads whole beside
        the labels."""
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        label_width = max((item.widget().sizeHint().width() for item in labels
                           if item is not None and item.widget() is not None), default=0)
        hints = [0]
        for widget in self.widgets.values():
            box = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
            if box is None or not box.placeholderText():
                continue
            beside = max(widget.sizeHint().width() - box.sizeHint().width(), 0)
            # the buttons inside the box (a date's calendar) take their room from the hint's
            beside += sum(b.sizeHint().width() + 4 for b in box.findChildren(QToolButton)
                          if not b.isHidden())
            hints.append(box.fontMetrics().horizontalAdvance(box.placeholderText())
                         + HINT_PADDING + beside)
        margins = self.layout().contentsMargins()
        return (label_width + max(form.horizontalSpacing(), 6) + max(hints)
                + margins.left() + margins.right())

    def _follow_current(self) -> None:
        """When the part the step is for is chosen again (its task's 序号 or 单位), its
        current values are shown again, as core's declaration gives them."""
        for key in self.step.current_from:
            widget = self.widgets.get(key)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.show_current)
            elif isinstance(widget, QLineEdit):
                widget.editingFinished.connect(self.show_current)

    def _follow_choices(self) -> None:
        """An input used only with some choice of another (处理's 去向单位: 转送、交办; core's
        FieldSpec.used_when) is enabled only while that choice is made; what was typed in it stays
        for when it is chosen again, and is not sent meanwhile (core would refuse it)."""
        for key, field in self.fields.items():
            if field.used_when is None or key not in self.widgets:
                continue
            name, allowed = field.used_when
            chooser = self.widgets.get(name)
            if isinstance(chooser, QComboBox):
                chooser.currentIndexChanged.connect(self.show_used)
            self.widgets[key].setToolTip(self.tr("%1为“%2”时填写")
                                         .replace("%1", tr(self.fields[name].label) if name in self.fields else name)
                                         .replace("%2", display(LIST_MARK).join(display(c) for c in allowed)))
        self.show_used()

    def _used(self, key: str) -> bool:
        field = self.fields.get(key)
        if field is None or field.used_when is None or field.used_when[0] not in self.widgets:
            return True
        return field.used_with({field.used_when[0]: self.value(field.used_when[0])})

    def show_used(self) -> None:
        for key in self.widgets:
            if key in self.fields and self.fields[key].used_when is not None:
                self.widgets[key].setEnabled(self._used(key) and key not in self.fixed)

    def show_current(self) -> None:
        if self.step.current is None:
            return
        chosen = {k: self.value(k) for k in self.step.current_from if k in self.widgets}
        for key, value in self.step.current(self.record, chosen).items():
            if key in self.widgets and key not in chosen:  # an empty one shown empty
                self.set_value(key, "" if value is None else value)

    # ---- widgets from the field kinds
    def _date(self, value: dt.date | None, optional: bool = False, label: str = "",
              with_time: bool = False, blank: str = "") -> DateInput:
        # only what core declares is filled in: a required date or time without a default (批示
        # 日期, 电话报告时间) is a fact the clerk gives — "now" put there went on unread
        return DateInput(self, label=label, optional=optional, with_time=with_time, value=value, blank=blank)

    def _make(self, field: FieldSpec, default: Any) -> QWidget:
        default = field.default_value() if default is None else default
        if field.kind == LONGTEXT:
            text = _TextEdit(self)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70)
            text.setPlaceholderText(display(field.placeholder))
            if default:
                text.setPlainText(str(default))
            return text
        if field.kind == DATE:
            return self._date(default, optional=not field.required, label=field.label,
                              blank=date_words(field))
        if field.kind == DATETIME:
            return self._date(default, optional=not field.required, label=field.label, with_time=True,
                              blank=date_words(field))
        if field.kind == CHOICE:
            combo = QComboBox(self)
            if not field.required:
                combo.addItem("", "")
            for choice in field.choice_list():  # shown translated, sent as declared
                combo.addItem(display(choice), choice)
            if default is not None:
                self._choose(combo, default)
            elif field.required:
                # no default declared or given: the clerk chooses (a 处理方式 of 直接答复, the
                # first entry, went on unread with Ctrl+Enter), as in the registries' forms
                require_choice(combo)
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
        if isinstance(widget, DateInput):
            return widget.typed()  # a date that does not read goes on as typed: core refuses it
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return str(data) if data is not None else widget.currentText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.text().strip()  # type: ignore[attr-defined]

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        index = combo.findData(str(value))
        if index < 0:
            index = combo.findText(str(value))
        if index >= 0:
            combo.setCurrentIndex(index)

    def set_value(self, key: str, value: Any) -> None:
        """Fill an input (tests, and callers that know better defaults)."""
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, DateInput):
            widget.set_value(value or None)
        elif isinstance(widget, QComboBox):
            self._choose(widget, value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setText(str(value))  # type: ignore[attr-defined]

    def prefill(self, first: dict[str, Any]) -> None:
        """First values a page knows better (a leader, a unit, its remembered 机构代码) — never
        a required choice that core declares without a default (归档's 保管期限): a page's
        guess there (永久) was saved by a clerk who did not look; core refuses it left open."""
        for key, value in first.items():
            field = self.fields.get(key)
            if key not in self.widgets or value in (None, "") or (
                    field is not None and field.kind == CHOICE and field.required
                    and field.default_value() is None):
                continue
            self.set_value(key, value)

    def values(self) -> dict[str, Any]:
        return {key: self.value(key) if self._used(key) else "" for key in self.widgets}

    # ---- submit
    def _show(self, exc: OfficeDeskError) -> None:
        # a field's error, or the 经办人 a 代录 refusal waits for
        field = exc.field if isinstance(exc, (ValidationError, ProcedureError)) else None
        if field == "办理日期":  # perform's own name for the day (`on`)
            field = "on"
        if field in ("person", "on") and field not in self.widgets:
            field = self.person_key if field == "person" else None
        field = self.aliases.get(field or "", field)
        for key in self.widgets:
            spec = self.fields.get(key)
            if field and field in (key, spec.label if spec else key):
                self.errors[key].setText(display(exc.message))
                self.errors[key].show()
                self.widgets[key].setFocus()
                return
        self.general_error.setText(display(exc.message))
        self.general_error.show()

    def try_submit(self) -> bool:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        values = self.values()
        on = values.pop("on", None)
        person = values.pop(self.entered_for, "") if self.entered_for else ""
        if self.confirm is not None:  # the fields first: nothing is asked of a form refused
            try:
                steps.parse_step_values(self.step, self.record, values)
            except OfficeDeskError as exc:
                self._show(exc)
                return False
            if not self.confirm(self):
                return False
        try:
            self.outcome = steps.perform(self.registry, self.record.id, self.step.name, values,
                                         self.actor, on=on, person=person or None,
                                         version=self.record.version)
        except OfficeDeskError as exc:
            self._show(exc)
            return False
        # None when the step raised the 密级 above this user's clearance (the list drops it)
        self.result_record = records.get_if_visible(registries.get(self.registry), self.record.id,
                                                    self.actor)
        self.accept()
        return True


def record_line(spec: Any, record: Any) -> str:
    """The record's number and title (a masked title is left out)."""
    number = str(getattr(record, spec.number_field, "") or "") if spec.number_field else ""
    title = ""
    if spec.title_field:
        field = next((f for f in spec.fields if f.name == spec.title_field), None)
        if field is None or not field.sensitive:
            title = str(getattr(record, spec.title_field, "") or "")
    return f"{number}  {title}".strip()
