"""What the 收文 and 发文 pages share: the list with its filters, the step buttons (only the steps
the record's state allows), the record's trail below the list, printing, attachments, history."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, record_lists, records
from officedesk.core.actor import clearance_of
from officedesk.core.documents import attachments as attached_files
from officedesk.core.documents import common
from officedesk.core.documents.common import KIND_CHOICES, SECRECY
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display as core_display
from officedesk.core.record_lists import Filter
from officedesk.core.registry import RegistrySpec
from officedesk.core.step_offered import next_step
from officedesk.core.summary_texts import read_back
from officedesk.printing import forms
from officedesk.ui.documents.attachments import AttachmentsDialog
from officedesk.ui.documents.step_dialog import Input, StepDialog
from officedesk.ui.i18n import join_words
from officedesk.ui.print_preview import record_file_name, show_pdf_preview
from officedesk.ui.widgets.fold_bar import FoldingBar
from officedesk.ui.widgets.history import HistoryDialog
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.list_focus import back_when_finished
from officedesk.ui.widgets.messages import nothing_to_print, show_error
from officedesk.ui.widgets.records_table import Column, RegistryListView
from officedesk.ui.widgets.step_pane import newest_mark, show_newest_step
from officedesk.ui.widgets.tab_order import list_first

# Button texts built from data (the steps of the procedures, the printed forms), marked here so
# that lupdate finds them; the buttons translate them in the "documents" context.
BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("documents", "签收"),
    QT_TRANSLATE_NOOP("documents", "拟稿"),
    QT_TRANSLATE_NOOP("documents", "登记"),
    QT_TRANSLATE_NOOP("documents", "初审"),
    QT_TRANSLATE_NOOP("documents", "退回"),
    QT_TRANSLATE_NOOP("documents", "拟办"),
    QT_TRANSLATE_NOOP("documents", "批办"),
    QT_TRANSLATE_NOOP("documents", "承办"),
    QT_TRANSLATE_NOOP("documents", "传阅"),
    QT_TRANSLATE_NOOP("documents", "阅"),
    QT_TRANSLATE_NOOP("documents", "催办"),
    QT_TRANSLATE_NOOP("documents", "办结"),
    QT_TRANSLATE_NOOP("documents", "转督查"),
    QT_TRANSLATE_NOOP("documents", "归档"),
    QT_TRANSLATE_NOOP("documents", "修改"),
    QT_TRANSLATE_NOOP("documents", "核稿"),
    QT_TRANSLATE_NOOP("documents", "送会签"),
    QT_TRANSLATE_NOOP("documents", "会签"),
    QT_TRANSLATE_NOOP("documents", "退回修改"),
    QT_TRANSLATE_NOOP("documents", "签发"),
    QT_TRANSLATE_NOOP("documents", "复核"),
    QT_TRANSLATE_NOOP("documents", "退回复审"),
    QT_TRANSLATE_NOOP("documents", "编号"),
    QT_TRANSLATE_NOOP("documents", "印制"),
    QT_TRANSLATE_NOOP("documents", "核发"),
    QT_TRANSLATE_NOOP("documents", "打印收文处理笺"),
    QT_TRANSLATE_NOOP("documents", "打印传阅单"),
    QT_TRANSLATE_NOOP("documents", "打印催办单"),
    QT_TRANSLATE_NOOP("documents", "打印发文稿纸"),
    QT_TRANSLATE_NOOP("documents", "打印公文"),
    QT_TRANSLATE_NOOP("documents", "附件"),
    QT_TRANSLATE_NOOP("documents", "历史"),
)


class DocumentPage(QWidget):
    """Subclasses set `spec`, `states`, `date_field`, `unit_field`, `steps` (name -> handler)."""

    spec: RegistrySpec
    states: Sequence[str] = ()
    date_field = "created_at"
    unit_field = ""
    new_text = ""
    empty_text = ""  # what an empty register says to do first
    print_forms: Sequence[tuple[str, str]] = ()  # (form name, button text)
    hidden_in_detail: Sequence[str] = ()

    def __init__(
        self, ctx: Any, extra_columns: Sequence[Column] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.active_dialog: QDialog | None = None
        self.last_preview: Any = None
        self.list = RegistryListView(ctx, self.spec, extra_columns, self)
        # the registry's own order (newest first) until the user clicks a column header
        self.list.show_own_order()
        self._add_filters()

        self.action_bar = QHBoxLayout()
        self.step_bar = FoldingBar(self)
        self.print_bar = FoldingBar(self)
        self.new_button = self.button(self.new_text, self.new_record, self.action_bar)
        self.new_button.setProperty("mnemonicFirst", True)  # 签收 / 拟稿 keep their Alt+letter
        self.step_buttons: dict[str, QPushButton] = {}
        for step, handler in self.step_handlers().items():
            self.step_buttons[step] = self.button(step, handler, self.step_bar)
        self.step_bar.addStretch(1)
        self.print_buttons: dict[str, QPushButton] = {}
        for name, text in self.print_forms:
            self.print_buttons[name] = self.button(
                text, lambda _=False, n=name: self.print_form(n), self.print_bar
            )
        self.attach_button = self.button("附件", self.show_attachments, self.print_bar)
        self.history_button = self.button("历史", self.show_history, self.print_bar)
        self.print_bar.addStretch(1)
        self.action_bar.addWidget(self.step_bar, 1)

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(join_words(core_display(self.spec.label), self.tr("办理过程")))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember(ctx.settings, f"documents/{self.spec.name}/splitter", splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(self.action_bar)
        layout.addWidget(self.print_bar)
        layout.addWidget(splitter, 1)
        self.new_button.setVisible(ctx.actor.can_write)
        # find, filters, list, the buttons as they read; the 办理过程 under the list
        list_first(self, self.list, self.new_button, self.step_bar, self.print_bar)
        if ctx.actor.can_write:
            self.list.set_empty_actions(
                QCoreApplication.translate("documents", self.empty_text),
                [(QCoreApplication.translate("documents", self.new_text), self.new_record)],
            )
        self.list.selection_changed.connect(self.update_state)
        self.list.activated.connect(lambda _id: self.default_action())
        ctx.registry_changed.connect(
            lambda name: self.update_state() if name == self.spec.name else None
        )
        self.update_state()

    # ---- building
    def step_handlers(self) -> dict[str, Callable[[], None]]:
        """Each page (subclass) supplies its own."""
        raise NotImplementedError  # abstract hook

    def button(self, text: str, slot: Callable[..., Any], bar: QHBoxLayout | FoldingBar) -> QPushButton:
        label = QCoreApplication.translate("documents", text)
        button = QPushButton(label, self)
        button.setAccessibleName(label)
        button.setObjectName(f"button_{text}")
        button.clicked.connect(lambda _=False: slot())
        bar.addWidget(button)
        return button

    def _add_filters(self) -> None:
        self.list.add_filter_combo(
            self.tr("状态"),
            [(self.tr("全部"), [])] + [(s, [Filter("state", "eq", s)]) for s in self.states],
        )
        year = clock.today().year
        self.list.add_filter_combo(
            self.tr("年度"),
            [(self.tr("全部"), [])]
            + [(str(y), [Filter(self.date_field, "year", y)]) for y in range(year, year - 6, -1)],
        )
        units = self._units()
        self.unit_combo = self.list.add_filter_combo(
            self.tr("单位"),
            [(self.tr("全部"), [])] + [(u, [Filter(self.unit_field, "eq", u)]) for u in units],
        )
        self.list.add_filter_combo(
            self.tr("密级"),
            [(self.tr("全部"), [])]
            + [
                (s, [Filter("secrecy", "eq", s)])
                for s in SECRECY
                if clearance_of(s) <= self.ctx.actor.clearance
            ],
        )
        self.list.add_filter_combo(
            self.tr("文种"),
            [(self.tr("全部"), [])] + [(k, [Filter("kind", "eq", k)]) for k in KIND_CHOICES],
        )

    def _units(self) -> list[str]:
        # only the units of records the actor may see (core: a hidden record's unit is not offered)
        try:
            return record_lists.distinct_values(self.spec, self.unit_field, self.ctx.actor)
        except Exception:  # noqa: BLE001 - a filter list must never stop the tab from opening
            return []

    # ---- the current record
    def current_record(self) -> Any:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return records.get(self.spec, record_id, self.ctx.actor)
        except OfficeDeskError:
            return None

    def offered(self, record: Any) -> tuple[str, ...]:
        """Each page (subclass) supplies its own."""
        raise NotImplementedError  # abstract hook

    def update_state(self) -> None:
        record = self.current_record()
        steps = self.offered(record) if record is not None else ()
        writable = self.ctx.actor.can_write
        for name, button in self.step_buttons.items():
            button.setVisible(writable and name in steps)
        for button in (*self.print_buttons.values(), self.attach_button, self.history_button):
            button.setEnabled(record is not None)
        self.detail.setHtml(self.detail_html(record) if record is not None else "")

    def default_action(self) -> None:
        """Enter on a record: its next step as core says it (承办 of a 收文 已批办, not a further
        批办); nothing when the steps offered are only repeats and asides (their buttons)."""
        record = self.current_record()
        if record is not None and self.ctx.actor.can_write:
            step = next_step(self.spec.name, record, self.offered(record))
            if step is not None:
                self.step_handlers()[step]()

    def after_change(self, record: Any) -> None:
        self.ctx.notify_changed(self.spec.name)
        if record is not None:
            self.list.select_record(record.id)
        self.update_state()
        show_newest_step(self.detail)  # the step just done, not the record's top

    def _step(
        self,
        title: str,
        inputs: list[Input],
        submit: Callable[[Any, dict[str, Any]], Any],
        intro: str = "",
    ) -> StepDialog | None:
        """Open a step's dialog for the current record; `submit(record, values)` runs the step."""
        record = self.current_record()
        if record is None:
            return None
        number = getattr(record, self.spec.number_field or "", "") or ""
        dialog = StepDialog(
            title,
            inputs,
            lambda values: submit(record, values),
            self,
            intro=intro or f"{number}  {record.title}".strip(),
            ok_text=title,  # the step's name on its button (核发), not 确定
        )
        self.open_dialog(dialog)
        return dialog

    def declared_step(
        self,
        step: str,
        defaults: dict[str, Any] | Callable[[Any], dict[str, Any]] | None = None,
        aliases: dict[str, str] | None = None,
        after: Callable[[Any], None] | None = None,
        confirm: Callable[[QWidget], bool] | None = None,
    ) -> Any:
        """A step's dialog built from its declaration (core StepSpec), submitted through core's
        runner like `officedesk step`: the approval chain, the signature and 代录 hold there.
        `defaults`: first values the page knows better (a dict, or made from the record);
        `aliases`: core's field names -> the dialog's inputs; `after(dialog)` once it is done;
        `confirm(dialog)` asks before a step that cannot be taken back is sent."""
        from officedesk.ui.widgets.step_form import SpecStepDialog

        record = self.current_record()
        if record is None:
            return None
        dialog = SpecStepDialog(self.ctx.actor, self.spec.name, record, step, self,
                                aliases=aliases, confirm=confirm)
        dialog.prefill(defaults(record) if callable(defaults) else (defaults or {}))
        if after is not None:
            dialog.accepted.connect(lambda: after(dialog))
        return self.open_dialog(dialog)

    def perform(self, step: str, record: Any, values: dict[str, Any], person: str = "",
                on: dt.date | None = None) -> Any:
        """A step through core's runner, which holds the approval chain (逐级负责) and records
        本人/代录/代理; returns the saved record for the list to select. For the page's own
        dialogs (the draft's 正文 editor, the 分发 table) that collect a declared step's values;
        `on`: the day it was done (a step without a date field of its own)."""
        from officedesk.core import steps

        steps.perform(self.spec.name, record.id, step, values, self.ctx.actor, on=on,
                      person=person or None, version=record.version)
        # None when the step raised the 密级 above this user's clearance (the list drops it)
        return records.get_if_visible(self.spec, record.id, self.ctx.actor)

    def allowed(self, record: Any, offered: Sequence[str]) -> tuple[str, ...]:
        """The steps of the state that core would let this user do (his 岗位, the chain)."""
        from officedesk.core import steps

        mine = {s.name for s in steps.available_steps(self.spec.name, record.id, self.ctx.actor)}
        return tuple(s for s in offered if s in mine)

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show a step's dialog (window-modal, not blocking) and refresh when it succeeds; the
        list has the focus once it is closed, saved or not."""
        self.active_dialog = dialog
        dialog.accepted.connect(
            lambda: self.after_change(
                getattr(dialog, "result_value", None)
                or getattr(dialog, "saved_record", None)
                or getattr(dialog, "result_record", None)  # SpecStepDialog
            )
        )
        back_when_finished(self.list, dialog)
        dialog.open()
        return dialog

    # ---- detail
    def detail_html(self, record: Any) -> str:
        rows = "".join(
            f"<tr><td style='color:#555'>{html.escape(QCoreApplication.translate('fields', f.label))}"
            f"</td><td>{html.escape(self.display(f, record))}</td></tr>"
            for f in self.spec.fields
            if f.name not in self.hidden_in_detail and self.display(f, record)
        )
        steps = common.steps(self.spec.name, record.id, self.ctx.actor)
        from officedesk.core.responsibility import history_marks

        marks = history_marks(self.spec.name, record.id)  # 代录 / 代理, visibly
        step_rows = "".join(
            f"<tr><td>{newest_mark(i, steps)}{html.escape(core_display(s.step))}</td>"
            f"<td>{html.escape(s.person + marks.get(s.id, ''))}</td>"
            f"<td>{s.at:%Y-%m-%d %H:%M}</td><td>{html.escape(core_display(s.state_to))}</td>"
            f"<td>{html.escape(core_display(read_back(s.opinion)))}</td></tr>"  # a note core made: translated
            for i, s in enumerate(steps)
        )
        attachments = attached_files.attachments(self.spec.name, record.id, self.ctx.actor)
        files = "、".join(html.escape(a.filename) for a in attachments) or self.tr("无")
        return (
            f"<h3>{html.escape(record.title)}</h3><table cellspacing='4'>{rows}</table>"
            f"{self.extra_html(record)}"
            f"<h4>{self.tr('办理过程')}</h4><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr><th>{self.tr('步骤')}</th><th>{self.tr('办理人')}</th><th>{self.tr('时间')}</th>"
            f"<th>{self.tr('办理后状态')}</th><th>{self.tr('意见')}</th></tr>{step_rows}</table>"
            f"<p>{self.tr('附件：')}{files}</p>"
        )

    def extra_html(self, record: Any) -> str:
        return ""

    @staticmethod
    def display(field: Any, record: Any) -> str:
        from officedesk.core.fields import CHOICE, display

        shown = display(field, getattr(record, field.name, None))
        if field.words is not None and shown:  # a text core may have written (保密期限 10年)
            return core_display(field.words(shown))
        fixed = (field.kind == CHOICE and not field.free_choice) or field.name == "state"
        return core_display(shown) if fixed else shown  # states and choices translated

    # ---- actions shared by both pages
    def new_record(self) -> None:
        """Each page (subclass) supplies its own."""
        raise NotImplementedError  # abstract hook

    def focus_search(self) -> None:
        self.list.focus_search()

    def print_form(self, name: str) -> Any:
        ids = self.list.chosen_ids()
        if not ids:
            nothing_to_print(self)
            return None
        options = self.print_options(name, ids)
        if options is None:
            return None
        if len(ids) > 1:
            from officedesk.ui.batch_print import batch_print

            return batch_print(self, name, ids, self.ctx.actor, **options)
        try:
            pdf = forms.get(name).build(ids, self.ctx.actor, **options)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        label = forms.get(name).label
        record = self.current_record()
        self.last_preview = show_pdf_preview(self, pdf, label)
        if record is not None and isinstance(self.last_preview, QDialog):
            self.last_preview.file_name = record_file_name(label, record)  # for 另存为
        return self.last_preview

    def print_options(self, name: str, ids: list[int]) -> dict[str, Any] | None:
        """The options of form `name` for `ids` (the 发文 asks a classified 公文's 份数); None:
        the clerk cancelled."""
        return {}

    def archive_current(self) -> Any:
        """归档: the 保管期限, 机构（问题）代码 (remembered per workstation) and 页数."""
        key = "documents/archive_org_code"
        return self.declared_step(
            "归档",
            {"org_code": self.ctx.settings.value(key, "BGS")},  # 保管期限: the clerk's choice
            after=lambda d: self.ctx.settings.setValue(key, d.value("org_code")),
        )

    def show_history(self) -> None:
        record = self.current_record()
        if record is not None:
            dialog = HistoryDialog(self.spec.name, record.id, record.title, self, actor=self.ctx.actor)
            self.active_dialog = dialog
            back_when_finished(self.list, dialog)
            dialog.open()

    def show_attachments(self) -> None:
        record = self.current_record()
        if record is not None:
            dialog = AttachmentsDialog(self.ctx, self.spec, record.id, self)
            self.active_dialog = dialog
            dialog.finished.connect(lambda _r: self.update_state())
            back_when_finished(self.list, dialog)
            dialog.open()

    def show_record(self, registry_name: str, record_id: int) -> bool:
        if registry_name != self.spec.name:
            return False
        self.list.refresh()
        return self.list.select_record(record_id)
