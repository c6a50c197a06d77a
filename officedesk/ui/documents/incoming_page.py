"""收文 page: 签收 → 登记 → 初审 → 拟办 → 批办 → 承办 → 传阅 → 催办 → 办结 → 归档."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from officedesk.core import clock, settings
from officedesk.core.documents import incoming
from officedesk.core.documents.common import wenhao_correction
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display, text
from officedesk.ui.documents.page import DocumentPage
from officedesk.ui.documents.step_dialog import (
    CHOICE,
    DATE,
    DATETIME,
    INT,
    LINES,
    TEXT,
    Input,
    StepDialog,
)
from officedesk.ui.widgets.messages import confirm, show_error
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.records_table import Column

SIGN_IN_FIELDS = ["received_on", "from_org", "from_ref", "title", "secrecy", "urgency", "copies"]

RED, ORANGE = QColor("#f5b7b1"), QColor("#fad7a0")


def _holder_or_limit(record: Any) -> str:
    if record.state == incoming.CIRCULATING:
        current = incoming.holders(record.id)
        return display(text("%1 持有", "、".join(e.reader for e in current))) if current else ""
    if record.state == incoming.HANDLING and record.due_on:
        days = (record.due_on - clock.today()).days
        if days < 0:
            return display(text("逾期 %1 天", -days))
        return display("今日到期" if days == 0 else text("剩 %1 天", days))
    return ""


def _limit_color(record: Any) -> QColor | None:
    if record.state in incoming.OPEN_STATES and record.due_on:
        days = (record.due_on - clock.today()).days
        if days < 0:
            return RED
        if days <= int(settings.get("deadlines.due_soon_days")):
            return ORANGE
    return None


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
        super().__init__(
            ctx, [Column(self.tr("持有/时限"), _holder_or_limit, _limit_color, 100)], parent
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
        entries = incoming.circulation(record.id)
        if not entries:
            return ""
        rows = "".join(
            f"<tr><td>{e.seq}</td><td>{html.escape(e.reader)}</td><td>{e.sent_at:%Y-%m-%d %H:%M}</td>"
            f"<td>{e.read_at.strftime('%Y-%m-%d %H:%M') if e.read_at else self.tr('未阅')}</td></tr>"
            for e in entries
        )
        state = html.escape(incoming.state_text(record))
        return (
            f"<h4>{self.tr('传阅')}（{state}）</h4><table border='1' cellspacing='0' cellpadding='3'>"
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
            return incoming.sign_in(self._corrected(holder["dialog"], values), self.ctx.actor)

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
        record = self.current_record()
        if record is None:
            return None
        holder: dict[str, RecordFormDialog] = {}

        def save(values: dict[str, Any]) -> Any:
            return incoming.register_doc(
                record.id, record.version, self._corrected(holder["dialog"], values), self.ctx.actor
            )

        dialog = RecordFormDialog(
            self.ctx, self.spec, record=record, title=self.tr("收文登记"), save=save, parent=self
        )
        holder["dialog"] = dialog
        self.open_dialog(dialog)
        return dialog

    # ---- the steps
    def review_current(self) -> StepDialog | None:
        return self._step(
            self.tr("初审"),
            [Input("opinion", self.tr("初审意见"), TEXT, self.tr("符合要求"))],
            lambda r, v: incoming.review(r.id, r.version, self.ctx.actor, v["opinion"]),
        )

    def return_current(self) -> StepDialog | None:
        return self._step(
            self.tr("退回"),
            [Input("opinion", self.tr("退回理由"), TEXT, required=True)],
            lambda r, v: incoming.return_doc(r.id, r.version, self.ctx.actor, v["opinion"]),
        )

    def propose_current(self) -> StepDialog | None:
        return self._step(
            self.tr("拟办"),
            [
                Input("proposal", self.tr("拟办意见"), TEXT, required=True, fields=("proposal",)),
                Input(
                    "person", self.tr("拟办人"), completer="people", default=self.ctx.actor.label
                ),
            ],
            lambda r, v: self.perform("拟办", r, {"proposal": v["proposal"],
                                                 "person": v["person"]}),
        )

    def instruct_current(self) -> StepDialog | None:
        leader = self.ctx.actor.label if self.ctx.actor.role == "leader" else ""
        return self._step(
            self.tr("批办（领导批示）"),
            [
                Input(
                    "leader",
                    self.tr("批示领导"),
                    completer="people",
                    default=leader,
                    fields=("leader",),
                ),
                Input(
                    "instruction", self.tr("批示内容"), TEXT, required=True, fields=("instruction",)
                ),
                Input("at", self.tr("批示时间"), DATETIME),
            ],
            lambda r, v: self.perform("批办", r, {"leader": v["leader"],
                                                 "instruction": v["instruction"], "at": v["at"]}),
        )

    def assign_current(self) -> StepDialog | None:
        record = self.current_record()
        days = incoming.default_limit_days(record.urgency if record is not None else None)
        return self._step(
            self.tr("承办"),
            [
                Input(
                    "unit",
                    self.tr("承办单位"),
                    completer="units",
                    required=True,
                    fields=("handler_unit",),
                ),
                Input("person", self.tr("承办人"), completer="people"),
                Input("co_units", self.tr("协办单位（可多个，用“、”分隔）"), fields=("co_units",)),
                Input(
                    "days",
                    self.tr("办理时限（工作日）"),
                    INT,
                    days,
                    minimum=incoming.LIMIT_DAYS.bounds()[0],  # the declared bounds, as core's
                    maximum=incoming.LIMIT_DAYS.bounds()[1],
                    fields=("limit_days",),
                ),
            ],
            lambda r, v: incoming.assign(
                r.id,
                r.version,
                self.ctx.actor,
                v["unit"],
                v["person"],
                v["days"],
                co_units=v["co_units"] or "",
            ),
        )

    def circulate_current(self) -> StepDialog | None:
        return self._step(
            self.tr("传阅"),
            [
                Input(
                    "readers",
                    self.tr("传阅人（每行一位，按传阅顺序）"),
                    LINES,
                    required=True,
                    fields=("readers",),
                ),
                Input(
                    "mode",
                    self.tr("传阅方式"),
                    CHOICE,
                    self.tr("按顺序"),
                    choices=[self.tr("按顺序"), self.tr("同时分送")],
                ),
            ],
            lambda r, v: incoming.circulate(
                r.id,
                r.version,
                self.ctx.actor,
                v["readers"],
                parallel=v["mode"] == self.tr("同时分送"),
            ),
        )

    def mark_read_current(self) -> StepDialog | None:
        record = self.current_record()
        if record is None:
            return None
        pending = [e.reader for e in incoming.holders(record.id)]  # only who holds it may read
        return self._step(
            self.tr("阅"),
            [
                Input(
                    "reader",
                    self.tr("阅文人"),
                    CHOICE,
                    pending[0] if pending else "",
                    choices=pending,
                    fields=("reader",),
                ),
                Input("at", self.tr("阅毕时间"), DATETIME, fields=("at",)),
                Input("note", self.tr("阅文意见")),
            ],
            lambda r, v: incoming.mark_read(
                r.id, r.version, self.ctx.actor, v["reader"], v["at"], v["note"]
            ),
        )

    def remind_current(self) -> StepDialog | None:
        record = self.current_record()
        if record is None:
            return None
        target = record.handler_unit
        if record.state == incoming.CIRCULATING:
            current = incoming.holder(record.id)
            target = current.reader if current else target
        default = f"请{target}抓紧办理" + (
            f"，时限 {record.due_on.isoformat()}" if record.due_on else ""
        )
        return self._step(
            self.tr("催办"),
            [Input("opinion", self.tr("催办内容"), TEXT, default)],
            lambda r, v: incoming.remind(r.id, r.version, self.ctx.actor, v["opinion"]),
        )

    def finish_current(self) -> StepDialog | None:
        return self._step(
            self.tr("办结"),
            [
                Input("result", self.tr("办结结果"), TEXT, required=True, fields=("result",)),
                Input("day", self.tr("办结日期"), DATE),
            ],
            lambda r, v: incoming.finish(r.id, r.version, self.ctx.actor, v["result"], v["day"]),
        )

    def supervise_current(self) -> Any:
        record = self.current_record()
        if record is None:
            return None
        if not confirm(
            self,
            self.tr("转督查"),
            self.tr("把领导对“%1”的批示转为督查事项吗？").replace("%1", record.title),
        ):
            return None
        try:
            saved = incoming.to_supervision(record.id, record.version, self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        self.ctx.notify_changed("supervision")
        self.after_change(saved)
        return saved

    def print_current(self) -> Any:
        return self.print_form("incoming-slip")
