"""收文 page: 签收 → 登记 → 初审 → 拟办 → 批办 → 承办 → 传阅 → 催办 → 办结 → 归档."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QFormLayout, QVBoxLayout, QWidget

from officedesk.core import clock, registry
from officedesk.core.documents import circulation, deadlines, incoming
from officedesk.core.documents.common import wenhao_correction
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import display, text
from officedesk.ui.documents.page import DocumentPage
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.messages import confirm
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.records_table import Column

SIGN_IN_FIELDS = ["received_on", "from_org", "from_ref", "title", "secrecy", "urgency", "copies"]

RED, ORANGE = QColor("#f5b7b1"), QColor("#fad7a0")


def _holder_or_limit(record: Any) -> str:
    if record.state == incoming.CIRCULATING:
        return display(circulation.holder_words(record.id))  # several: “张三等2人持有”
    return display(deadlines.limit_words(record))


def _every_holder(record: Any) -> str:
    """The cell's tool tip: every holder named (the cell names the first of several)."""
    if record.state == incoming.CIRCULATING:
        return display(circulation.holder_words(record.id, whole=True))
    return display(deadlines.limit_words(record))


def _limit_color(record: Any) -> QColor | None:
    return {deadlines.OVERDUE: RED, deadlines.SOON: ORANGE}.get(deadlines.limit_light(record))


