"""发文 page: 拟稿 → 核稿 → 会签 → 签发 → 复核 → 编号 → 印制 → 核发 → 归档."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from officedesk.core.documents import dispatch, outgoing, recheck
from officedesk.core.documents.common import lines
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.ui.documents.body_editor import BodyEditor
from officedesk.ui.documents.page import DocumentPage
from officedesk.ui.documents.step_dialog import (
    CHOICE,
    DATE,
    DATETIME,
    INT,
    LINES,
    TABLE,
    TEXT,
    Input,
)
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.record_form import FieldsPanel

# the draft's content beside the 正文, which has its own editor
DRAFT_FIELDS = [name for name in outgoing.CONTENT if name != "body"]


class DraftDialog(FormDialog):
    """拟稿 / 修改: the draft's fields beside the structured 正文 editor."""

    def __init__(self, ctx: Any, record: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.saved_record: Any = None
        title = self.tr("修改稿件") if record is not None else self.tr("拟稿")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.panel = FieldsPanel(outgoing.OUTGOING, DRAFT_FIELDS, self)
        self.body = BodyEditor(self)
        self.body_error = QLabel(self)
        self.body_error.setStyleSheet("color: #c0392b;")
        self.body_error.setAccessibleName(self.tr("正文错误"))
        self.body_error.hide()
        if record is not None:
            self.panel.load(record)
            self.body.set_text(record.body)
        else:
            self.panel.load_defaults()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("正文"), right))
        box.addWidget(self.body, 1)
        box.addWidget(self.body_error)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        self.general_error = error_label(self, self.tr("错误"))
        buttons = dialog_buttons(
            self, (Button.Save, self.tr("保存")), (Button.Cancel, self.tr("取消"))
        )
        buttons.accepted.connect(self.try_save)
        self.buttons = buttons
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(1100, 720)
        self.setup_form(self.try_save)  # Enter moves on; Ctrl+Enter saves

    def values(self) -> dict[str, Any]:
        values = self.panel.values()
        values["body"] = self.body.text()
        return values

    def try_save(self) -> bool:
        self.general_error.hide()
        self.body_error.hide()
        try:
            if self.record is None:
                self.saved_record = outgoing.draft(self.values(), self.ctx.actor)
            else:
                self.saved_record = outgoing.edit_draft(
                    self.record.id, self.record.version, self.values(), self.ctx.actor
                )
        except ValidationError as exc:
            if exc.field == "body":
                self.body_error.setText(exc.message)
                self.body_error.show()
            elif not self.panel.show_validation(exc):
                self.general_error.setText(exc.message)
                self.general_error.show()
            return False
        except OfficeDeskError as exc:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return False
        self.accept()
        return True


