"""The 信访 tab: the list with deadline lights and 重复件 marks, the selected petition's details
and history, the handling steps, the printed papers, figures."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, petitions, records, registry, steps
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.record_lists import Filter
from officedesk.core.step_offered import next_step
from officedesk.ui.petitions.detail import LIGHT_COLORS, describe, light_color, light_text
from officedesk.ui.petitions.register_dialog import RegistrationDialog
from officedesk.ui.petitions.stats_dialog import StatsDialog
from officedesk.ui.petitions.steps import STEP_DIALOGS
from officedesk.ui.widgets.fold_bar import FoldingBar
from officedesk.ui.widgets.history import HistoryDialog
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.list_focus import from_list
from officedesk.ui.widgets.list_tab import OneListTab
from officedesk.ui.widgets.menus import explain_disabled, set_refusal
from officedesk.ui.widgets.messages import choose, confirm, info, nothing_to_print, show_error
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.records_table import Column, RegistryListView
from officedesk.ui.widgets.step_buttons import allowed_steps, offer_step, offering
from officedesk.ui.widgets.step_form import SpecStepDialog
from officedesk.ui.widgets.step_pane import show_newest_step
from officedesk.ui.widgets.tab_order import list_first

EDITABLE_FIELDS = [
    "registered_on",
    "form",
    "people_count",
    "category",
    "content",
    "demand",
    "region",
    "receiver",
]
FORMS = {
    "petition-notice": "告知书",
    "petition-transfer": "转送单/交办单",
    "petition-reply": "答复意见书",
    "petition-extension": "延期告知书",
}
# each form's paper in core, which says whether this office prints it for the record now
FORM_PAPERS = {"petition-notice": "notice", "petition-transfer": "transfer", "petition-reply": "reply",
               "petition-extension": "extension"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("petitions", text)


def _repeat_text(record: Any) -> str:
    return _tr("重复件") if record.repeat_of else ""


class PetitionsTab(OneListTab, QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = petitions.SPEC
        self.setAccessibleName(self.tr("信访"))
        self.list = RegistryListView(
            ctx,
            self.spec,
            [
                # wide enough for its words (● Due soon in English)
                Column(self.tr("期限提示"), light_text, light_color, max(
                    70, *(self.fontMetrics().horizontalAdvance("● " + display(light)) + 16
                          for light in LIGHT_COLORS)), registry.LIGHT),
                Column(self.tr("重复"), _repeat_text, None, 60, registry.REPEAT),
            ],
            self,
        )
        today = clock.today()
        self.state_filter = self.list.add_filter_combo(
            self.tr("状态"),
            [
                (self.tr("全部"), []),
                (self.tr("在办"), [Filter("state", "in", petitions.OPEN_STATES)]),
                (
                    self.tr("逾期"),
                    [Filter("state", "in", petitions.OPEN_STATES), Filter("next_due", "lt", today)],
                ),
                (self.tr("已答复"), [Filter("state", "eq", petitions.REPLIED)]),
                (self.tr("已办结"), [Filter("state", "eq", petitions.CLOSED)]),
                (self.tr("重复件"), [Filter("repeat_of", "isnull", False)]),
            ],
        )
        self.form_filter = self.list.add_filter_combo(
            self.tr("形式"),
            [(self.tr("全部"), [])] + [(f, [Filter("form", "eq", f)]) for f in petitions.FORMS],
        )

        if ctx.actor.can_write:
            self.list.set_empty_actions(
                self.tr("还没有信访件。来信、来访、网上信访到达时，点“登记”。"),
                [(self.tr("登记第一件信访"), self.new_record)],
            )
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("信访详情"))
        self.detail.setOpenLinks(False)

        bar = FoldingBar(self)
        self.buttons: dict[str, QPushButton] = {}
        self.new_button = self._button(bar, self.tr("登记"), self.new_record)
        self.edit_button = self._button(bar, self.tr("更正"), self.edit_current)
        for step in (
            "处理",
            "告知",
            "办理",
            "延期",
            "答复",
            "答复送达",
            "复查申请",
            "复核申请",
            "复查复核答复",
            "办结",
        ):
            label = self.tr("复查/复核意见") if step == "复查复核答复" else self.tr(step)
            self.buttons[step] = self._button(bar, label, lambda _=False, s=step: self.run_step(s))
        self.repeat_button = self._button(bar, self.tr("标为重复件"), self.mark_repeat)
        # undone as it is done: a step of its own, its 理由 asked by the step's dialog
        self.buttons["取消重复件"] = self._button(bar, self.tr("取消重复件"),
                                              lambda _=False: self.run_step("取消重复件"))
        # a push button: its size takes in the menu arrow (a tool button's arrow overlapped the
        # last letter of "Print")
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setAccessibleName(self.tr("打印信访文书"))
        self.print_menu = QMenu(self.print_button)
        explain_disabled(self.print_menu)  # a greyed-out paper says why, to ↓ as to the mouse
        self.print_actions: dict[str, list[QAction]] = {}
        for name, label in FORMS.items():
            action = self.print_menu.addAction(self.tr(label))
            action.triggered.connect(lambda _=False, n=name: self.print_form(n))
            self.print_actions[name] = [action]
        if ctx.actor.may_see_sensitive:
            self.print_menu.addSeparator()
            for name, label in FORMS.items():
                action = self.print_menu.addAction(self.tr(label) + self.tr("（含完整身份信息）"))
                action.triggered.connect(lambda _=False, n=name: self.print_form(n, unmasked=True))
                self.print_actions[name].append(action)
        self.print_button.setMenu(self.print_menu)
        bar.addWidget(self.print_button)
        self.reveal_button = self._button(bar, self.tr("查看完整身份信息"), self.reveal_current)
        self.reveal_button.setVisible(ctx.actor.may_see_sensitive)
        self.supervise_button = self._button(bar, self.tr("转督查"), self.to_supervision)
        self.history_button = self._button(bar, self.tr("历史"), self.show_history)
        self.stats_button = self._button(bar, self.tr("统计"), self.show_stats)
        self.category_button = self._button(bar, self.tr("问题类别"), self.edit_categories)
        self.category_button.setVisible(ctx.actor.is_admin)
        bar.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # the pane's label column and a 信访编号 or date on one line (at 180 px they broke:
        # 信2026-0004 / 0, 2026-11-2 / 5), as the other registries' panes
        self.detail.setMinimumWidth(260)
        remember(ctx.settings, "petitions/splitter", splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        list_first(self, self.list, bar)  # find, filters, list, buttons; the details

        self.list.selection_changed.connect(self.update_current)
        self.list.activated.connect(lambda _id: self.open_next_step())
        ctx.registry_changed.connect(self._on_changed)
        self.update_current()

    def _button(self, bar: FoldingBar, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    # ------------------------------------------------------------ current record
    def current(self) -> Any | None:
        """The current row's petition, read for the user (none above his clearance)."""
        return records.shown(self.spec, self.list.current_id(), self.ctx.actor)

    def _on_changed(self, name: str) -> None:
        if name == self.spec.name:
            self.update_current()

    def allowed(self, record: Any | None) -> set[str]:
        """The steps core would let this user do now (the state, his role, his 岗位)."""
        return allowed_steps(self.spec.name, record, self.ctx.actor)

    def update_current(self) -> None:
        record = self.current()
        writable = self.ctx.actor.can_write
        with offering():
            allowed = self.allowed(record)
            for step, button in self.buttons.items():  # greyed out: core's reason in its tool tip
                offer_step(button, self.spec.name, step, record, self.ctx.actor, allowed)
                button.setVisible(writable)
            offer_step(self.repeat_button, self.spec.name, "标为重复件", record, self.ctx.actor, allowed)
            offer_step(self.supervise_button, self.spec.name, "转督查", record, self.ctx.actor, allowed)
        self.new_button.setVisible(writable)
        self.edit_button.setVisible(writable)
        self.edit_button.setEnabled(writable and record is not None)
        for button in (self.print_button, self.reveal_button, self.history_button):
            button.setEnabled(record is not None)
        if record is not None:
            for name, actions in self.print_actions.items():
                refusal = petitions.paper_refusal(FORM_PAPERS[name], record)
                for action in actions:
                    set_refusal(action, display(refusal))  # core's words, in the interface's language
        self.detail.setHtml(
            describe(record, self.ctx.actor)
            if record is not None
            else "<p>" + html.escape(self.tr("选择一件信访查看详情。")) + "</p>"
        )

    # ------------------------------------------------------------ actions
    @from_list
    def new_record(self) -> Any:
        dialog = RegistrationDialog(self.ctx, self)
        if dialog.exec() and dialog.saved_record is not None:
            self.list.refresh()
            self.list.select_record(dialog.saved_record.id)
            self.update_current()
        return dialog.saved_record

    def edit_dialog(self) -> RecordFormDialog | None:
        """更正 a registration's facts (not its petitioners' identity, not its handling)."""
        record = self.current()
        if record is None:
            return None
        return RecordFormDialog(
            self.ctx,
            self.spec,
            record=record,
            fields=EDITABLE_FIELDS,
            title=self.tr("更正信访登记"),
            parent=self,
        )

    @from_list
    def edit_current(self) -> None:
        dialog = self.edit_dialog()
        if dialog is not None and dialog.exec() and dialog.saved_record is not None:
            self.after_change(dialog.saved_record.id)

    def step_dialog(self, step: str):  # the dialog, not yet shown (tests fill and submit it)
        record = self.current()
        if record is None:
            return None
        return STEP_DIALOGS[step](self, self.ctx.actor, record)

    def open_next_step(self) -> Any:
        """Enter on a 信访: its details, and its next step as core offers it (处理 of one 待处理,
        答复 …), as Enter on a 公文 opens its; nothing more when only asides are offered."""
        self.update_current()
        record = self.current()
        if record is None or not self.ctx.actor.can_write:
            return None
        allowed = self.allowed(record)
        step = next_step(self.spec.name, record, [name for name in self.buttons if name in allowed])
        return self.run_step(step) if step is not None else None

    @from_list
    def run_step(self, step: str) -> Any:
        dialog = self.step_dialog(step)
        if dialog is None:
            return None
        if dialog.exec() and dialog.result_record is not None:
            self.after_change(dialog.result_record.id)
            show_newest_step(self.detail)  # the step just done, not the record's top
        return dialog.result_record

    def after_change(self, record_id: int) -> None:
        self.ctx.notify_changed(self.spec.name)
        self.list.model.invalidate(record_id)
        self.list.select_record(record_id)
        self.update_current()

    @from_list
    def mark_repeat(self) -> None:
        record = self.current()
        if record is None:
            return
        candidates = petitions.repeats_of_record(record, self.ctx.actor)
        if not candidates:
            info(self, self.tr("标为重复件"), self.tr("没有找到此前可能相同的信访件。"))
            return
        labels = [f"{c.number}  {c.registered_on}  {c.name}（{display(c.reason_text())}）"
                  f"{display(c.state_text())}" for c in candidates]
        chosen = choose(self, self.tr("标为重复件"), self.tr("选择原件："), labels,
                        ok=self.tr("标为重复件"))  # the button does the step: named so, not 确定
        if chosen is None:
            return
        original = candidates[labels.index(chosen)]
        try:  # the step 标为重复件, through core's runner (as `officedesk step petitions …`)
            steps.perform(self.spec.name, record.id, "标为重复件",
                          {"original": original.number or str(original.petition_id)},
                          self.ctx.actor, version=record.version)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.after_change(record.id)

    def print_form(self, name: str, unmasked: bool = False) -> bytes | None:
        ids = self.list.chosen_ids()
        if not ids:
            return None
        from officedesk.printing import forms
        from officedesk.ui.print_preview import record_file_name, show_pdf_preview

        form = forms.get(name)
        try:
            pdf = form.build(ids, self.ctx.actor, unmasked=unmasked)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        self.last_pdf = pdf
        record = self.current()
        file_name = record_file_name(form.label, record) if len(ids) == 1 and record else None
        preview = show_pdf_preview(self, pdf, form.label)
        if file_name and isinstance(preview, QDialog):
            preview.file_name = file_name  # what 另存为 suggests
        return pdf

    def print_current(self) -> None:
        """Ctrl+P / 文件 → 打印: the latest paper core lets this office print for the record
        (as the 打印 menu offers them); when there is none, each paper and why not."""
        record = self.current()
        if record is None:
            nothing_to_print(self)
            return
        # latest first: the 答复意见书, the 延期告知书, then the 告知书 once the petitioner was told, else the
        # 转送单/交办单 made at 处理
        order = ["petition-reply", "petition-extension", "petition-transfer", "petition-notice"]
        if record.notified_on:
            order[2:] = ["petition-notice", "petition-transfer"]
        refusals = {name: petitions.paper_refusal(FORM_PAPERS[name], record) for name in order}
        for name in order:
            if not refusals[name]:
                self.print_form(name)
                return
        lines = [f"{self.tr(FORMS[name])}：{display(refusals[name])}" for name in FORMS]
        info(self, self.tr("打印"),
             self.tr("这件信访暂无本机关可打印的文书：") + "\n" + "\n".join(lines))

    def reveal_current(self) -> dict | None:
        record = self.current()
        if record is None:
            return None
        try:
            shown = petitions.reveal(record.id, self.ctx.actor, purpose="界面查看")
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        # one pattern, its punctuation translated too (the English read “张三：ID card no. …，”)
        lines = [
            self.tr("%1：身份证号 %2，电话 %3，住址 %4")
            .replace("%1", p["name"]).replace("%2", p["id_number"] or "—")
            .replace("%3", p["phone"] or "—").replace("%4", p["address"] or "—")
            for p in shown["petitioners"]
        ]
        self.last_reveal = shown
        box = QDialog(self)
        box.setWindowTitle(self.tr("完整身份信息（已记录查看）"))
        box.setAccessibleName(self.tr("完整身份信息"))
        text = QPlainTextEdit("\n".join(lines), box)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("完整身份信息"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, box)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(box.reject)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(buttons)
        box.resize(560, 220)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        return shown

    def supervision_dialog(self) -> Any:
        """转督查 from its declaration (批示领导, 批示内容, 督查时限); it takes a 督查编号 at once,
        so it asks first, as 收文's 转督查 does."""
        record = self.current()
        if record is None:
            return None
        return SpecStepDialog(
            self.ctx.actor, self.spec.name, record, "转督查", self,
            confirm=lambda dialog: confirm(
                dialog,
                self.tr("转督查"),
                self.tr("把信访件 %1 转为督查事项吗？转后即编督查编号。").replace(
                    "%1", record.number),
            ),
        )

    @from_list
    def to_supervision(self) -> None:
        dialog = self.supervision_dialog()
        if dialog is None or not dialog.exec() or dialog.outcome is None:
            return
        self.ctx.notify_changed("supervision")
        self.after_change(dialog.record.id)
        number = dialog.outcome.extra.get("supervision_number") or dialog.outcome.extra.get(
            "supervision_id")
        info(self, self.tr("转督查"), self.tr("已转为督查事项：%1").replace("%1", str(number)))

    @from_list
    def show_history(self) -> None:
        """The audit trail: core masks the petitioners' personal data for roles that may not see
        it; those who may see it in full, and that view is audited."""
        record = self.current()
        if record is None:
            return
        if self.ctx.actor.may_see_sensitive:
            try:
                petitions.log_reveal(self.ctx.actor, [record.id], "查看修改记录")
            except OfficeDeskError as exc:
                show_error(self, exc)
                return
        HistoryDialog(self.spec.name, record.id, record.number, self, actor=self.ctx.actor).exec()

    def show_stats(self) -> QDialog:
        dialog = StatsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def edit_categories(self) -> None:
        from officedesk.ui.petitions.categories_dialog import CategoriesDialog

        CategoriesDialog(self.ctx.actor, self).exec()
