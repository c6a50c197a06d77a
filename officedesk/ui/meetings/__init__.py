"""会议: the list of meetings beside a week/month calendar by room and the "三多" figures;
new/edit with people, agenda and conflicts; 签到, 座次, 纪要 with decisions sent to 督查; and
the printed papers (通知, 签到表, 座次表, 桌签, 议程, 纪要)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, registry, steps
from officedesk.core import meetings as core
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.meetings.papers import cancellation_to_print
from officedesk.core.record_lists import Filter
from officedesk.ui.meetings.attendance import AttendanceDialog
from officedesk.ui.meetings.calendar import MeetingCalendar
from officedesk.ui.meetings.dialog import MeetingDialog
from officedesk.ui.meetings.minutes import MinutesDialog
from officedesk.ui.meetings.printing import FORMS, form_of, label_of, preview_form
from officedesk.ui.meetings.seating import SeatingDialog
from officedesk.ui.meetings.stats import MeetingStats
from officedesk.ui.widgets.fold_bar import FoldingBar
from officedesk.ui.widgets.history import HistoryDialog
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.list_focus import back_to_list, from_list
from officedesk.ui.widgets.menus import explain_disabled, set_refusal
from officedesk.ui.widgets.messages import confirm, info, nothing_to_print, show_error
from officedesk.ui.widgets.records_table import Column, RegistryListView
from officedesk.ui.widgets.step_form import SpecStepDialog
from officedesk.ui.widgets.tab_order import list_first

TITLE = QCoreApplication.translate("tabs", "会议")


def _attendance_text(record: Any, actor: Any) -> str:
    if record.status != core.HELD:
        return ""
    tally = core.counts(record.id, actor)
    if not tally.sign_in_kept:
        return QCoreApplication.translate("MeetingsTab", "未登记签到")
    return f"{tally.present}/{tally.expected}"


class MeetingsTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("会议"))
        self.active_dialog: QDialog | None = None
        self.list = RegistryListView(
            ctx, core.SPEC,
            [Column(self.tr("实到/应到"), lambda r: _attendance_text(r, ctx.actor), width=80,
                    name=registry.ATTENDANCE)], self
        )
        self.list.add_filter_combo(
            self.tr("状态"),
            [(self.tr("全部"), [])]
            + [(status, [Filter("status", "eq", status)]) for status in core.STATUSES],
        )
        today = clock.now().replace(hour=0, minute=0, second=0)
        self.list.add_filter_combo(
            self.tr("时间"),
            [
                (self.tr("全部"), []),
                (self.tr("今天及以后"), [Filter("start", "ge", today)]),
                (self.tr("已过去"), [Filter("start", "lt", today)]),
                (self.tr("本年"), [Filter("start", "year", today.year)]),
            ],
        )

        if ctx.actor.can_write:
            self.list.set_empty_actions(
                self.tr("还没有会议。先在通讯录里添加会议室和人员，再新建会议。"),
                [(self.tr("新建会议"), self.new_record)],
            )
        self.buttons = FoldingBar(self)
        self.new_button = self._button(
            self.tr("新建(Ctrl+N)"), self.tr("新建会议"), self.new_record, write=True
        )
        self.edit_button = self._button(
            self.tr("修改"), self.tr("修改会议"), self.edit_current, write=True
        )
        self.attendance_button = self._button(
            self.tr("签到"), self.tr("签到"), self.attendance, write=True
        )
        self.seating_button = self._button(
            self.tr("座次"), self.tr("座次"), self.seating, write=True
        )
        self.minutes_button = self._button(
            self.tr("纪要"), self.tr("会议纪要"), self.minutes, write=True
        )
        self.print_button = self._button(
            self.tr("打印(Ctrl+P)"), self.tr("打印"), self.print_current
        )
        self.notice_sent_button = self._button(
            self.tr("已发通知"), self.tr("标记已发通知"), self.notice_sent, write=True
        )
        self.cancel_button = self._button(
            self.tr("取消会议"), self.tr("取消会议"), self.cancel_meeting, write=True
        )
        self.history_button = self._button(self.tr("历史"), self.tr("历史记录"), self.show_history)
        self.buttons.addStretch(1)
        self.print_menu = QMenu(self)
        self.print_menu.setAccessibleName(self.tr("打印哪一种"))
        explain_disabled(self.print_menu)  # a greyed-out paper says why, to ↓ as to the mouse
        self.print_actions: dict[str, QAction] = {}
        for number, (name, _label) in enumerate(FORMS, start=1):
            action = self.print_menu.addAction(f"&{number} {label_of(name)}")
            action.triggered.connect(lambda _checked=False, n=name: self.print_form(n))
            self.print_actions[name] = action

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.buttons)
        left_layout.addWidget(self.list, 1)
        self.side = QTabWidget(self)
        self.side.setAccessibleName(self.tr("日历与统计"))
        self.calendar = MeetingCalendar(ctx, self.side)
        self.stats = MeetingStats(ctx, self.side)
        self.side.addTab(self.calendar, self.tr("日历"))
        self.side.addTab(self.stats, self.tr("统计"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        remember(ctx.settings, "meetings/splitter", self.splitter)
        remember(ctx.settings, "meetings/side_page", self.side)  # 日历 or 统计
        list_first(self, self.list, self.buttons)  # find, filters, list, buttons; the calendar

        self.list.activated.connect(lambda _id: self.edit_current())
        self.list.selection_changed.connect(self.update_buttons)
        self.calendar.meeting_chosen.connect(self._select)
        for keys, slot in (
            ("Ctrl+Shift+A", self.attendance),
            ("Ctrl+Shift+S", self.seating),
            ("Ctrl+Shift+M", self.minutes),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.update_buttons()

    def _button(self, text: str, name: str, slot: Any, write: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        if write:
            button.setVisible(self.ctx.actor.can_write)
        self.buttons.addWidget(button)
        return button

    # ---- state
    def current_meeting(self) -> Any:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return core.get(record_id, self.ctx.actor)
        except OfficeDeskError:
            return None

    def update_buttons(self) -> None:
        meeting = self.current_meeting()
        has = meeting is not None
        live = has and meeting.status != core.CANCELLED
        for button in (
            self.edit_button,
            self.attendance_button,
            self.seating_button,
        ):
            button.setEnabled(bool(live))
        # 纪要 when core would take one now (from the meeting's day); else greyed, saying why
        refused = self.minutes_refusal(meeting) if has else ""
        self.minutes_button.setEnabled(has and not refused)
        self.minutes_button.setToolTip(display(refused))
        self.print_button.setEnabled(has)
        self.history_button.setEnabled(has)
        if has:  # core says which papers the meeting has now (cancelled: the 取消通知 at most)
            for name, action in self.print_actions.items():
                set_refusal(action, display(core.paper_refusal(name, meeting)))
            if cancellation_to_print(meeting) is not None:  # the notice left is the 取消通知
                tip = self.tr("印发取消通知：告知已收到会议通知的单位和人员，会议不再召开")
                self.print_actions["notice"].setStatusTip(tip)
                self.print_actions["notice"].setToolTip(tip)
        self.notice_sent_button.setEnabled(bool(has and meeting.status == core.PREPARING))
        self.cancel_button.setEnabled(
            bool(has and meeting.status in (core.PREPARING, core.NOTIFIED))
        )

    def minutes_refusal(self, meeting: Any) -> str:
        """Why core would refuse a 纪要 of `meeting` now ("" when it would take one): the step's
        own refusal (a meeting cancelled, or whose day has not come)."""
        proc = steps.procedure("meetings")
        return steps.refusal(proc, proc.find("纪要"), meeting, self.ctx.actor) or ""

    def _select(self, meeting_id: int) -> None:
        self.list.refresh()
        self.list.select_record(meeting_id)

    def _open(self, dialog: QDialog, after: Any = None) -> QDialog:
        """Window-modal and non-blocking: the list refreshes when it closes."""
        self.active_dialog = dialog

        def finished(_result: int) -> None:
            self.active_dialog = None
            if after is not None:
                after(dialog)
            self.list.refresh()
            self.update_buttons()
            back_to_list(self.list)  # the meeting current, for the arrows and Enter

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # ---- tab protocol (main window: Ctrl+N / Ctrl+P / Ctrl+F)
    def current_registry(self) -> str:
        return "meetings"

    def focus_search(self) -> None:
        self.list.focus_search()

    def show_record(self, registry_name: str, record_id: int) -> bool:
        if registry_name != "meetings":
            return False
        self.list.refresh()
        return self.list.select_record(record_id)

    def new_record(self) -> None:
        if not self.ctx.actor.can_write:
            return

        def after(dialog: Any) -> None:
            if dialog.saved_record is not None:
                self.list.refresh()
                self.list.select_record(dialog.saved_record.id)

        self._open(MeetingDialog(self.ctx, parent=self), after)

    def edit_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        dialog = MeetingDialog(self.ctx, meeting, parent=self)
        if not self.ctx.actor.can_write or meeting.status == core.CANCELLED:
            dialog.buttons.setEnabled(False)
        self._open(dialog)

    def attendance(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and meeting.status != core.CANCELLED:
            self._open(AttendanceDialog(self.ctx, meeting, self))

    def seating(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and meeting.status != core.CANCELLED:
            self._open(SeatingDialog(self.ctx, meeting, self))

    def minutes(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and not self.minutes_refusal(meeting):  # also by Ctrl+Shift+M
            self._open(MinutesDialog(self.ctx, meeting, self))

    def print_current(self) -> None:
        if self.list.current_id() is None:
            nothing_to_print(self)
            return
        self.print_menu.popup(self.print_button.mapToGlobal(QPoint(0, self.print_button.height())))
        self.print_menu.setActiveAction(self.print_menu.actions()[0])

    def print_form(self, name: str) -> Any:
        ids = self.list.chosen_ids()
        if not ids:
            return None
        options = self.copy_options(name, ids)
        if options is None:
            return None
        self.last_preview = preview_form(self, self.ctx, name, ids, **options)
        return self.last_preview

    def copy_options(self, name: str, ids: list[int]) -> dict[str, Any] | None:
        """A classified meeting's notice or 纪要 is printed copy by copy, each with its own 份号:
        of one meeting the clerk gives the 份数 (one per 参加人 offered), of several each gets
        one per 参加人. None: the clerk cancelled."""
        from officedesk.printing import forms, meetings_forms, secrecy

        if "copies" not in forms.get(form_of(name)[0]).options:
            return {}
        meetings = [core.get(i, self.ctx.actor) for i in ids]
        if not any(secrecy.level_of(m) for m in meetings):
            return {}
        if len(meetings) > 1 or name == "supplement":  # a 补发: one copy each of those added
            return {"all_copies": True}
        copies = self.ask_copies(meetings_forms.default_copies(meetings[0], self.ctx.actor, name))
        return None if copies is None else {"copies": copies}

    def ask_copies(self, default: int) -> int | None:
        from officedesk.ui.widgets.copies import ask_copy_options

        chosen = ask_copy_options(
            self, self.tr("印制份数"),
            self.tr("涉密会议的文件逐份编份号。印制份数（默认每位参加人一份）："), default,
        )
        return None if chosen is None else int(chosen["copies"])

    @from_list
    def notice_sent(self) -> None:
        """发通知, the step: through core's runner, as `officedesk step meetings ID 发通知`. Asked
        first, as 取消会议 is: it cannot be undone (the notice is kept as sent, and a later change
        of time or place prints a 更正通知)."""
        meeting = self.current_meeting()
        if meeting is None:
            return
        if not confirm(
            self,
            self.tr("已发通知"),
            self.tr("确定“%1”（%2）的会议通知已经发出吗？记为已发后不能撤回：通知内容即固定，"
                    "此后改动时间或地点，须印发更正通知。")
            .replace("%1", meeting.title).replace("%2", meeting.start.strftime("%Y-%m-%d %H:%M")),
            danger=True, yes=self.tr("记为已发"),
        ):
            return
        try:
            steps.perform("meetings", meeting.id, "发通知", {}, self.ctx.actor,
                          version=meeting.version)
        except OfficeDeskError as exc:
            show_error(self, exc)
        self.ctx.notify_changed("meetings")
        self.update_buttons()

    def cancel_dialog(self) -> SpecStepDialog | None:
        """取消 from its declaration (the reason); asks before it is sent: it cannot be undone."""
        meeting = self.current_meeting()
        if meeting is None:
            return None
        return SpecStepDialog(
            self.ctx.actor, "meetings", meeting, "取消", self,
            confirm=lambda dialog: confirm(
                dialog,
                self.tr("取消会议"),
                self.tr("确定取消会议“%1”吗？取消后不能再修改。").replace("%1", meeting.title),
                danger=True,
                yes=self.tr("取消会议"),  # not 确定/取消: 取消 there kept the meeting
                no=self.tr("不取消"),
            ),
        )

    def cancel_meeting(self) -> None:
        dialog = self.cancel_dialog()
        if dialog is not None:
            self._open(dialog, self._cancelled)

    def _cancelled(self, dialog: SpecStepDialog) -> None:
        if dialog.result_record is not None:
            self.ctx.notify_changed("meetings")
        due = dialog.outcome.extra.get("cancellation_due") if dialog.outcome else None
        if due:  # notified: those who hold the notice are told by the 取消通知
            info(self, self.tr("取消通知"), display(due))

    @from_list
    def show_history(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            HistoryDialog("meetings", meeting.id, meeting.title, parent=self, actor=self.ctx.actor).exec()


def make_tab(ctx: Any) -> QWidget:
    return MeetingsTab(ctx)
