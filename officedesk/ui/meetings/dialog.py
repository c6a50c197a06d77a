"""新建 / 修改会议: the fields, the people, the agenda and the conflicts, shown before saving.

Errors appear next to their field and the dialog keeps everything typed. A room booked twice
must be changed; other conflicts (a small room, someone due elsewhere) may be saved with a
stated reason, which goes into the audit trail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import corrections, steps
from officedesk.core import meetings as core
from officedesk.core.directory import room_by_name
from officedesk.core.errors import ConflictError, OfficeDeskError, ValidationError
from officedesk.core.fields import parse_datetime
from officedesk.core.i18n import display
from officedesk.core.meetings import step_values
from officedesk.ui.meetings.editors import (
    AgendaEditor,
    PeopleEditor,
    add_pending,
    finish_editing,
)
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog, clear_on_edit, require_choice
from officedesk.ui.widgets.messages import error_label, info, show_error
from officedesk.ui.widgets.pickers import DirectoryLineEdit
from officedesk.ui.widgets.record_form import FieldInput


class MeetingDialog(FormDialog):
    def __init__(self, ctx: Any, meeting: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting = meeting
        self.saved_record: Any = None
        self.notice_outdated: Any = ""  # core's word that the notice sent out is now wrong
        self.leave_kept: Any = ""  # core's word that some asked leave for the old time
        self.added_after_notice: Any = ""  # core's word that some never got the notice sent
        self.setWindowTitle(self.tr("修改会议") if meeting is not None else self.tr("新建会议"))
        self.setAccessibleName(self.windowTitle())
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(name: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
            # in the interface's language, as the caption beside it (core's label is Chinese)
            named = display(core.SPEC.field(name).label) if name in core.FORM_FIELDS else label
            widget.setAccessibleName(named)
            widget.setObjectName(f"field_{name}")
            self.inputs[name] = widget
            caption = QLabel(("* " if required else "") + label, body)
            caption.setBuddy(widget)
            error = error_label(body, self.tr("%1错误").replace("%1", named))
            self.errors[name] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(caption, box)
            return widget

        # no setMaxLength: a paste past core's limit stays whole and core says so at the field
        self.title_edit = add("title", self.tr("会议名称(&M)"), QLineEdit(body), True)
        self.kind_combo = add("kind", self.tr("会议类型(&K)"), QComboBox(body), True)
        for kind in core.KINDS:  # shown in the interface's language, kept as declared
            self.kind_combo.addItem(display(kind), kind)
        require_choice(self.kind_combo)
        self.secrecy_combo = add("secrecy", self.tr("密级(&F)"), QComboBox(body))
        # only the levels core lets this user give the meeting (new: up to his clearance)
        allowed = corrections.level_choices(core.SPEC, meeting, ctx.actor)
        levels = [level for level in core.SPEC.field("secrecy").choice_list() if level in allowed]
        for level in levels:  # shown translated, kept as declared
            self.secrecy_combo.addItem(display(level), level)
        time_hint = self.tr("2026-12-03 09:00 或 2026年12月3日9时")
        self.start_edit = add("start", self.tr("开始时间(&T)"), QLineEdit(body), True)
        self.end_edit = add("end", self.tr("结束时间(&E)"), QLineEdit(body), True)
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(time_hint)
        self.place_edit = add("place", self.tr("地点(&P)"), DirectoryLineEdit("rooms", body))
        self.place_edit.setPlaceholderText(
            self.tr("会议室名称（拼音首字母可查）；其他地点按外部场所处理")
        )
        self.place_note = QLabel(body)
        self.place_note.setAccessibleName(self.tr("地点说明"))
        self.place_note.setStyleSheet("color: #7f6000;")
        form.addRow("", self.place_note)
        self.host_edit = add("host_unit", self.tr("主办单位(&U)"), DirectoryLineEdit("units", body))
        self.chair_edit = add("chair", self.tr("主持人(&H)"), DirectoryLineEdit("people", body))

        self.people: dict[str, PeopleEditor] = {}
        # each caption whole, so the English marks a letter of its words (&Attending), not “(A)”
        for role, key, caption_text in (
            (core.ROLE_ATTEND, "attendees_text", self.tr("出席人员(&A)")),
            (core.ROLE_NONVOTING, "nonvoting_text", self.tr("列席人员(&L)")),
            (core.ROLE_GUEST, "guests_text", self.tr("特邀人员(&G)")),
            (core.ROLE_OBSERVER, "observers_text", self.tr("旁听人员(&O)")),
        ):
            editor = PeopleEditor(role, body)
            self.people[key] = editor
            caption = QLabel(caption_text, body)
            caption.setBuddy(editor.edit)
            form.addRow(caption, editor)
            editor.changed.connect(self._schedule_check)
        self.podium_spin = QSpinBox(body)
        self.podium_spin.setAccessibleName(self.tr("主席台人数"))
        self.podium_spin.setRange(0, 99)
        self.podium_spin.setSpecialValueText(self.tr("自动"))
        form.addRow(self.tr("主席台人数"), self.podium_spin)

        self.agenda = AgendaEditor(body)
        agenda_caption = QLabel(self.tr("议程(&D)"), body)
        agenda_caption.setBuddy(self.agenda.topic)
        form.addRow(agenda_caption, self.agenda)

        # the notice's own number, printed on it (optional): under the agenda, with the notice's
        # other lines (报到, 报名, 材料, 联系人)
        self.doc_no_edit = add("doc_no", self.tr("发文字号"), QLineEdit(body))
        self.doc_no_edit.setPlaceholderText(self.tr("会议通知的发文字号，如 云委办发〔2026〕7号；可不填"))
        self.checkin_edit = add("checkin_time", self.tr("报到时间"), QLineEdit(body))
        self.deadline_edit = add("signup_deadline", self.tr("报名截止"), QLineEdit(body))
        for edit in (self.checkin_edit, self.deadline_edit):
            edit.setPlaceholderText(time_hint)
        self.materials_edit = add("materials", self.tr("材料要求"), QPlainTextEdit(body))
        self.contact_edit = add("contact", self.tr("联系人"), QLineEdit(body))
        self.phone_edit = add("contact_phone", self.tr("联系电话"), QLineEdit(body))
        self.note_edit = add("note", self.tr("备注"), QPlainTextEdit(body))
        for edit in (self.materials_edit, self.note_edit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(60)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.conflict_box = QGroupBox(self.tr("冲突检查"), self)
        self.conflict_box.setAccessibleName(self.tr("冲突检查"))
        self.conflict_label = QLabel(self.conflict_box)
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setAccessibleName(self.tr("冲突"))
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_edit = QLineEdit(self.conflict_box)
        self.reason_edit.setAccessibleName(self.tr("仍要保存的原因"))
        self.reason_edit.setPlaceholderText(
            self.tr("存在可协调的冲突时，写明仍要保存的原因（记入审计）")
        )
        self.reason_error = error_label(self.conflict_box, self.tr("原因错误"))
        box = QVBoxLayout(self.conflict_box)
        box.addWidget(self.conflict_label)
        box.addWidget(self.reason_edit)
        box.addWidget(self.reason_error)

        self.general_error = error_label(self, self.tr("错误"))
        self.buttons = dialog_buttons(
            self,
            (Button.Save, self.tr("保存(Ctrl+S)"), self.tr("保存")),
            (Button.Cancel, self.tr("取消")),
        )
        save = self.buttons.button(Button.Save)
        save.setAutoDefault(False)
        save.setDefault(False)
        self.buttons.button(Button.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(860, 800)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(300)
        self._check_timer.timeout.connect(self.check_conflicts)
        for edit in (self.start_edit, self.end_edit, self.place_edit):
            edit.textChanged.connect(self._schedule_check)
        self.place_edit.textChanged.connect(self._update_place_note)
        self.agenda.changed.connect(self._clear_agenda_error)

        if meeting is not None:
            self.load(core.draft_of(meeting, self.ctx.actor))
        self._update_place_note()
        self.check_conflicts()
        self.title_edit.setFocus()
        # Enter moves on (adds in the name and agenda boxes); Ctrl+Enter / Ctrl+S save
        self.setup_form(self.try_save)
        for name, widget in self.inputs.items():
            check, limit = None, None
            if name in ("start", "end", "checkin_time", "signup_deadline"):
                check = self._time_check(widget)  # type: ignore[arg-type]
            elif (name in core.FORM_FIELDS and isinstance(widget, QLineEdit)
                  and not isinstance(widget, DirectoryLineEdit)):
                field = core.SPEC.field(name)  # its length as core measures it, said at once
                check, limit = FieldInput.check_of(field, widget.text), field.length_limit()
            clear_on_edit(widget, self.errors[name], check, limit)

    @staticmethod
    def _time_check(edit: QLineEdit) -> Any:
        def check() -> str:
            try:
                parse_datetime(edit.text())
            except ValidationError as exc:
                return display(exc.message)
            return ""

        return check

    # ---- values
    def load(self, draft: core.MeetingDraft) -> None:
        for name, value in draft.values.items():
            widget = self.inputs.get(name)
            text = "" if value is None else str(value)
            if isinstance(widget, QComboBox):
                index = widget.findData(text)
                widget.setCurrentIndex(index if index >= 0 else max(0, widget.findText(text)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            elif isinstance(widget, QLineEdit):
                widget.setText(text)
        self.people["attendees_text"].set_entries(draft.attendees)
        self.people["nonvoting_text"].set_entries(draft.nonvoting)
        self.people["guests_text"].set_entries(draft.guests)
        self.people["observers_text"].set_entries(draft.observers)
        self.agenda.set_items(draft.agenda)
        self.podium_spin.setValue(draft.podium_count)

    def raw_values(self) -> dict[str, str]:
        values = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                data = widget.currentData()
                values[name] = str(data) if data is not None else widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            else:
                values[name] = widget.text()  # type: ignore[attr-defined]
        return values

    def draft(self, agenda: list[core.AgendaEntry] | None = None) -> core.MeetingDraft:
        if agenda is None:
            try:
                agenda = self.agenda.items()
            except ValidationError:
                agenda = []
        return core.MeetingDraft(
            values=self.raw_values(),
            attendees=list(self.people["attendees_text"].entries),
            nonvoting=list(self.people["nonvoting_text"].entries),
            guests=list(self.people["guests_text"].entries),
            observers=list(self.people["observers_text"].entries),
            agenda=agenda,
            podium_count=self.podium_spin.value(),
        )

    # ---- conflicts
    def _schedule_check(self, *_args: Any) -> None:
        self._check_timer.start()

    def _update_place_note(self, *_args: Any) -> None:
        place = self.place_edit.text().strip()
        if not place:
            self.place_note.setText("")
        elif room_by_name(place) is None:
            self.place_note.setText(
                self.tr("“%1”不是通讯录中的会议室，按外部场所处理，不做会议室冲突检查。").replace(
                    "%1", place
                )
            )
        else:
            room = room_by_name(place)
            self.place_note.setText(
                self.tr("会议室可坐 %1 人。").replace("%1", str(room.capacity))
                if room and room.capacity
                else ""
            )

    def check_conflicts(self) -> list[core.Conflict]:
        self._check_timer.stop()
        if not (self.start_edit.text().strip() and self.end_edit.text().strip()):
            # nothing to check yet: a green 未发现冲突 on an empty form said all clear
            self.conflicts = []
            self.conflict_label.setText(self.tr("填写开始和结束时间后检查冲突。"))
            self.conflict_label.setStyleSheet("")
            self.reason_edit.setEnabled(False)
            return []
        meeting_id = self.meeting.id if self.meeting is not None else None
        try:
            found = core.check_conflicts(self.draft(), meeting_id, self.ctx.actor)
        except OfficeDeskError as exc:
            self.conflict_label.setText(display(exc.message))
            return []
        self.conflicts = found
        if not found:
            self.conflict_label.setText(self.tr("未发现冲突。"))
            self.conflict_label.setStyleSheet("color: #1e7b34;")
        else:
            lines = []
            for c in found:
                mark = self.tr("【必须调整】") if c.blocking else self.tr("【可说明原因后保存】")
                # one pattern: English puts a space and a colon of its own (“[Must change] Room…: …”)
                lines.append(self.tr("%1%2：%3").replace("%1", mark).replace("%2", display(c.label))
                             .replace("%3", display(c.message)))
            self.conflict_label.setText("\n".join(lines))
            self.conflict_label.setStyleSheet("color: #c0392b;")
        has_soft = any(not c.blocking for c in found)
        self.reason_edit.setEnabled(has_soft)
        return found

    # ---- saving
    def _clear_errors(self) -> None:
        for label in [
            *self.errors.values(),
            self.general_error,
            self.reason_error,
            self.agenda.error,
        ]:
            label.hide()
        for editor in self.people.values():
            editor.clear_error()

    def _clear_agenda_error(self) -> None:
        self.agenda.error.hide()

    def show_validation(self, exc: ValidationError) -> None:
        key = exc.field or ""
        by_label = {core.SPEC.field(n).label: n for n in self.errors if n in core.FORM_FIELDS}
        key = by_label.get(key, key)
        if key in self.errors:
            self.errors[key].setText(display(exc.message))
            self.errors[key].show()
            self.inputs[key].setFocus()
        elif key in self.people or key in ("出席人员", "列席人员", "特邀人员", "旁听人员"):
            editor = (
                self.people.get(key)
                or self.people[
                    {
                        "出席人员": "attendees_text",
                        "列席人员": "nonvoting_text",
                        "特邀人员": "guests_text",
                        "旁听人员": "observers_text",
                    }[key]
                ]
            )
            editor.show_error(exc.message)
            editor.edit.setFocus()
        elif key in ("agenda_text", "议程"):
            self.agenda.error.setText(display(exc.message))
            self.agenda.error.show()
            self.agenda.table.setFocus()
        else:
            self.general_error.setText(display(exc.message))
            self.general_error.show()

    def try_save(self) -> bool:
        finish_editing(self.agenda.table)  # an agenda cell being typed in, as typed
        self._clear_errors()
        # a name or an agenda item typed and not yet added is added as Enter adds it, or the
        # save is refused as Enter refuses it, at its line: nothing typed is dropped unsaid
        if not add_pending(*(e.add_pending for e in self.people.values()), self.agenda.add_pending):
            return False
        try:
            agenda = self.agenda.items()
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        draft = self.draft(agenda)
        _values, errors = core.parse_draft(draft, self.meeting)
        if errors:
            for exc in reversed(errors):  # the first error keeps the focus
                self.show_validation(exc)
            return False
        found = self.check_conflicts()
        if any(c.blocking for c in found):
            self.errors["place"].setText(self.tr("会议室在这段时间已被占用，请换会议室或改时间。"))
            self.errors["place"].show()
            self.place_edit.setFocus()
            return False
        reason = self.reason_edit.text().strip()
        if found and not reason:
            self.reason_error.setText(
                self.tr("存在冲突，请写明仍要保存的原因，或调整时间、地点、人员。")
            )
            self.reason_error.show()
            self.reason_edit.setFocus()
            return False
        try:
            if self.meeting is None:
                self.saved_record = core.save_meeting(draft, self.ctx.actor, None, None, reason)
            else:  # 修改, the step: through core's runner like `officedesk step meetings ID 修改`
                outcome = steps.perform(
                    "meetings", self.meeting.id, "修改",
                    step_values.edit_values(draft, core.draft_of(self.meeting, self.ctx.actor)),
                    self.ctx.actor, force=reason if found else "", version=self.meeting.version)
                self.saved_record = core.get(self.meeting.id, self.ctx.actor)
                # core says when the notice already sent out no longer matches
                # kept as core gave it (a Text with its arguments), so display() translates it
                self.notice_outdated = outcome.extra.get("notice_outdated", "")
                self.leave_kept = outcome.extra.get("leave_kept", "")  # 请假 for the old time
                self.added_after_notice = outcome.extra.get("added_after_notice", "")
        except ConflictError as exc:
            self.check_conflicts()
            self.general_error.setText(display(exc.message))
            self.general_error.show()
            return False
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify_changed("meetings")
        self.accept()
        if self.notice_outdated:
            info(self.parentWidget(), self.tr("会议通知"), display(self.notice_outdated))
        if self.leave_kept:
            info(self.parentWidget(), self.tr("请假"), display(self.leave_kept))
        if self.added_after_notice:
            info(self.parentWidget(), self.tr("会议通知"), display(self.added_after_notice))
        return True
