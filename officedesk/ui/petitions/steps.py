"""Dialogs of the handling steps: a few inputs, then the core step runs. An error is shown next
to the input it concerns and everything typed stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, petitions
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.pickers import DirectoryLineEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("petitions", text)


@dataclass
class Input:
    key: str  # the keyword of the core step, also the error field it answers to
    label: str
    kind: str = "line"  # line / text / date / choice / unit / person
    default: Any = None
    choices: Sequence[str] = ()
    aliases: Sequence[str] = ()  # further error field names shown under this input


class StepDialog(FormDialog):
    """`submit(values) -> record` runs the step; the dialog closes only when it succeeds."""

    def __init__(
        self,
        title: str,
        inputs: Sequence[Input],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.submit = submit
        self.result_record: Any = None
        self.inputs = list(inputs)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        for item in self.inputs:
            widget = self._make(item)
            widget.setAccessibleName(item.label)
            widget.setObjectName(f"step_{item.key}")
            self.widgets[item.key] = widget
            error = error_label(self, item.label + _tr("错误"))
            self.errors[item.key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(item.label, box)
        layout.addLayout(form)
        self.general_error = error_label(self, _tr("错误"))
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, (Button.Ok, _tr("确定")), (Button.Cancel, _tr("取消")))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 120 + 60 * len(self.inputs))
        self.setup_form(self.try_submit)

    def _make(self, item: Input) -> QWidget:
        if item.kind == "text":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(110)
            if item.default:
                edit.setPlainText(str(item.default))
            return edit
        if item.kind == "date":
            date = QDateEdit(self)
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.setDate(QDate(item.default or clock.today()))
            return date
        if item.kind == "choice":
            combo = QComboBox(self)
            combo.addItems(list(item.choices))
            if item.default:
                combo.setCurrentText(str(item.default))
            return combo
        edit = (
            DirectoryLineEdit("units" if item.kind == "unit" else "people", self)
            if item.kind in ("unit", "person")
            else QLineEdit(self)
        )
        if item.default:
            edit.setText(str(item.default))
        return edit

    def set_value(self, key: str, value: Any) -> None:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(str(value))
        else:
            widget.setText(str(value))  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):
                out[key] = widget.date().toPython()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            else:
                out[key] = widget.text()  # type: ignore[attr-defined]
        return out

    def _show_error(self, exc: ValidationError) -> None:
        for label in self.errors.values():
            label.hide()
        for item in self.inputs:
            if exc.field in (item.key, *item.aliases):
                self.errors[item.key].setText(exc.message)
                self.errors[item.key].show()
                self.widgets[item.key].setFocus()
                return
        self.general_error.setText(exc.message)
        self.general_error.show()

    def try_submit(self) -> bool:
        self.general_error.hide()
        try:
            self.result_record = self.submit(self.values())
        except ValidationError as exc:
            self._show_error(exc)
            return False
        except OfficeDeskError as exc:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return False
        self.accept()
        return True


def _today(record: Any) -> dt.date:
    return max(clock.today(), record.registered_on)


def decide_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    def submit(v: dict[str, Any]) -> Any:
        kwargs = {"on": v["on"], "person": v["person"], "content": v["content"]}
        if v["handling"] in ("转送", "交办"):
            kwargs["target_unit"] = v["target_unit"]
        if v["handling"] == "交办":
            kwargs["report_due"] = v["report_due"]
        if v["handling"] == "不予受理":
            kwargs["reason"] = v["reason"]
        return petitions.decide(record.id, record.version, actor, v["handling"], **kwargs)

    day = _today(record)
    report = petitions.due_after(day, petitions.spec_module.LIMIT_HANDLE)
    return StepDialog(
        _tr("处理信访事项"),
        [
            Input("handling", _tr("处理方式"), "choice", "转送", petitions.HANDLINGS),
            Input("target_unit", _tr("去向单位"), "unit", record.region if record.region else ""),
            Input("report_due", _tr("回报期限（交办）"), "date", report),
            Input("reason", _tr("不予受理理由"), "text"),
            Input("on", _tr("处理日期"), "date", day),
            Input("person", _tr("经办人"), "person", actor.label),
            Input("content", _tr("说明"), "line"),
        ],
        submit,
        parent,
        intro=_tr("转送、交办须写明去向单位；交办还须写明回报期限；不予受理须写明理由。"),
    )


def notify_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    rejected = record.handling == "不予受理"
    title = _tr("不予受理告知") if rejected else _tr("受理告知")
    return StepDialog(
        title,
        [
            Input("on", _tr("告知日期"), "date", _today(record)),
            Input("person", _tr("经办人"), "person", actor.label),
            Input("content", _tr("告知方式和内容"), "line", _tr("书面告知")),
        ],
        lambda v: petitions.notify(record.id, record.version, actor, **v),
        parent,
    )


def handle_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    return StepDialog(
        _tr("记录办理情况"),
        [
            Input("on", _tr("日期"), "date", _today(record)),
            Input("person", _tr("经办人"), "person", actor.label),
            Input("content", _tr("办理情况"), "text"),
        ],
        lambda v: petitions.handle(record.id, record.version, actor, **v),
        parent,
    )


def extend_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    return StepDialog(
        _tr("延期办理"),
        [
            Input("reason", _tr("延期理由"), "text"),
            Input("approver", _tr("批准人"), "person"),
            Input("on", _tr("日期"), "date", _today(record)),
            Input("person", _tr("经办人"), "person", actor.label),
        ],
        lambda v: petitions.extend(record.id, record.version, actor, **v),
        parent,
        intro=_tr("办理期限只能延长一次，不超过30日，须经批准并告知信访人。"),
    )


def reply_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    return StepDialog(
        _tr("答复信访人"),
        [
            Input("opinion", _tr("答复意见"), "text", aliases=("reply_opinion",)),
            Input("on", _tr("答复日期"), "date", _today(record)),
            Input("person", _tr("经办人"), "person", actor.label),
        ],
        lambda v: petitions.reply(record.id, record.version, actor, **v),
        parent,
    )


def review_request_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    kind = "复核" if record.review_kind == "复查" else "复查"
    return StepDialog(
        _tr("登记%1申请").replace("%1", kind),
        [
            Input("on", _tr("申请日期"), "date", _today(record)),
            Input("person", _tr("经办人"), "person", actor.label),
            Input("content", _tr("申请理由"), "line"),
        ],
        lambda v: petitions.request_review(record.id, record.version, actor, kind, **v),
        parent,
    )


def review_answer_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    return StepDialog(
        _tr("%1意见").replace("%1", record.review_kind or "复查"),
        [
            Input("opinion", _tr("意见"), "text", aliases=("review_opinion",)),
            Input("on", _tr("日期"), "date", _today(record)),
            Input("person", _tr("经办人"), "person", actor.label),
        ],
        lambda v: petitions.answer_review(record.id, record.version, actor, **v),
        parent,
    )


def close_dialog(parent: QWidget, actor: Any, record: Any) -> StepDialog:
    return StepDialog(
        _tr("办结"),
        [
            Input("on", _tr("办结日期"), "date", _today(record)),
            Input(
                "satisfaction",
                _tr("信访人满意度"),
                "choice",
                "",
                ("", "满意", "基本满意", "不满意"),
            ),
            Input("person", _tr("经办人"), "person", actor.label),
            Input("content", _tr("说明"), "line"),
        ],
        lambda v: petitions.close(record.id, record.version, actor, **v),
        parent,
    )


STEP_DIALOGS: dict[str, Callable[[QWidget, Any, Any], StepDialog]] = {
    "处理": decide_dialog,
    "告知": notify_dialog,
    "办理": handle_dialog,
    "延期": extend_dialog,
    "答复": reply_dialog,
    "复查申请": review_request_dialog,
    "复核申请": review_request_dialog,
    "复查复核答复": review_answer_dialog,
    "办结": close_dialog,
}
