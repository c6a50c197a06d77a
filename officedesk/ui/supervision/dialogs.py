"""Dialogs of the 督查 tab: 催办 (reminders by unit, the 催办通知单) and 督查通报 (figures per unit,
a chart, the printed bulletin)."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, records, responsibility, settings, steps
from officedesk.core import supervision as sv
from officedesk.core.errors import OfficeDeskError, ProcedureError
from officedesk.core.i18n import display
from officedesk.printing import forms
from officedesk.ui import print_preview
from officedesk.ui.supervision.models import UnitFiguresModel
from officedesk.ui.widgets.charts import BarChart
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.form_dialog import GuardedDialog
from officedesk.ui.widgets.messages import show_error
from officedesk.ui.widgets.pickers import DirectoryLineEdit


def preview_form(
    parent: QWidget, ctx: Any, form_name: str, ids: list[int], title: str, **options: Any
) -> bytes | None:
    """Build a form's PDF and open the preview; errors (nothing to print …) are shown."""
    try:
        pdf = forms.get(form_name).build(ids, ctx.actor, **options)
    except OfficeDeskError as exc:
        show_error(parent, exc)
        return None
    print_preview.show_pdf_preview(parent, pdf, title)
    return pdf


CHART_UNITS = 12


class ReminderDialog(GuardedDialog):
    """催办: the units with tasks to chase; record the reminders and print each unit's notice
    (the 催办 recorded: core refuses one never chased, saying so)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_pdf: bytes | None = None
        self.setWindowTitle(self.tr("督查催办"))
        self.setAccessibleName(self.windowTitle())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("催办概况"))
        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName(self.tr("被催办单位"))
        self.generate_button = QPushButton(self.tr("生成催办记录"), self)
        self.generate_button.setAccessibleName(self.tr("生成催办记录"))
        self.generate_button.setToolTip(
            self.tr("为临期、逾期和反馈逾期的任务登记催办，再次催办时升级（延期后或反馈回到正常进度后从第一次催办起）")
        )
        self.generate_button.setEnabled(ctx.actor.can_write)
        self.print_unit_button = QPushButton(self.tr("打印本单位催办通知单"), self)
        self.print_unit_button.setAccessibleName(self.tr("打印本单位催办通知单"))
        self.print_all_button = QPushButton(self.tr("打印全部催办通知单"), self)
        self.print_all_button.setAccessibleName(self.tr("打印全部催办通知单"))
        # Enter in the unit chosen previews its notice; 生成催办记录 (every unit at once, up to
        # 通报) only when the clerk picks that button: as the first button it was Qt's default
        self.print_unit_button.setDefault(True)
        close = QPushButton(self.tr("关闭"), self)
        close.setAccessibleName(self.tr("关闭"))
        self.generate_button.clicked.connect(self.generate)
        self.print_unit_button.clicked.connect(self.print_unit)
        self.print_all_button.clicked.connect(self.print_all)
        close.clicked.connect(self.cancel_by_user)  # asks when a 经办人 typed was not used
        # 代录: whose 催办 a clerk records (the 科长 who decided on paper), when core asks for it
        self.person = DirectoryLineEdit("people", self)
        self.person.setAccessibleName(self.tr("经办人"))
        self.person.setPlaceholderText(self.tr("代谁录入（纸质件上决定催办的人）"))
        # its hint read whole (English: “Recorded for whom (who decided th…” at 620 px)
        self.person.setMinimumWidth(
            self.person.fontMetrics().horizontalAdvance(self.person.placeholderText()) + 16)
        self.person_label = QLabel(self.tr("经办人："), self)
        self.person_label.setBuddy(self.person)
        # made after the buttons, it was the Tab stop after 关闭: it stands beside the unit
        self.setTabOrder(self.unit_combo, self.person)
        self.setTabOrder(self.person, self.generate_button)
        row = QHBoxLayout()
        unit_label = QLabel(self.tr("单位："), self)
        unit_label.setBuddy(self.unit_combo)  # its Alt+letter (give_dialog_keys) reaches the list
        row.addWidget(unit_label)
        row.addWidget(self.unit_combo, 1)
        row.addWidget(self.person_label)
        row.addWidget(self.person, 1)
        buttons = QHBoxLayout()
        for button in (self.generate_button, self.print_unit_button, self.print_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addStretch(1)  # the room left below the choice, not above the summary
        layout.addLayout(buttons)
        self.resize(620, 180)
        self.guard_fields(self.person)  # Esc after typing the 经办人 asks, as in every form
        self.reload()

    def reload(self) -> None:
        found = sv.chases(actor=self.ctx.actor)
        chases = [chase for chase in found if chase.overdue]  # 逾期, 反馈逾期, red for lag
        counts: dict[str, int] = {}
        for chase in found:
            counts[chase.task.lead_unit] = counts.get(chase.task.lead_unit, 0) + 1
        pressing = {chase.task.lead_unit for chase in chases}
        # the units to print for: those due a 催办, and those chased already (their notice)
        sent = {notice.unit for notice in sv.reminders.notices(actor=self.ctx.actor)}
        self.unit_combo.clear()
        for unit in sorted(set(counts) | sent):
            self.unit_combo.addItem(
                self.tr("%1（%2 项待催办）").replace("%1", unit).replace("%2", str(counts.get(unit, 0))),
                unit,
            )
        self.summary.setText(
            # each task once: the pressing ones, then the rest due soon (a red one due today is
            # among the former: “临期任务 0 项” alone read as if nothing were due soon)
            self.tr("今天是 %1。逾期、反馈逾期或进度严重滞后的任务 %2 项，涉及 %3 个单位；另有临期任务 %4 项。")
            .replace("%1", clock.today().isoformat())
            .replace("%2", str(len(chases)))
            .replace("%3", str(len(pressing)))
            .replace("%4", str(len(found) - len(chases)))
        )
        has = self.unit_combo.count() > 0
        self.print_unit_button.setEnabled(has)
        self.print_all_button.setEnabled(has)
        # 催办 is the 督查室's (its step declares who): not offered to anyone else
        refusal = self.chase_refusal()
        self.generate_button.setEnabled(self.ctx.actor.can_write and not refusal)
        self.generate_button.setToolTip(display(refusal) or self.tr(
            "为临期、逾期和反馈逾期的任务登记催办，再次催办时升级（延期后或反馈回到正常进度后从第一次催办起）"))
        asks = not refusal and self.ctx.actor.can_write and self.asks_person()
        self.person.setVisible(asks)
        self.person_label.setVisible(asks)

    def _first_item(self) -> Any:
        for chase in sv.chases(actor=self.ctx.actor)[:1]:
            return records.get(sv.SPEC, chase.item.id, self.ctx.actor)
        return None

    def chase_refusal(self) -> str:
        """Why core would refuse this user the 催办 step (on the first item due one), or ""."""
        proc = steps.procedure(sv.SPEC.name)
        try:
            item = self._first_item()
            if item is None:
                return ""
            return steps.refusal(proc, proc.find("催办"), item, self.ctx.actor) or ""
        except OfficeDeskError as exc:
            return exc.message

    def asks_person(self) -> bool:
        """Core takes the person 催办 is recorded for and would not take it in this user's own
        name (a clerk with the 代录 right, not one of its holders): the window asks whom."""
        try:
            item = self._first_item()
        except OfficeDeskError:
            return False
        return item is not None and responsibility.records_for_someone(sv.SPEC.name, "催办", item,
                                                                        self.ctx.actor)

    def entered_for(self) -> str:
        return self.person.text().strip() if not self.person.isHidden() else ""

    def current_unit(self) -> str | None:
        return self.unit_combo.currentData()

    def generate(self) -> list[str]:
        """催办 each item with a task due a reminder, one 催办 step of the item at a time
        through core's step runner (as `officedesk step supervision ID 催办`)."""
        proc = steps.procedure(sv.SPEC.name)
        step = proc.find("催办")
        person = self.entered_for()
        made: list[str] = []
        refused: dict[str, list[str]] = {}  # core's reason: the items (numbers) it refused
        stopped = False  # a refusal of the database (a full disk) ended the round
        for item_id in dict.fromkeys(c.item.id for c in sv.chases(actor=self.ctx.actor)):
            try:
                item = records.get(sv.SPEC, item_id, self.ctx.actor)
                # who may chase it, and for whom (代录): core's answer, told with the item
                reason = steps.refusal(proc, step, item, self.ctx.actor)
                if not reason:
                    cap = responsibility.capacity(sv.SPEC.name, step.name, item, self.ctx.actor,
                                                  person)
                    reason = cap if isinstance(cap, str) else None
                if reason:
                    refused.setdefault(reason, []).append(str(item.number or item.id))
                    continue
                try:
                    outcome = steps.perform(sv.SPEC.name, item_id, "催办", {}, self.ctx.actor,
                                            person=person or None)
                except ProcedureError:
                    continue  # none of its tasks is due a new reminder (chased lately)
            except OfficeDeskError as exc:
                show_error(self, exc)
                stopped = True  # the rest not tried: never told "nothing due"
                break
            made += outcome.extra.get("reminders", [])
        self.ctx.notify_changed(sv.SPEC.name)
        if made:
            self.mark_clean()  # the 经办人 typed went with them
        levels: dict[str, int] = {}
        for text in made:  # “单位：第一次催办”
            label = text.rpartition("：")[2]
            levels[label] = levels.get(label, 0) + 1
        detail = "、".join(f"{k} {v} 项" for k, v in levels.items())
        if not detail and not refused and not stopped:
            detail = self.tr("没有需要新催办的任务")
        self.reload()
        lines = [self.summary.text()]
        if detail:
            lines.append(self.tr("已登记催办：%1。").replace("%1", detail))
        if stopped:
            lines.append(self.tr("催办没有全部登记：请按上面的提示处理后，再点“生成催办记录”登记其余的。"))
        for reason, numbers in refused.items():
            lines.append(self.tr("未登记催办（%1）：%2").replace("%1", "、".join(numbers))
                         .replace("%2", reason))
        self.summary.setText("\n".join(lines))
        return made

    def print_unit(self) -> bytes | None:
        unit = self.current_unit()
        if not unit:
            return None
        self.last_pdf = preview_form(
            self,
            self.ctx,
            "supervision-reminder",
            [],
            self.tr("督查催办通知单") + f" {unit}",
            unit=unit,
        )
        return self.last_pdf

    def print_all(self) -> bytes | None:
        self.last_pdf = preview_form(
            self, self.ctx, "supervision-reminder", [], self.tr("督查催办通知单")
        )
        return self.last_pdf