class OutgoingPage(DocumentPage):
    spec = outgoing.OUTGOING
    states = outgoing.STATES
    date_field = "doc_date"
    unit_field = "drafting_unit"
    new_text = "拟稿"
    empty_text = "还没有发文。起草第一份公文时，点“拟稿”。"
    hidden_in_detail = ("body",)
    print_forms = (("outgoing-draft", "打印发文稿纸"), ("document", "打印公文"))

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        self.setAccessibleName(self.tr("发文"))

    def step_handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "修改": self.edit_current,
            "核稿": self.check_current,
            "送会签": self.countersign_request,
            "会签": self.countersign_current,
            "协调": self.coordinate_current,
            "退回修改": self.send_back_current,
            "审核": self.review_current,
            "退回": self.return_current,
            "签发": self.sign_current,
            "复核": lambda: self.declared_step("复核"),
            "退回复审": lambda: self.declared_step("退回复审"),
            "编号": self.number_current,
            "印制": self.printed_current,
            "核发": self.distribute_current,
            "归档": self.archive_current,
        }

    def offered(self, record: Any) -> tuple[str, ...]:
        return self.allowed(record, outgoing.offered_steps(record))

    def update_state(self) -> None:
        super().update_state()
        record = self.current_record()
        self.print_buttons["document"].setEnabled(record is not None and bool(record.doc_no))

    def extra_html(self, record: Any) -> str:
        parts = []
        signs = outgoing.countersigns(record.id)
        if signs:
            rows = "".join(
                f"<tr><td>{html.escape(c.unit)}</td><td>{html.escape(c.person)}</td>"
                f"<td>{c.signed_at.strftime('%Y-%m-%d %H:%M') if c.signed_at else self.tr('待会签')}</td>"
                f"<td>{html.escape(c.answer)}</td><td>{html.escape(c.opinion)}</td>"
                f"<td>{html.escape(c.resolution)}</td></tr>"
                for c in signs
            )
            parts.append(
                f"<h4>{self.tr('会签')}</h4><table border='1' cellspacing='0' cellpadding='3'>{rows}</table>"
            )
        given = dispatch.distribution(record.id)
        if given:
            rows = "".join(
                f"<tr><td>{html.escape(d.recipient)}</td><td>{d.copies}</td>"
                f"<td>{f'{d.first_no:06d}–{d.last_no:06d}' if d.first_no else ''}</td></tr>"
                for d in given
            )
            parts.append(
                f"<h4>{self.tr('核发')}</h4><table border='1' cellspacing='0' cellpadding='3'>"
                f"<tr><th>{self.tr('单位')}</th><th>{self.tr('份数')}</th><th>{self.tr('份号')}</th></tr>"
                f"{rows}</table>"
            )
        return "".join(parts)

    # ---- 拟稿 / 修改
    def new_record(self) -> DraftDialog | None:
        if not self.ctx.actor.can_write:
            return None
        dialog = DraftDialog(self.ctx, None, self)
        self.open_dialog(dialog)
        return dialog

    def edit_current(self) -> DraftDialog | None:
        record = self.current_record()
        if record is None:
            return None
        dialog = DraftDialog(self.ctx, record, self)
        self.open_dialog(dialog)
        return dialog

    # ---- the steps
    def check_current(self) -> Any:
        return self._step(
            self.tr("核稿"),
            [
                Input(
                    "checker", self.tr("核稿人"), completer="people", default=self.ctx.actor.label
                ),
                Input("opinion", self.tr("核稿意见"), TEXT, self.tr("文字已核，格式规范")),
            ],
            lambda r, v: self.perform("核稿", r, {"checker": v["checker"],
                                                 "opinion": v["opinion"]}),
        )

    def review_current(self) -> Any:
        """审核 by the 分管 leader (a step of the approval chain)."""
        return self._step(
            self.tr("审核"),
            [Input("opinion", self.tr("审核意见"), TEXT, self.tr("同意"))],
            lambda r, v: self.perform("审核", r, {"opinion": v["opinion"]}),
        )

    def return_current(self) -> Any:
        """退回 to an earlier step of the approval chain, with the reason."""
        from officedesk.core import responsibility

        record = self.current_record()
        if record is None:
            return None
        earlier = responsibility.returnable("outgoing", record)
        return self._step(
            self.tr("退回"),
            [
                Input("target", self.tr("退回到"), CHOICE, earlier[-1] if earlier else "",
                      choices=earlier, fields=("target",)),
                Input("reason", self.tr("退回理由"), TEXT, required=True, fields=("reason",)),
            ],
            lambda r, v: self.perform("退回", r, {"target": v["target"], "reason": v["reason"]}),
        )

    def countersign_request(self) -> Any:
        return self._step(
            self.tr("送会签"),
            [
                Input(
                    "units",
                    self.tr("会签单位（每行一个）"),
                    LINES,
                    required=True,
                    fields=("units",),
                )
            ],
            lambda r, v: outgoing.send_countersign(r.id, r.version, self.ctx.actor, v["units"]),
        )

    def countersign_current(self) -> Any:
        record = self.current_record()
        if record is None:
            return None
        pending = [c.unit for c in outgoing.countersigns(record.id) if c.signed_at is None]
        return self._step(
            self.tr("会签"),
            [
                Input(
                    "unit",
                    self.tr("会签单位"),
                    CHOICE,
                    pending[0] if pending else "",
                    choices=pending,
                    fields=("unit",),
                ),
                Input(
                    "person",
                    self.tr("会签人"),
                    completer="people",
                    required=True,
                    fields=("person",),
                ),
                Input(
                    "answer",
                    self.tr("是否同意"),
                    CHOICE,
                    "同意",
                    choices=list(outgoing.COUNTERSIGN_ANSWERS),
                    fields=("answer",),
                ),
                Input("opinion", self.tr("会签意见"), default=self.tr("同意")),
                Input("at", self.tr("会签时间"), DATETIME, fields=("at",)),
            ],
            lambda r, v: outgoing.countersign(
                r.id,
                r.version,
                self.ctx.actor,
                v["unit"],
                v["person"],
                v["opinion"],
                v["at"],
                answer=v["answer"],
            ),
        )

    def coordinate_current(self) -> Any:
        """协调: the 签发人 resolves the units' 不同意 (else 签发 stays refused)."""
        return self._step(
            self.tr("协调"),
            [
                Input(
                    "signer",
                    self.tr("签发人"),
                    completer="people",
                    required=True,
                    fields=("signer",),
                ),
                Input("decision", self.tr("协调意见"), required=True, fields=("decision",)),
            ],
            lambda r, v: outgoing.coordinate(
                r.id, r.version, self.ctx.actor, v["signer"], v["decision"]
            ),
        )

    def send_back_current(self) -> Any:
        return self._step(
            self.tr("退回修改"),
            [Input("opinion", self.tr("退回理由"), TEXT, required=True, fields=("opinion",))],
            lambda r, v: outgoing.send_back(r.id, r.version, self.ctx.actor, v["opinion"]),
        )

    def sign_current(self) -> Any:
        record = self.current_record()
        leader = self.ctx.actor.label if self.ctx.actor.role == "leader" else ""
        if record is not None:  # after 退回复审: the original signer's 复审 is awaited
            leader = recheck.rereview_signer(record) or leader
        return self._step(
            self.tr("签发"),
            [
                Input(
                    "signer",
                    self.tr("签发人"),
                    completer="people",
                    default=leader,
                    required=True,
                    fields=("signer",),
                ),
                Input("opinion", self.tr("签发意见"), TEXT, self.tr("同意印发")),
                Input("day", self.tr("签发日期"), DATE, fields=("signed_on",)),
            ],
            lambda r, v: self.perform("签发", r, {"signer": v["signer"], "opinion": v["opinion"],
                                                 "signed_on": v["day"]}),
        )

    def number_current(self) -> Any:
        return self._step(
            self.tr("编号"),
            [
                Input(
                    "manual",
                    self.tr("发文字号（留空自动取号）"),
                    placeholder="如 X委办发〔2026〕7号",
                    fields=("doc_no",),
                )
            ],
            lambda r, v: outgoing.assign_number(r.id, r.version, self.ctx.actor, v["manual"]),
            intro=self.tr("发文字号现在从编号服务取得；手工填写的字号若已使用会被拒绝。"),
        )

    def printed_current(self) -> Any:
        record = self.current_record()
        if record is None:
            return None
        return self._step(
            self.tr("印制"),
            [
                Input(
                    "copies",
                    self.tr("印制份数"),
                    INT,
                    record.copies,
                    minimum=outgoing.OUTGOING.field("copies").bounds()[0],  # as core checks
                    maximum=outgoing.OUTGOING.field("copies").bounds()[1],
                    fields=("printed_copies",),
                ),
                Input("day", self.tr("印发日期"), DATE, fields=("print_date",)),
            ],
            lambda r, v: outgoing.mark_printed(
                r.id, r.version, self.ctx.actor, v["copies"], v["day"]
            ),
        )

    def distribute_current(self) -> Any:
        record = self.current_record()
        if record is None:
            return None
        classified = record.secrecy not in ("", "非密")
        rows = [[name, "", "", ""] for name in lines(record.main_to.replace("，", "\n"))][:20] or [
            ["", "", "", ""]
        ]
        intro = self.tr("密级文件须为每个单位填写份号范围（起止份号）。") if classified else ""

        def submit(r: Any, v: dict[str, Any]) -> Any:
            recipients = []
            for cells in v["rows"]:
                name, copies, first, last = (cells + ["", "", "", ""])[:4]
                try:
                    recipients.append(
                        dispatch.Recipient(
                            name,
                            int(copies or 0),
                            int(first) if first else None,
                            int(last) if last else None,
                        )
                    )
                except ValueError as exc:
                    raise ValidationError(
                        self.tr("“%1”一行的份数或份号不是数字。").replace("%1", name),
                        "distribution",
                    ) from exc
            return dispatch.distribute(r.id, r.version, self.ctx.actor, recipients)

        return self._step(
            self.tr("核发"),
            [
                Input(
                    "rows",
                    self.tr("分发名单"),
                    TABLE,
                    rows,
                    columns=[
                        self.tr("单位"),
                        self.tr("份数"),
                        self.tr("起始份号"),
                        self.tr("终止份号"),
                    ],
                    fields=("distribution",),
                )
            ],
            submit,
            intro=intro,
        )

    def print_current(self) -> Any:
        record = self.current_record()
        return self.print_form(
            "document" if record is not None and record.doc_no else "outgoing-draft"
        )
