"""督查 tab: the items with their warning lights; below, the selected item's tasks and a task's
reports; every declared step (分解交办, 反馈, 任务办结, 延期, 办结, 重新打开: step_actions; 删除任务
after a question; 催办 in its window) and 通报 from the button row, each enabled as core answers
and, when not, saying core's reason."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, i18n, registry
from officedesk.core import supervision as sv
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.record_lists import Filter
from officedesk.core.summary_texts import read_value
from officedesk.core.supervision import archiving, lights, shown_deadlines, sources
from officedesk.ui.supervision.dialogs import BulletinDialog, ReminderDialog, preview_form
from officedesk.ui.supervision.models import ReportsModel, TasksModel
from officedesk.ui.supervision.step_actions import StepActions
from officedesk.ui.supervision.task_columns import REPORT_LIMIT, REPORT_WRAPPING, TaskColumns
from officedesk.ui.widgets.column_fit import heading_width
from officedesk.ui.widgets.fold_bar import FoldingBar
from officedesk.ui.widgets.history import HistoryDialog
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.list_focus import from_list
from officedesk.ui.widgets.messages import nothing_to_print
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.records_table import Column, RegistryListView
from officedesk.ui.widgets.step_buttons import allowed_steps, offer_step, offering
from officedesk.ui.widgets.step_form import record_line
from officedesk.ui.widgets.tab_order import list_first
from officedesk.ui.widgets.table_keys import tab_moves_on

TITLE = QCoreApplication.translate("tabs", "督查")


def _small_table(parent: QWidget, model: Any, name: str, widths: tuple[int, ...],
                 settings: Any, key: str) -> QTableView:
    """A task or report table; each column its width, never narrower than its header's words
    (English ones are longer: "Person responsible" read "son respons" in 70 pixels), or as the
    clerk left it (remembered under `key`, as the lists' columns are)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tab_moves_on(table, editable=False)
    table.setWordWrap(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, heading_width(table, column)))
    remember(settings, f"tables/{key}/header", header)
    return table