class BulletinDialog(GuardedDialog):
    """督查通报: pick a period, see the figures per unit and the chart, print the bulletin."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_pdf: bytes | None = None
        self.result: sv.Bulletin | None = None
        self.setWindowTitle(self.tr("督查通报"))
        self.setAccessibleName(self.windowTitle())
        today = clock.today()
        self.date_from = self._date_edit(dt.date(today.year, 1, 1), self.tr("通报开始日期"))
        self.date_to = self._date_edit(today, self.tr("通报结束日期"))
        count = QPushButton(self.tr("统计"), self)
        count.setAccessibleName(self.tr("统计"))
        count.clicked.connect(self.refresh)
        # this 发文字号 (printing checks it); the setting is only what it starts with
        self.number = QLineEdit(self)
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("云委办督〔2026〕12号") + 16)
        self.number.setPlaceholderText(self.tr("序号印后手填"))
        self.number.setAccessibleName(self.tr("通报发文字号"))
        self.number.setToolTip(self.tr("本期督查通报的发文字号，如 云委办督〔2026〕3号；留空则序号留白，编号后手填"))
        self.print_button = QPushButton(self.tr("打印通报"), self)
        self.print_button.setAccessibleName(self.tr("打印通报"))
        self.print_button.clicked.connect(self.print_bulletin)
        self.close_button = QPushButton(self.tr("关闭"), self)  # it closed by Esc alone
        self.close_button.setAccessibleName(self.tr("关闭"))
        self.close_button.clicked.connect(self.cancel_by_user)  # asks when a typed 发文字号 is unused
        top = QHBoxLayout()
        period = QLabel(self.tr("期间(&R)："), self)  # Alt letters, as every form's fields have
        period.setBuddy(self.date_from)
        top.addWidget(period)
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("至"), self))
        top.addWidget(self.date_to)
        top.addWidget(count)
        top.addStretch(1)
        number = QLabel(self.tr("发文字号(&D)："), self)
        number.setBuddy(self.number)
        top.addWidget(number)
        top.addWidget(self.number)
        top.addWidget(self.print_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("通报概况"))
        self.model = UnitFiguresModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("各单位办理情况"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the figures' columns as wide as their titles (办结率（按件计） was cut at 100 px), the
        # units' names take the rest: a table of tens of rows, measured at once
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart(self.tr("各单位办结率、按期办结率（按件计，%）"), self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(1000, 660)
        self._number_from_setting()
        self.guard_fields(self.number)  # Esc after typing the 发文字号 asks, as in every form
        self.refresh()

    def _number_from_setting(self) -> None:
        from officedesk.printing.supervision_bulletin import DOC_NUMBER  # reportlab: when asked

        self.number.setText(str(settings.get(DOC_NUMBER.key) or ""))

    def _date_edit(self, day: dt.date, name: str) -> DateInput:
        edit = DateInput(self, label=name, value=day)
        edit.setAccessibleName(name)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 48)
        return edit

    def period(self) -> tuple[dt.date, dt.date]:
        """The dates typed; a date that does not read raises core's ValidationError."""
        return self.date_from.value(), self.date_to.value()

    def refresh(self) -> None:
        try:
            start, end = self.period()
            result = sv.bulletin(start, end, actor=self.ctx.actor)
        except OfficeDeskError as exc:  # a period not begun, dates the wrong way round …
            self.summary.setText(display(exc.message))
            self.result = None
            self.model.set_rows([])  # no figures of another period left on show
            self.chart.set_data([], [], self.tr("各单位办结率、按期办结率（按件计，%）"))
            return
        self.result = result
        self.model.set_rows(result.units)
        total = result.total
        self.summary.setText(
            self.tr(
                "截至期末在办任务 %1 件，逾期未办结 %2 件；本期应办结 %3 件，办结 %4 件（按期 %5 件）；"
                "办结率（按件计）%6，按期办结率（按件计）%7。"
            )
            .replace("%1", str(total.open))
            .replace("%2", str(total.overdue))
            .replace("%3", str(total.due))
            .replace("%4", str(total.done))
            .replace("%5", str(total.on_time))
            .replace("%6", sv.rate_text(total.done_rate))
            .replace("%7", sv.rate_text(total.on_time_rate))
            + display(result.provisional)  # its 逾期天数 counted into a year not entered yet
        )
        # what each figure counts, in the interface's language; as a paragraph Qt wraps it
        self.summary.setToolTip(f"<p>{html.escape(display(sv.figures.DEFINITIONS))}</p>")
        shown = result.units[:CHART_UNITS]  # the worst first: the ones the bulletin is about
        title = self.tr("各单位办结率、按期办结率（按件计，%）")
        if len(result.units) > CHART_UNITS:
            title += self.tr("：按期办结率最低的 %1 个单位").replace("%1", str(CHART_UNITS))
        self.chart.set_data(
            [sv.figures.short_unit(f.unit) for f in shown],
            [
                (self.tr("办结率（按件计）"), [f.done_rate or 0 for f in shown]),
                (self.tr("按期办结率（按件计）"), [f.on_time_rate or 0 for f in shown]),
            ],
            title,
        )

    def print_bulletin(self) -> bytes | None:
        try:
            start, end = self.period()
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        copies = self.copy_options(start, end)
        if copies is None:  # the clerk cancelled: nothing printed
            return None
        self.last_pdf = preview_form(
            self, self.ctx, "bulletin", [], self.tr("督查通报"), date_from=start, date_to=end,
            number=self.number.text(), **copies,
        )
        if self.last_pdf is not None:
            self.mark_clean()  # the 发文字号 typed is in the 通报 printed
        return self.last_pdf

    def copy_options(self, start: dt.date, end: dt.date) -> dict[str, Any] | None:
        """A classified 通报 (it names an overdue item of a 密级) is printed copy by copy, each
        with its own 份号, as `print bulletin --copies N / --copy K`: the clerk gives the 份数
        or one 份号 to reprint. None: the clerk cancelled."""
        from officedesk.printing.supervision_bulletin import bulletin_level
        from officedesk.ui.widgets.copies import when_classified

        return when_classified(lambda: bulletin_level(self.ctx.actor, start, end), self.ask_copies)

    def ask_copies(self) -> dict[str, Any] | None:
        from officedesk.ui.widgets.copies import ask_numbered_copies

        return ask_numbered_copies(self, self.tr("印制份数"),
                                   self.tr("涉密督查通报逐份编份号。印制份数，或只补印其中一份："))
