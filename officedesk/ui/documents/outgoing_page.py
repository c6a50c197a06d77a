"""发文 page: 拟稿 → 核稿 → 会签 → 签发 → 复核 → 编号 → 印制 → 核发 → 归档."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, corrections, records, self_check, steps
from officedesk.core.documents import countersign, dispatch, outgoing, outgoing_spec, recheck
from officedesk.core.documents.common import lines
from officedesk.core.errors import CautionError, OfficeDeskError, ValidationError
from officedesk.core.i18n import display
from officedesk.ui.documents.body_editor import BodyEditor
from officedesk.ui.documents.page import DocumentPage
from officedesk.ui.documents.step_dialog import DATE, TABLE, Input
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog, clear_on_edit
from officedesk.ui.widgets.messages import error_label
from officedesk.ui.widgets.pickers import DirectoryLineEdit
from officedesk.ui.widgets.record_form import FieldsPanel

# the draft's content beside the 正文, which has its own editor
DRAFT_FIELDS = [name for name in outgoing_spec.CONTENT if name != "body"]


def distribution_text(rows: list[list[str]]) -> str:
    """The 分发 table's rows (单位, 份数, 起, 止) as 核发 takes them, one a line: 单位 份数 起-止;
    core checks them (份数 at least 1, a 份号 range for a classified document …)."""
    result = []
    for cells in rows:
        name, copies, first, last = ([c.strip() for c in cells] + ["", "", "", ""])[:4]
        if not name:
            raise ValidationError(
                QCoreApplication.translate("OutgoingPage", "分发名单中有一行没有填写单位。"),
                "distribution")
        if not all(n.isdigit() for n in (copies, first, last) if n):
            raise ValidationError(
                QCoreApplication.translate("OutgoingPage", "“%1”一行的份数或份号不是数字。")
                .replace("%1", name), "distribution")
        if bool(first) != bool(last):
            raise ValidationError(
                QCoreApplication.translate("OutgoingPage", "“%1”一行的份号要写起止两个号。")
                .replace("%1", name), "distribution")
        numbers = f"{first}-{last}" if first else ""
        result.append(" ".join(part for part in (name, copies or "0", numbers) if part))
    return "\n".join(result)


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
        # 拟稿 and 修改 offer only the 密级 core lets this user give the draft
        narrowed = {"secrecy": corrections.level_field(outgoing.OUTGOING, record, ctx.actor)}
        self.panel = FieldsPanel(outgoing.OUTGOING, DRAFT_FIELDS, self, narrowed)
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
        # 修改 is 拟稿 again in the approval chain: a clerk may record it for the drafter (代录)
        self.person: DirectoryLineEdit | None = None
        self.person_error: QLabel | None = None
        person_row = QFormLayout()
        if record is not None and steps.procedure("outgoing").find("修改").accepts_person(record):
            self.person = DirectoryLineEdit("people", self)
            self.person.setText(ctx.actor.label)
            self.person.setMaximumWidth(320)
            self.person.setAccessibleName(self.tr("经办人"))
            self.person_error = error_label(self, self.tr("经办人错误"))
            clear_on_edit(self.person, self.person_error)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(self.person)
            box.addWidget(self.person_error)
            label = QLabel(self.tr("经办人"), self)
            label.setBuddy(self.person)
            person_row.addRow(label, box)
        self.general_error = error_label(self, self.tr("错误"))
        buttons = dialog_buttons(
            self, (Button.Save, self.tr("保存")), (Button.Cancel, self.tr("取消"))
        )
        buttons.accepted.connect(self.try_save)
        self.buttons = buttons
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # 修改 by one who holds a later level (the 核稿 处长 after a 退回): told before he saves;
        # saving says it was heard (core refuses the step else: a caution met only at 保存 — a
        # 代录 naming him, posts changed meanwhile — is shown, and 保存 again does it)
        caution = (self_check.step_caution("outgoing", "修改", record, ctx.actor)
                   if record is not None else None)
        self.cautioned = bool(caution)
        if caution:
            note = QLabel(display(caution), self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #b9770e;")
            note.setAccessibleName(self.tr("注意"))
            layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addLayout(person_row)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(1100, 720)
        self.panel.give_keys(self)  # Alt+letter for its fields, after its buttons'
        self.setup_form(self.try_save)  # Enter moves on; Ctrl+Enter saves

    def values(self) -> dict[str, Any]:
        values = self.panel.values()
        values["body"] = self.body.text()
        return values

    def try_save(self) -> bool:
        self.general_error.hide()
        self.body_error.hide()
        if self.person_error is not None:
            self.person_error.hide()
        try:
            if self.record is None:
                self.saved_record = outgoing.draft(self.values(), self.ctx.actor)
            else:  # 修改, the step: through the runner like `officedesk step … 修改`
                person = self.person.text().strip() if self.person is not None else ""
                steps.perform("outgoing", self.record.id, "修改", self.values(), self.ctx.actor,
                              person=person or None, version=self.record.version,
                              cautioned=self.cautioned)
                # None when the 修改 raised the 密级 above this user's clearance
                self.saved_record = records.get_if_visible(outgoing.OUTGOING, self.record.id,
                                                           self.ctx.actor)
        except CautionError as exc:  # heard now: 保存 again does it
            self.cautioned = True
            self.general_error.setText(display(exc.message))
            self.general_error.show()
            return False
        except ValidationError as exc:
            if exc.field == "body":
                self.body_error.setText(display(exc.message))
                self.body_error.show()
            elif exc.field == "person" and self.person_error is not None:
                self.person_error.setText(display(exc.message))
                self.person_error.show()
            elif not self.panel.show_validation(exc):
                self.general_error.setText(display(exc.message))
                self.general_error.show()
            return False
        except OfficeDeskError as exc:
            self.general_error.setText(display(exc.message))
            self.general_error.show()
            return False
        self.accept()
        return True


class OutgoingPage(DocumentPage):
    spec = outgoing.OUTGOING
    states = outgoing_spec.STATES
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

    def _unanswered(self, record: Any, row: Any) -> str:
        # as the 稿纸 says it: one taken back by 退回修改 is no longer awaited
        if countersign.awaited(record, row):
            return self.tr("待会签")
        return self.tr("未会签（会签中退回修改，未再送会签）")

    def _answered(self, record: Any, row: Any, edited: bool) -> str:
        # as the 稿纸 says it: an answer given to the text before a 修改 is no 会签 of this one
        at = row.signed_at.strftime("%Y-%m-%d %H:%M")
        if countersign.answered_before_edit(record, row, edited):
            return at + "<br>" + html.escape(self.tr("未会签修改后的稿件（退回修改后未再送会签）"))
        return at

    def extra_html(self, record: Any) -> str:
        parts = []
        signs = outgoing.countersigns(record.id, self.ctx.actor)
        if signs:
            edited = countersign.edited_since_sent(record.id)
            rows = "".join(
                f"<tr><td>{html.escape(c.unit)}</td><td>{html.escape(c.person)}</td>"
                f"<td>{self._answered(record, c, edited) if c.signed_at else self._unanswered(record, c)}</td>"
                f"<td>{html.escape(c.answer)}</td><td>{html.escape(c.opinion)}</td>"
                f"<td>{html.escape(c.resolution)}</td></tr>"
                for c in signs
            )
            parts.append(
                f"<h4>{self.tr('会签')}</h4><table border='1' cellspacing='0' cellpadding='3'>{rows}</table>"
            )
        given = dispatch.distribution(record.id, self.ctx.actor)
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

    # ---- the steps: each from its declaration, through the step runner
    def check_current(self) -> Any:
        return self.declared_step("核稿", {"opinion": self.tr("文字已核，格式规范")})

    def review_current(self) -> Any:
        """审核 by the 分管 leader (a step of the approval chain)."""
        return self.declared_step("审核", {"opinion": self.tr("同意")})

    def return_current(self) -> Any:
        """退回 to an earlier step of the approval chain, with the reason."""
        return self.declared_step("退回")

    def countersign_request(self) -> Any:
        return self.declared_step("送会签")

    def countersign_current(self) -> Any:
        return self.declared_step("会签", {"opinion": self.tr("同意")})

    def coordinate_current(self) -> Any:
        """协调: the 签发人 resolves the units' 不同意 (else 签发 stays refused)."""
        return self.declared_step("协调")

    def send_back_current(self) -> Any:
        """退回修改: back to the drafter, who then finds it in his 我的待办."""
        return self.declared_step("退回修改", aliases={"opinion": "reason"})

    def sign_current(self) -> Any:
        def first(record: Any) -> dict[str, Any]:
            leader = self.ctx.actor.label if self.ctx.actor.role == "leader" else ""
            # after 退回复审 the declaration names the original signer, whose 复审 is awaited
            return {"signer": recheck.rereview_signer(record) or leader,
                    "opinion": self.tr("同意印发")}

        return self.declared_step("签发", first)

    def number_current(self) -> Any:
        return self.declared_step("编号", aliases={"doc_no": "manual"})

    def printed_current(self) -> Any:
        return self.declared_step(
            "印制", lambda r: {"copies": r.copies}, aliases={"printed_copies": "copies"}
        )

    def distribute_current(self) -> Any:
        """核发: the 分发 as a table (单位, 份数, 份号); sent as the declaration's text."""
        record = self.current_record()
        if record is None:
            return None
        classified = record.secrecy not in ("", "非密")
        rows = [[name, "", "", ""] for name in lines(record.main_to.replace("，", "\n"))][:20] or [
            ["", "", "", ""]
        ]
        intro = self.tr("密级文件须为每个单位填写份号范围（起止份号）。") if classified else ""

        def submit(r: Any, v: dict[str, Any]) -> Any:
            return self.perform("核发", r, {"distribution": distribution_text(v["rows"])},
                                on=v["on"])

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
                ),
                # the day it was sent out (a 核发 entered later from the paper), not after today
                Input("on", self.tr("日期"), DATE, clock.today(), fields=("on",)),
            ],
            submit,
            intro=intro,
        )

    def print_options(self, name: str, ids: list[int]) -> dict[str, Any] | None:
        """A classified 公文 is printed copy by copy, each with its own 份号, as `print document
        --copies N / --copy K / --all-copies`: of one document the clerk gives the 份数 (as 印制
        recorded it, else the draft's) or one 份号 to reprint; of several each gets all its
        copies. None: the clerk cancelled."""
        from officedesk.printing import forms, outgoing_document, secrecy

        if "copies" not in forms.get(name).options:
            return {}
        chosen = [records.get_if_visible(outgoing.OUTGOING, i, self.ctx.actor) for i in ids]
        classified = [r for r in chosen if r is not None and secrecy.level_of(r)]
        if not classified:
            return {}
        if len(ids) > 1:
            return {"all_copies": True}
        return self.ask_copies(outgoing_document.default_copies(classified[0]))

    def ask_copies(self, default: int) -> dict[str, Any] | None:
        from officedesk.ui.widgets.copies import ask_copy_options

        return ask_copy_options(
            self, self.tr("印制份数"),
            self.tr("涉密公文逐份编份号。印制份数（默认为印制登记的份数），或只补印其中一份："),
            default, reprint=True,
        )

    def print_current(self) -> Any:
        record = self.current_record()
        return self.print_form(
            "document" if record is not None and record.doc_no else "outgoing-draft"
        )
