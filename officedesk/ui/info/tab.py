"""The 信息 tab: the list with the sudden events' report clocks, the selected item's original
and edited text and history, the steps (the one generic step dialog over core/info/steps_spec),
续报, the printed papers, the periodicals' issues and the ranking."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import info, records, registry
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display, text
from officedesk.core.info import awaited, first_reports, procedure, sudden
from officedesk.core.info.history import own_words
from officedesk.core.info.receipt import receipt_refusal
from officedesk.core.record_lists import Filter
from officedesk.core.summary_texts import read_value
from officedesk.ui.info.dialogs import IssuesDialog, RankingDialog
from officedesk.ui.widgets.fold_bar import FoldingBar
from officedesk.ui.widgets.history import HistoryDialog
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.list_focus import from_list
from officedesk.ui.widgets.list_tab import OneListTab
from officedesk.ui.widgets.menus import explain_disabled, set_refusal
from officedesk.ui.widgets.messages import nothing_to_print, show_error
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.records_table import Column, RegistryListView
from officedesk.ui.widgets.step_buttons import allowed_steps, offer_step, offering
from officedesk.ui.widgets.step_form import SpecStepDialog
from officedesk.ui.widgets.step_pane import newest_mark, show_newest_step
from officedesk.ui.widgets.tab_order import list_first

STEPS = ("接收", "初审", "编辑", "签发", "编发", "上报", "采用", "批示", "转督查", "电话报告",
         "书面报告")
NEW_FIELDS = ["title", "unit", "reporter", "phone", "reported_at", "category", "urgency",
              "content", "attachments", "secrecy", "event_at", "event_level", "phoned_at"]
FOLLOWUP_FIELDS = ["title", "reporter", "phone", "reported_at", "content", "attachments"]


def _clock_text(record: Any) -> str:
    found = sudden.clock_of(record)
    if found:
        return f"● {found.text}"
    return QCoreApplication.translate("InfoTab", "续报") if record.followup_of else ""


def _clock_color(record: Any) -> QColor | None:
    found = sudden.clock_of(record)
    return QColor(found.color) if found else None


class InfoTab(OneListTab, QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = info.SPEC
        self.last_pdf: bytes | None = None
        self.setAccessibleName(self.tr("信息"))
        # wide enough for a clock at its longest, its unit too (in English "● Written report
        # due in 11 …" lost it at 190 px)
        clock_width = max(190, *(self.fontMetrics().horizontalAdvance(f"● {t}") + 24
                                 for t in sudden.widest_texts()))
        self.list = RegistryListView(
            ctx, self.spec, [Column(self.tr("报送计时"), _clock_text, _clock_color, clock_width,
                                     registry.LIGHT)],
            self)
        self.state_filter = self.list.add_filter_combo(self.tr("状态"), [
            (self.tr("全部"), []),
            (self.tr("待接收"), [Filter("state", "eq", "待接收")]),
            (self.tr("待初审"), [Filter("state", "eq", "待初审")]),
            (self.tr("编辑签发中"), [Filter("state", "in", ("待编辑", "待签发", "待编发"))]),
            (self.tr("已编发"), [Filter("state", "in", info.OUT_STATES)]),
            (self.tr("已采用"), [Filter("state", "eq", "已采用")]),
            (self.tr("突发事件"), [Filter("category", "eq", info.SUDDEN)]),
        ])

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("信息详情"))
        self.detail.setOpenLinks(False)

        bar = FoldingBar(self)  # what does not fit (English) folds into 更多
        self.new_button = self._button(bar, self.tr("登记"), self.new_record)
        self.followup_button = self._button(bar, self.tr("续报"), self.add_followup)
        self.buttons: dict[str, QPushButton] = {}
        labels = {"接收": self.tr("接收"), "初审": self.tr("初审"), "编辑": self.tr("编辑"),
                  "签发": self.tr("签发"), "编发": self.tr("编发"), "上报": self.tr("上报"),
                  "采用": self.tr("采用"), "批示": self.tr("批示"), "转督查": self.tr("转督查"),
                  "电话报告": self.tr("电话报告"), "书面报告": self.tr("书面报告")}
        for step in STEPS:
            self.buttons[step] = self._button(bar, labels[step],
                                              lambda _=False, s=step: self.run_step(s))
        # a push button: its size takes in the menu arrow (a tool button's arrow overlapped the
        # last letter of "Print")
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setAccessibleName(self.tr("打印信息单据"))
        menu = QMenu(self.print_button)
        self.receipt_action = menu.addAction(self.tr("接收回执"))
        self.receipt_action.triggered.connect(lambda: self.print_form("info-receipt"))
        self.issue_action = menu.addAction(self.tr("所在一期刊物"))
        self.issue_action.triggered.connect(self.print_issue)
        self.print_button.setMenu(menu)
        explain_disabled(menu)  # a greyed-out paper says why, to ↓ as to the mouse
        bar.addStretch(1)
        # papers, periodicals, ranking and history on a second row, as on the 公文 pages: one
        # row of 16 buttons is wider than 1366 pixels in English
        papers = QHBoxLayout()
        papers.addWidget(self.print_button)
        self.issues_button = self._button(papers, self.tr("刊物"), self.show_issues)
        self.ranking_button = self._button(papers, self.tr("排名"), self.show_ranking)
        self.history_button = self._button(papers, self.tr("历史"), self.show_history)
        papers.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember(ctx.settings, "info/splitter", splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(papers)
        layout.addWidget(splitter, 1)
        # find, filters, list, the two rows of buttons; the details
        list_first(self, self.list, bar, self.print_button, self.issues_button,
                   self.ranking_button, self.history_button)

        self.list.selection_changed.connect(self.update_current)
        # Enter on an item (or a double-click): the step it waits for, as on a 公文 or a 信访
        self.list.activated.connect(lambda _id: self.open_next_step())
        ctx.registry_changed.connect(self._on_changed)
        # the clocks run: repainted every half minute while the tab is shown (a hidden or
        # closed tab has nothing to repaint and reads nothing)
        self.ticker = QTimer(self)
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self._tick)
        self.update_current()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.ticker.isActive():
            self.ticker.start()
            self._tick()

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        self.ticker.stop()
        super().hideEvent(event)

    def _button(self, bar: QHBoxLayout | FoldingBar, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _tick(self) -> None:
        self.list.model.invalidate()
        self.update_current()

    # ------------------------------------------------------------ current record
    def current(self) -> Any | None:
        return records.shown(self.spec, self.list.current_id(), self.ctx.actor)

    def _on_changed(self, name: str) -> None:
        if name == self.spec.name:
            self.update_current()

    def allowed(self, record: Any | None) -> list[str]:
        found = allowed_steps("info", record, self.ctx.actor)
        return [s for s in STEPS if s in found]

    def update_current(self) -> None:
        record = self.current()
        writable = self.ctx.actor.can_write
        with offering():
            allowed = set(self.allowed(record))
            for step, button in self.buttons.items():
                # greyed out, its tool tip says why as `officedesk step` would: who may (逐级负责)
                offer_step(button, "info", step, record, self.ctx.actor, allowed)
                button.setVisible(writable)
        self.new_button.setVisible(writable)
        self.followup_button.setVisible(writable)
        no_followup = (first_reports.followup_refusal(record.id, self.ctx.actor)
                       if record is not None else None)
        self.followup_button.setEnabled(
            writable and record is not None and record.category == info.SUDDEN
            and no_followup is None)
        # greyed out with core's reason (只有突发事件才有续报; its first report voided)
        self.followup_button.setToolTip(display(no_followup) if no_followup else "")
        self.print_button.setEnabled(record is not None)
        self.history_button.setEnabled(record is not None)
        self.issue_action.setEnabled(record is not None and bool(record.issue))
        # greyed out with printing's own words while there is no 接收 to state
        why = receipt_refusal(record) if record is not None else None
        set_refusal(self.receipt_action, display(why) if why is not None else "")
        self.detail.setHtml(self.describe(record) if record is not None else
                            "<p>" + html.escape(self.tr("选择一条信息查看详情。")) + "</p>")

    def describe(self, record: Any) -> str:
        e = html.escape
        rows = []

        def row(label: str, value: Any) -> None:
            if value not in (None, ""):
                rows.append(f"<tr><td style='color:#555;padding-right:8px'>{e(label)}</td>"
                            f"<td>{e(str(value))}</td></tr>")

        row(self.tr("信息编号"), record.number)
        row(self.tr("报送单位"), f"{record.unit} {record.reporter}".strip())
        row(self.tr("报送时间"), record.reported_at.strftime("%Y-%m-%d %H:%M"))
        row(self.tr("类别"), self.tr("%1（%2）").replace("%1", display(record.category))
            .replace("%2", self.tr(record.urgency)))
        row(self.tr("密级"), self.tr(record.secrecy) if record.secrecy != "非密" else "")
        row(self.tr("状态"), self.tr(record.state))
        found = sudden.clock_of(record)
        if record.event_at:
            row(self.tr("事发时间"), self.tr("%1（%2）").replace("%1", f"{record.event_at:%Y-%m-%d %H:%M}")
                .replace("%2", display(record.event_level)))
        if found:
            row(self.tr("报送时限"), self.tr("电话 %1 前，书面 %2 前")
                .replace("%1", f"{found.phone_due:%H:%M}")
                .replace("%2", f"{found.written_due:%H:%M}"))
        if record.followup_of:
            first = records.shown(self.spec, record.followup_of, self.ctx.actor)
            row(self.tr("续报"), self.tr("首报：") + (first.number if first else str(record.followup_of)))
        row(self.tr("初审"), f"{record.review} {record.review_reason}".strip())
        row(self.tr("签发"), record.signer)
        row(self.tr("编发"), display(read_value(record.issue_label or "")))  # labels core composed
        row(self.tr("采用情况"), display(read_value(record.adopted or "")))
        row(self.tr("领导批示"), record.instruction)
        # a linked item above his clearance is not named (core.records.linked_id)
        row(self.tr("督查事项"),
            records.linked_id("supervision", record.supervision_id, self.ctx.actor) or "")
        row(self.tr("得分"), record.score)
        parts = [f"<h3>{e(record.title)}</h3>"]
        if found:
            parts.append(f"<p style='color:{found.color}'><b>● {e(found.text)}</b></p>")
        parts += ["<table>", *rows, "</table>",
                  f"<p><b>{e(self.tr('原稿：'))}</b>{e(record.content)}</p>"]
        if record.edited_title or record.edited_content:
            parts.append(f"<p><b>{e(self.tr('编辑稿：'))}</b><b>{e(record.edited_title)}</b><br>"
                         f"{e(record.edited_content)}</p>")
        def action(a: Any) -> str:
            told = own_words(a)  # 编入 an issue on the 编发 day, 县级采用 on the 印发 day
            if told is not None:
                return display(told)
            head = self.tr("%1（%2）").replace("%1", display(a.kind)).replace("%2", a.person)
            # an issue's label, 编发, 采, 督查事项 N: words core wrote, read in the window's language
            rest = " ".join(x for x in (a.level and display(text("%1级", a.level)),
                                        display(read_value(a.periodical or "")),
                                        display(read_value(a.content or ""))) if x)
            return head + (" " if rest and head.endswith(")") else "") + rest  # English: (王五) County

        actions = procedure.actions_of(record.id, self.ctx.actor)
        history = "".join(f"<li>{newest_mark(i, actions)}{e(a.on.isoformat())} {e(action(a))}</li>"
                          for i, a in enumerate(actions))
        if not actions:  # waiting to be received: the heading stood over nothing
            history = f"<li>{e(self.tr('尚无办理记录'))}</li>"
        parts.append(f"<p><b>{e(self.tr('办理过程'))}</b></p><ul>{history}</ul>")
        followups = procedure.followups_of(record.id, self.ctx.actor)
        if followups:  # those above the reader's clearance not even counted (保密)
            items = "".join(f"<li>{e(f.number)} {e(f.reported_at.strftime('%m-%d %H:%M'))} "
                            f"{e(f.title)}</li>" for f in followups)
            parts.append(f"<p><b>{e(self.tr('续报'))}</b></p><ul>{items}</ul>")
        return "".join(parts)

    # ------------------------------------------------------------ actions
    def new_dialog(self) -> RecordFormDialog:
        return RecordFormDialog(self.ctx, self.spec, fields=NEW_FIELDS,
                                title=self.tr("登记报送的信息"), parent=self)

    @from_list
    def new_record(self) -> Any:
        dialog = self.new_dialog()
        if dialog.exec() and dialog.saved_record is not None:
            self.after_change(dialog.saved_record.id)
        return dialog.saved_record

    def followup_dialog(self) -> RecordFormDialog | None:
        record = self.current()
        if record is None:
            return None
        first = record
        dialog = RecordFormDialog(
            self.ctx, self.spec, fields=FOLLOWUP_FIELDS, title=self.tr("续报：") + record.title,
            save=lambda values: procedure.followup(first.id, values, self.ctx.actor), parent=self)
        dialog.panel.inputs["title"].set_value(first_reports.followup_title(record, self.ctx.actor))
        dialog.panel.inputs["reporter"].set_value(record.reporter)
        return dialog

    @from_list
    def add_followup(self) -> Any:
        dialog = self.followup_dialog()
        if dialog is not None and dialog.exec() and dialog.saved_record is not None:
            self.after_change(dialog.saved_record.id)
        return dialog.saved_record if dialog is not None else None

    def step_dialog(self, step: str) -> SpecStepDialog | None:
        record = self.current()
        if record is None:
            return None
        return SpecStepDialog(self.ctx.actor, "info", record, step, self)

    def open_next_step(self) -> Any:
        """Enter on an item: its details, and the step it waits for as core says it (接收 of one
        待接收, 初审 …); nothing more for one already in a periodical (its buttons)."""
        self.update_current()
        record = self.current()
        if record is None or not self.ctx.actor.can_write:
            return None
        step = awaited.next_step(record, self.allowed(record))
        return self.run_step(step) if step is not None else None

    @from_list
    def run_step(self, step: str) -> Any:
        dialog = self.step_dialog(step)
        if dialog is None:
            return None
        if dialog.exec() and dialog.result_record is not None:
            self.after_step(dialog)
            show_newest_step(self.detail)  # the step just done, not the item's top
        return dialog.result_record

    def after_step(self, dialog: SpecStepDialog) -> None:
        if dialog.outcome is not None and "supervision_id" in dialog.outcome.extra:
            self.ctx.notify_changed("supervision")
        self.after_change(dialog.result_record.id)

    def after_change(self, record_id: int) -> None:
        self.ctx.notify_changed(self.spec.name)
        self.list.model.invalidate(record_id)
        self.list.refresh()
        self.list.select_record(record_id)
        self.update_current()

    def _show_pdf(self, name: str, ids: list[int], **options: Any) -> bytes | None:
        from officedesk.printing import forms
        from officedesk.ui.print_preview import show_pdf_preview

        form = forms.get(name)
        if "copies" in form.options and not options:
            chosen = self.copy_options(ids)
            if chosen is None:  # the clerk cancelled: nothing printed
                return None
            options = chosen
        try:
            pdf = form.build(ids, self.ctx.actor, **options)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        self.last_pdf = pdf
        show_pdf_preview(self, pdf, form.label)
        return pdf

    def copy_options(self, ids: list[int]) -> dict[str, Any] | None:
        """A classified issue is printed copy by copy, each with its own 份号, as `print
        info-issue --copies N / --copy K`: the clerk gives the 份数 or one 份号 to reprint.
        None: the clerk cancelled."""
        from officedesk.printing import info_forms
        from officedesk.ui.widgets.copies import when_classified

        return when_classified(lambda: any(info_forms.issue_level(i, self.ctx.actor) for i in ids),
                               self.ask_copies)

    def ask_copies(self) -> dict[str, Any] | None:
        from officedesk.ui.widgets.copies import ask_numbered_copies

        return ask_numbered_copies(self, self.tr("印制份数"),
                                   self.tr("涉密信息刊物逐份编份号。印制份数，或只补印其中一份："))

    def print_form(self, name: str) -> bytes | None:
        ids = self.list.chosen_ids()
        return self._show_pdf(name, ids) if ids else None

    def print_issue(self) -> bytes | None:
        record = self.current()
        if record is None or not record.issue:
            return None
        return self._show_pdf("info-issue", [record.issue])

    def print_current(self) -> None:
        record = self.current()
        if record is None:
            nothing_to_print(self)
            return
        if record.issue:
            self.print_issue()
        else:
            self.print_form("info-receipt")

    def show_issues(self) -> IssuesDialog:
        dialog = IssuesDialog(self.ctx, self._show_pdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_ranking(self) -> RankingDialog:
        dialog = RankingDialog(self.ctx, self._show_pdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @from_list
    def show_history(self) -> None:
        record = self.current()
        if record is None:
            return
        # core refuses above the clearance and masks the reporter's phone for those not allowed
        HistoryDialog(self.spec.name, record.id, record.number, self, actor=self.ctx.actor).exec()