class SupervisionTab(StepActions):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = sv.SPEC
        self.last_pdf: bytes | None = None
        self._light_key: tuple = ()
        self._light_value: sv.Light | None = None
        self._generation = 0
        # the day the lights were worked out on: a new one turns them (剩 1 天 → 逾期), so the
        # list's cached cells are worked out again, as the selected item's tasks are
        self._day = clock.today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._on_timer)
        self._day_timer.start()
        light_column = Column(
            self.tr("预警"),
            lambda r: self.light_of(r).text,
            lambda r: QColor(self.light_of(r).hex),
            width=light_width(QFontMetrics(self.font())),
            name=registry.LIGHT,
        )
        self.list = RegistryListView(ctx, self.spec, [light_column], self)
        # newest 立项 first until the user clicks a column: not by the 编号's text
        self.list.show_own_order()
        self.status_combo = self.list.add_filter_combo(
            self.tr("状态"),
            [
                (self.tr("全部"), []),
                (self.tr("待交办"), [Filter("status", "eq", sv.PENDING)]),
                (self.tr("办理中"), [Filter("status", "eq", sv.OPEN)]),
                (self.tr("已办结"), [Filter("status", "in", list(sv.DONE_STATUSES))]),
                (self.tr("逾期办结"), [Filter("status", "eq", sv.DONE_LATE)]),
                (
                    self.tr("已超办结时限"),
                    [
                        Filter("status", "in", [sv.PENDING, sv.OPEN]),
                        Filter("deadline", "lt", clock.today()),
                    ],
                ),
            ],
        )
        self.source_combo = self.list.add_filter_combo(
            self.tr("来源"),
            [(self.tr("全部"), [])] + [(s, [Filter("source", "eq", s)]) for s in sv.SOURCES],
        )

        if ctx.actor.can_write:
            self.list.set_empty_actions(
                self.tr("还没有督查事项。领导批示、会议议定事项或收文批办需要督办时，新建一件。"),
                [(self.tr("新建督查事项"), self.new_record)],
            )
        self.buttons = FoldingBar(self)
        self.new_button = self._button(
            self.tr("新建事项"), self.new_record, self.tr("登记一件督查事项（Ctrl+N）")
        )
        self.edit_button = self._button(self.tr("修改"), self.edit_current)
        self.task_button = self._button(
            self.tr("分解交办"), self.add_task, self.tr("为所选事项增加一项任务")
        )
        self.edit_task_button = self._button(self.tr("修改任务"), self.edit_task)
        self.delete_task_button = self._button(self.tr("删除任务"), self.delete_task)
        self.report_button = self._button(
            self.tr("反馈"), self.add_report, self.tr("登记所选任务的进展反馈")
        )
        self.done_task_button = self._button(self.tr("任务办结"), self.complete_task)
        self.extend_button = self._button(
            self.tr("延期"), self.extend, self.tr("延长事项或其中一项任务的办结时限")
        )
        self.close_button = self._button(
            self.tr("事项办结"), self.close_item, self.tr("全部任务办结后办结事项")
        )
        self.reopen_button = self._button(
            self.tr("重新打开"), self.reopen, self.tr("撤销误录的办结，事项回到办理中")
        )
        self.archive_button = self._button(
            self.tr("归档"), self.archive, self.tr("办结后作为一件载入归档文件目录，编档号")
        )
        self.remind_button = self._button(self.tr("催办…"), self.open_reminders)
        self.print_button = self._button(
            self.tr("打印交办单"), self.print_current, self.tr("打印所选事项（Ctrl+P）")
        )
        # Alt+P prints, as on every page (反馈, “Progress report”, took P before it)
        self.print_button.setProperty("mnemonicFirst", True)
        self.bulletin_button = self._button(self.tr("督查通报…"), self.open_bulletin)
        self.history_button = self._button(self.tr("历史"), self.show_history)
        self.buttons.addStretch(1)
        # the declared steps (core/supervision/steps_spec.py) the buttons do through the step
        # dialog, by step name (删除任务 asks first; 催办 is the 催办… window's)
        self.step_actions = {"分解": self.add_task, "反馈": self.add_report,
                             "修改任务": self.edit_task, "任务办结": self.complete_task, "延期": self.extend,
                             "办结": self.close_item, "重新打开": self.reopen, "归档": self.archive}
        self.step_buttons = {"分解": self.task_button, "反馈": self.report_button,
                             "修改任务": self.edit_task_button,
                             "删除任务": self.delete_task_button,
                             "任务办结": self.done_task_button, "延期": self.extend_button,
                             "办结": self.close_button, "重新打开": self.reopen_button,
                             "归档": self.archive_button}

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(self.tr("事项详情"))
        self.tasks_model = TasksModel(self)
        self.tasks_table = _small_table(self, self.tasks_model, self.tr("分解任务列表"),
                                        (40, 190, 150, 120, 70, 90, 50, 90, 120),
                                        ctx.settings, "supervision_tasks")
        self.task_columns = TaskColumns(self.tasks_table, ctx.settings, "supervision_tasks")
        self.reports_model = ReportsModel(self)
        self.reports_table = _small_table(self, self.reports_model, self.tr("进展反馈列表"),
                                          (90, 50, 260, 160, 160), ctx.settings, "supervision_reports")
        self.report_columns = TaskColumns(self.reports_table, ctx.settings, "supervision_reports",
                                          wrapping=REPORT_WRAPPING, limit=REPORT_LIMIT, last_room=None)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        inner = QSplitter(Qt.Orientation.Horizontal, lower)
        tasks_box, reports_box = QWidget(inner), QWidget(inner)
        for box, title, table in (
            (tasks_box, self.tr("分解任务"), self.tasks_table),
            (reports_box, self.tr("进展反馈（所选任务）"), self.reports_table),
        ):
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(title, box))
            box_layout.addWidget(table)
            inner.addWidget(box)
        # the tasks' ten columns need the room more than a task's reports (in English 下次反馈
        # and 状态 were past the tasks' right edge at 3:2)
        inner.setSizes([680, 320])
        inner.setStretchFactor(0, 68)
        inner.setStretchFactor(1, 32)
        lower_layout.addWidget(inner, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buttons)
        layout.addWidget(splitter, 1)
        remember(ctx.settings, "supervision/splitter", splitter)
        remember(ctx.settings, "supervision/inner_splitter", inner)
        list_first(self, self.list, self.buttons)  # find, filters, list, buttons; the tasks
        # Tab reached the tasks only past the whole button row: Ctrl+T goes there at once
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.to_tasks,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tasks_table.setToolTip(self.tr("所选事项的分解任务（Ctrl+T 转到这里）"))

        self.list.selection_changed.connect(self.show_current)
        self.list.activated.connect(lambda _id: self.open_next_step())  # 修改: its button
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # a task's: its 反馈 (修改任务: double-click)
            QShortcut(QKeySequence(key), self.tasks_table, activated=self.open_next_step,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.tasks_table.selectionModel().selectionChanged.connect(lambda *_: self.show_reports())
        self.tasks_table.doubleClicked.connect(lambda _index: self.edit_task())
        ctx.registry_changed.connect(self._on_changed)
        for button in (
            self.new_button,
            self.edit_button,
            self.task_button,
            self.edit_task_button,
            self.delete_task_button,
            self.report_button,
            self.done_task_button,
            self.extend_button,
            self.close_button,
            self.reopen_button,
        ):
            button.setVisible(ctx.actor.can_write)
        self.show_current()

    def _button(self, text: str, slot: Any, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setProperty("tip", tip)  # shown while the button is enabled
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    # ------------------------------------------------------------ selection and details
    def current_item(self) -> sv.SupervisionItem | None:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return sv.get_item(record_id, self.ctx.actor)
        except OfficeDeskError:
            return None

    def current_task(self) -> sv.SupervisionTask | None:
        index = self.tasks_table.currentIndex()
        rows = self.tasks_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else -1)
        task = self.tasks_model.row_at(row)
        if task is None and len(self.tasks_model.rows) == 1:
            task = self.tasks_model.rows[0]
        return task

    def select_task(self, task_id: int) -> bool:
        for row, task in enumerate(self.tasks_model.rows):
            if task.id == task_id:
                self.tasks_table.selectionModel().select(
                    self.tasks_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tasks_table.setCurrentIndex(self.tasks_model.index(row, 0))
                return True
        return False

    def _new_day(self) -> bool:
        """Whether the day changed since the lights were worked out; if so, the list's lights
        are dropped to be worked out anew (an item is never shown greener than its tasks)."""
        today = clock.today()
        if today == self._day:
            return False
        self._day = today
        self._generation += 1
        self.list.model.invalidate()
        return True

    def _on_timer(self) -> None:
        if self._new_day():
            self.show_current()

    def show_current(self) -> None:
        self._new_day()
        item = self.current_item()
        keep = self.current_task()
        if item is None:
            self.detail.setText(self.tr("选择一件督查事项，查看其分解任务和反馈。"))
            self.tasks_model.set_rows([])
        else:
            light = sv.item_light(item)
            lines = [
                f"{item.number}　{item.title}",
                self.tr("来源：%1　立项：%2　办结时限：%3　反馈周期：%4　状态：%5　预警：%6")
                .replace("%1", display(sources.label_words(item.source, item.source_label)))
                .replace("%2", item.start_date.isoformat())
                .replace("%3", display(shown_deadlines.item_deadline(item)))  # 暂按 if counted
                .replace("%4", display(item.cycle))
                .replace("%5", display(item.status))
                .replace("%6", display(light.text)),
            ]
            if item.leader or item.instruction:
                lines.append(
                    self.tr("批示：%1 %2")
                    .replace("%1", item.leader)
                    .replace("%2", item.instruction)
                )
            sent = sv.reminders.reminders_of(item.id, self.ctx.actor)[-3:]
            if sent:
                lines.append(
                    self.tr("催办：")
                    + self.tr("；").join(  # the reason core wrote (逾期 7 天未办结) read back
                        f"{r.issued_on.isoformat()} {display(sv.level_label(r.level))} "
                        + self.tr("%1（%2）").replace("%1", r.unit).replace("%2", display(read_value(r.reason)))
                        for r in reversed(sent)
                    )
                )
            if item.closed_on:
                lines.append(
                    self.tr("办结：%1 %2")
                    .replace("%1", item.closed_on.isoformat())
                    .replace("%2", item.close_report)
                )
            filed = archiving.archive_no(item.id)
            if filed:
                lines.append(self.tr("已归档：档号 %1").replace("%1", filed))
            self.detail.setText("\n".join(lines))
            self.tasks_model.set_rows(sv.tasks_of(item.id, self.ctx.actor))
            if keep is not None:
                self.select_task(keep.id)
        self.show_reports()
        self.update_buttons()

    def show_reports(self) -> None:
        task = self.current_task()
        self.reports_model.set_rows(sv.reports_of(task.id, self.ctx.actor) if task is not None else [])
        self.update_buttons()

    def allowed(self, item: sv.SupervisionItem | None) -> set[str]:
        """The steps core would let this user do on the item now (state, role, his 岗位)."""
        return allowed_steps(self.spec.name, item, self.ctx.actor)

    def update_buttons(self) -> None:
        item = self.current_item()
        open_item = item is not None and item.status not in sv.DONE_STATUSES
        task = self.current_task()
        open_task = open_item and task is not None and task.status != sv.TASK_DONE
        self.edit_button.setEnabled(item is not None)
        # a step on the selected task waits for one; the others are the item's (修改任务 moves
        # what 分解 decided: core offers it to 分解's holders only, its tool tip says why not)
        on_task = {"反馈", "修改任务", "删除任务", "任务办结"}
        with offering():
            allowed = self.allowed(item)
            for step, button in self.step_buttons.items():
                offer_step(button, self.spec.name, step, item, self.ctx.actor, allowed,
                           open_task or step not in on_task)
        self.print_button.setEnabled(bool(self.list.selected_ids()) or item is not None)
        self.history_button.setEnabled(item is not None)

    def light_of(self, item: sv.SupervisionItem) -> sv.Light:
        """The item's light, computed once for its list cell's text and colour."""
        key = (item.id, item.version, clock.today(), self._generation)
        if key != self._light_key or self._light_value is None:
            self._light_key, self._light_value = key, sv.item_light(item)
        return self._light_value

    def _on_changed(self, name: str) -> None:
        self._generation += 1
        if name == self.spec.name:
            self.list.model.invalidate()
            self.show_current()

    def _changed(self, item_id: int | None = None) -> None:
        self.ctx.notify_changed(self.spec.name)
        if item_id is not None:
            self.list.select_record(item_id)
        self.show_current()

    # ------------------------------------------------------------ main window hooks
    @from_list
    def new_record(self) -> RecordFormDialog | None:
        if not self.ctx.actor.can_write:
            return None
        dialog = RecordFormDialog(self.ctx, self.spec, title=self.tr("新建督查事项"), parent=self,
                                  save=lambda values: sv.create_item(values, self.ctx.actor))
        if dialog.exec() and dialog.saved_record is not None:
            self.list.refresh()
            self._changed(dialog.saved_record.id)
            self.tell_rest_day(sv.deadline_note(dialog.saved_record))
        return dialog

    @from_list
    def edit_current(self) -> RecordFormDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = RecordFormDialog(
            self.ctx,
            self.spec,
            record=item,
            title=self.tr("督查事项") + f" {item.number}",
            parent=self,
        )
        if dialog.exec():  # an item core takes no correction of shows why, with nothing to save
            self._changed(item.id)
        return dialog

    def print_current(self) -> bytes | None:
        ids = self.list.chosen_ids()
        if not ids:
            nothing_to_print(self)
            return None
        if len(ids) > 1:
            from officedesk.ui.batch_print import batch_print

            batch_print(self, "supervision-item", ids, self.ctx.actor)
            return None
        self.last_pdf = preview_form(
            self, self.ctx, "supervision-item", ids, self.tr("督查事项交办单")
        )
        return self.last_pdf

    def focus_search(self) -> None:
        self.list.focus_search()

    def show_record(self, registry_name: str, record_id: int) -> bool:
        if registry_name != self.spec.name:
            return False
        if not self.list.select_record(record_id):
            self.list.search_box.clear()
            self.status_combo.setCurrentIndex(0)
            self.source_combo.setCurrentIndex(0)
            self.list.refresh()
            if not self.list.select_record(record_id):
                return False
        self.show_current()
        return True

    def current_registry(self) -> str:
        return self.spec.name

    def open_reminders(self) -> ReminderDialog:
        dialog = ReminderDialog(self.ctx, self)
        dialog.exec()
        return dialog

    def open_bulletin(self) -> BulletinDialog:
        dialog = BulletinDialog(self.ctx, self)
        dialog.exec()
        return dialog

    @from_list
    def show_history(self) -> None:
        item = self.current_item()
        if item is not None:
            HistoryDialog(self.spec.name, item.id, record_line(self.spec, item), self,
                          actor=self.ctx.actor).exec()

    def refresh(self) -> None:
        self.list.refresh()
        self.show_current()


def make_tab(ctx: Any) -> QWidget:
    return SupervisionTab(ctx)


__all__ = ["TITLE", "SupervisionTab", "make_tab"]


def light_width(metrics: QFontMetrics) -> int:
    """The 预警 column as wide as a red light for several lagging tasks reads (“● 红灯 进度滞后
    68.9 个百分点（2 项）”: cut at 190 px, the count of tasks with it), in the interface's language;
    a longer yellow one (剩 2 天，进度滞后 …) shows whole in its tooltip."""
    red = lights.make(lights.ALERT, i18n.text("%1（%2 项）", lights.lag_text(Fraction(999, 10)), 9))
    return max(190, metrics.horizontalAdvance(display(red.text)) + 16)