class IncomingPage(DocumentPage):
    spec = incoming.INCOMING
    states = incoming.STATES
    date_field = "received_on"
    unit_field = "handler_unit"
    new_text = "签收"
    empty_text = "还没有收文。收到第一份来文时，点“签收”登记它，它会得到收文编号。"
    print_forms = (
        ("incoming-slip", "打印收文处理笺"),
        ("circulation", "打印传阅单"),
        ("incoming-reminder", "打印催办单"),
    )

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        # wide enough for a 时限 in words at two digits (in English “15 working days…” was cut)
        # and for the holders of a 分送 with a four-character name (“欧阳明华等3人持有”)
        metrics = QFontMetrics(QApplication.font())  # before the widget is made
        samples = [display(text(words, 99)) for words in ("剩 %1 个工作日", "逾期 %1 个工作日")]
        samples += [display(text("%1等%2人持有", "欧阳明华", 9)), display(text("%1 持有", "欧阳明华"))]
        width = max(100, *(metrics.horizontalAdvance(sample) + 16 for sample in samples))
        super().__init__(
            ctx, [Column(self.tr("持有/时限"), _holder_or_limit, _limit_color, width, registry.LIGHT,
                         tip=_every_holder)],
            parent,
        )
        self.setAccessibleName(self.tr("收文"))

    def step_handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "登记": self.register_current,
            "初审": self.review_current,
            "退回": self.return_current,
            "拟办": self.propose_current,
            "批办": self.instruct_current,
            "承办": self.assign_current,
            "传阅": self.circulate_current,
            "阅": self.mark_read_current,
            "催办": self.remind_current,
            "办结": self.finish_current,
            "转督查": self.supervise_current,
            "归档": self.archive_current,
        }

    def offered(self, record: Any) -> tuple[str, ...]:
        return self.allowed(record, incoming.offered_steps(record))

    def extra_html(self, record: Any) -> str:
        entries = incoming.circulation(record.id, self.ctx.actor)
        if not entries:
            return ""
        rows = "".join(
            f"<tr><td>{e.seq}</td><td>{html.escape(e.reader)}</td><td>{e.sent_at.strftime('%Y-%m-%d %H:%M') if e.sent_at else ''}</td>"
            f"<td>{e.read_at.strftime('%Y-%m-%d %H:%M') if e.read_at else self.tr('未阅')}</td></tr>"
            for e in entries
        )
        heading = self.tr("%1（%2）").replace("%1", self.tr("传阅")).replace("%2", display(incoming.state_text(record)))
        return (
            f"<h4>{html.escape(heading)}</h4><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr><th>{self.tr('序号')}</th><th>{self.tr('传阅人')}</th><th>{self.tr('送阅时间')}</th>"
            f"<th>{self.tr('阅毕时间')}</th></tr>{rows}</table>"
        )

    # ---- 签收 and 登记 (the registry's own form)
    def _corrected(self, dialog: RecordFormDialog, values: dict[str, Any]) -> dict[str, Any]:
        """Offer the proper 〔〕 form of a 来文字号 typed with [] or ()."""
        typed = str(values.get("from_ref") or "")
        fixed = wenhao_correction(typed)
        if fixed and confirm(
            dialog,
            self.tr("来文字号"),
            self.tr("“%1”应写作“%2”（六角括号〔〕，不加“第”，不编虚位）。改正吗？")
            .replace("%1", typed)
            .replace("%2", fixed),
        ):
            values["from_ref"] = fixed
            dialog.panel.inputs["from_ref"].set_value(fixed)
        return values

    def new_record(self) -> RecordFormDialog | None:
        if not self.ctx.actor.can_write:
            return None
        holder: dict[str, RecordFormDialog] = {}

        def save(values: dict[str, Any]) -> Any:
            values = self._corrected(holder["dialog"], values)
            before = incoming.registered_before(str(values.get("from_org") or ""),
                                                str(values.get("from_ref") or ""), self.ctx.actor)
            if before and not confirm(
                holder["dialog"], self.tr("重复登记？"),
                self.tr("已登记过来文字号相同的收文：%1。同一份来文登记两次会被重复办理和统计。"
                        "仍要签收吗？").replace("%1", "、".join(before))):
                raise ValidationError(self.tr("没有签收：与已登记的收文相同。"))
            return incoming.sign_in(values, self.ctx.actor)

        dialog = RecordFormDialog(
            self.ctx,
            self.spec,
            fields=SIGN_IN_FIELDS,
            title=self.tr("收文签收"),
            save=save,
            parent=self,
        )
        holder["dialog"] = dialog
        self.open_dialog(dialog)
        return dialog

    def register_current(self) -> RecordFormDialog | None:
        """登记: the registry's own form over the step's fields, saved through the step runner,
        with the day it was registered (a 登记 entered later from the paper: its own day)."""
        from officedesk.core import steps

        record = self.current_record()
        if record is None:
            return None
        holder: dict[str, RecordFormDialog] = {}
        step = steps.procedure(self.spec.name).find("登记")
        day = DateInput(self, label=self.tr("登记日期"), value=clock.today())
        day.setAccessibleName(self.tr("登记日期"))
        day.setObjectName("register_day")

        def save(values: dict[str, Any]) -> Any:
            return self.perform("登记", record, self._corrected(holder["dialog"], values),
                                on=day.value())  # a day that does not read: core's refusal

        dialog = RecordFormDialog(
            self.ctx,
            self.spec,
            record=record,
            fields=[f.name for f in step.fields],
            title=self.tr("收文登记"),
            save=save,
            parent=self,
            # core's 登记 refuses a document without 文种 (incoming.register_doc): asked as
            # such, not found out by a refusal after the rest was typed
            required=() if record.kind else ("kind",),
        )
        holder["dialog"] = dialog
        row = QFormLayout()
        row.addRow(self.tr("登记日期"), day)
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(1, row)  # under the fields, above the errors and buttons
        # and Tab reaches it there, after the last field: added to the finished form, it came
        # after 保存 and 取消
        QWidget.setTabOrder(list(dialog.panel.inputs.values())[-1].widget, day)
        if not record.kind and "kind" in dialog.panel.inputs:
            # the one thing 登记 asks that 签收 did not: the focus starts there, not on the
            # 收文日期 already filled (the clerk tabbed four fields to reach it)
            dialog.panel.inputs["kind"].widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.open_dialog(dialog)
        return dialog

    # ---- the steps: each from its declaration, through the step runner
    def review_current(self) -> Any:
        return self.declared_step("初审", {"opinion": self.tr("符合要求")})

    def return_current(self) -> Any:
        return self.declared_step("退回")

    def propose_current(self) -> Any:
        return self.declared_step("拟办")

    def instruct_current(self) -> Any:
        leader = self.ctx.actor.label if self.ctx.actor.role == "leader" else ""
        return self.declared_step("批办", {"leader": leader})

    def assign_current(self) -> Any:
        return self.declared_step(
            "承办",
            lambda r: {"days": incoming.default_limit_days(r.urgency)},
            aliases={"handler_unit": "unit", "limit_days": "days"},
        )

    def circulate_current(self) -> Any:
        return self.declared_step("传阅")

    def mark_read_current(self) -> Any:
        return self.declared_step("阅")

    def remind_current(self) -> Any:
        return self.declared_step("催办", lambda record: {"opinion": incoming.reminder_text(record)})

    def finish_current(self) -> Any:
        return self.declared_step("办结")

    def supervise_current(self) -> Any:
        """转督查: the dialog asks the 督查时限; the item takes its 督查编号 when it is sent, so
        it asks first."""
        return self.declared_step(
            "转督查",
            after=lambda _d: self.ctx.notify_changed("supervision"),
            confirm=lambda dialog: confirm(
                dialog,
                self.tr("转督查"),
                self.tr("把领导对“%1”的批示转为督查事项吗？").replace("%1", dialog.record.title),
            ),
        )

    def print_current(self) -> Any:
        return self.print_form("incoming-slip")
