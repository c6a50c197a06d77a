"""The periodicals' issues (印发, print) and the units' ranking (信息工作通报) of the 信息 tab;
both read and change through core.info only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, counted_scope
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.info import counted_by, empty_issue, periodicals, reporting_units, scoring
from officedesk.core.info import spec as S
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import confirm, show_error
from officedesk.ui.widgets.mnemonics import KeyedDialog
from officedesk.ui.widgets.table_keys import enter_stays, tab_moves_on

Printer = Callable[..., "bytes | None"]  # (form name, ids, **options) -> the PDF shown


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    tab_moves_on(table)  # Tab on to the buttons; arrows between cells
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c != 1:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(dialog.tr("关闭"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def _named(text: str, issue: Any) -> str:
    """A question about an issue: 《%1》%2年第%3期（总第%4期） filled in."""
    return (text.replace("%1", display(issue.periodical.name)).replace("%2", str(issue.year))
            .replace("%3", str(issue.seq)).replace("%4", str(issue.total)))


class IssuesDialog(KeyedDialog):
    """Every issue of the periodicals: 印发 the one being edited, print any."""

    def __init__(self, ctx: Any, printer: Printer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.printer = ctx, printer
        self.setWindowTitle(self.tr("信息刊物"))
        self.setAccessibleName(self.tr("信息刊物"))
        self.periodical = QComboBox(self)
        # one periodical a row, one chosen: “Periodical” (刊物 alone is the button's “Periodicals”)
        one_periodical = self.tr("刊物：").rstrip(":：")
        self.periodical.setAccessibleName(one_periodical)
        self.periodical.addItem(self.tr("全部"), "")
        for name in periodicals.names():  # as the ranking names them; chosen by the name kept
            self.periodical.addItem(display(name), name)
        self.periodical.currentIndexChanged.connect(self.load)
        self.table = _table(self, [one_periodical, self.tr("期号"), self.tr("总期号"),
                                   self.tr("状态"), self.tr("信息数"), self.tr("印发日期")],
                            self.tr("刊物各期"))
        self.publish_button = QPushButton(self.tr("印发"), self)
        self.publish_button.setAccessibleName(self.tr("印发"))
        self.publish_button.clicked.connect(self.publish_current)
        self.publish_button.setVisible(periodicals.publish_refusal(ctx.actor) is None)
        self.remove_button = QPushButton(self.tr("删除空期"), self)
        self.remove_button.setAccessibleName(self.tr("删除空期"))
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setVisible(periodicals.publish_refusal(ctx.actor) is None)
        self.order_button = QPushButton(self.tr("调整顺序…"), self)
        self.order_button.setAccessibleName(self.tr("调整这一期的信息顺序"))
        self.order_button.clicked.connect(self.order_current)
        self.order_button.setVisible(periodicals.publish_refusal(ctx.actor) is None)
        self.order_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setAccessibleName(self.tr("打印这一期"))
        self.print_button.clicked.connect(self.print_current)
        self.setup_button = QPushButton(self.tr("刊物设置"), self)
        self.setup_button.setAccessibleName(self.tr("刊物设置"))
        self.setup_button.clicked.connect(self.edit_periodical)
        self.setup_button.setVisible(periodicals.setting_refusal(ctx.actor) is None)
        top = QHBoxLayout()
        periodical_label = QLabel(self.tr("刊物："), self)
        periodical_label.setBuddy(self.periodical)  # its Alt+letter reaches the list
        top.addWidget(periodical_label)
        top.addWidget(self.periodical)
        top.addWidget(self.setup_button)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        top.addWidget(self.order_button)
        top.addWidget(self.publish_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(_close_buttons(self))
        # Tab as the dialog reads: the bar left to right, then the list (they were made in
        # another order: Tab went from the list up to 印发 and back to 刊物设置)
        order = (self.periodical, self.setup_button, self.remove_button, self.order_button,
                 self.publish_button, self.print_button, self.table)
        self.table.itemSelectionChanged.connect(self.follow_choice)
        # Enter previews the issue chosen (in the list, or after choosing the periodical):
        # 刊物设置, the first button, was Qt's automatic default and opened its form instead
        self.print_button.setDefault(True)
        self.table.activated.connect(lambda _index: self.print_current())
        enter_stays(self.table)
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.resize(640, 460)
        self.load()

    def load(self) -> None:
        name = self.periodical.currentData() or ""
        self.issues = list(reversed(periodicals.issues(name)))  # newest first
        _fill(self.table, [[display(i.periodical.name),
                            self.tr("%1年第%2期").replace("%1", str(i.year))
                            .replace("%2", str(i.seq)),
                            self.tr("总第%1期").replace("%1", str(i.total)), self.tr(i.state),
                            str(periodicals.count_of(i.id, self.ctx.actor)),
                            i.issued_on.isoformat() if i.issued_on else ""] for i in self.issues])
        if self.issues:
            self.table.selectRow(0)
        self.follow_choice()

    def follow_choice(self) -> None:
        """调整顺序 only for an issue still being edited (core refuses one 印发)."""
        issue = self.current()
        self.order_button.setEnabled(issue is not None and issue.state == periodicals.EDITING)

    def current(self) -> Any:
        row = self.table.currentRow()
        return self.issues[row] if 0 <= row < len(self.issues) else None

    def publish_current(self) -> None:
        issue = self.current()
        if issue is None:
            return
        # 印发 cannot be taken back (core has no un-publish; the issue goes out on paper): ask
        # first. One already issued goes straight to core, whose refusal says when it went out.
        if issue.state == periodicals.EDITING and not confirm(
                self, self.tr("印发刊物"),
                _named(self.tr("印发《%1》%2年第%3期（总第%4期，%5条信息）？\n"
                               "印发后这一期即发出，不能撤回，也不能再编入或改动信息。"), issue)
                .replace("%5", str(periodicals.count_of(issue.id, self.ctx.actor))),
                danger=True, yes=self.tr("印发")):
            return
        self.run(lambda: periodicals.publish(issue.id, self.ctx.actor))

    def run(self, call: Any) -> None:
        """Do what core does, its refusal shown; the list read again after it."""
        try:
            call()
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.load()

    def remove_current(self) -> None:
        """删除空期 (core.info.empty_issue): asked first, as the later issues change number;
        one that may not go, core refuses with its reason."""
        issue = self.current()
        if issue is None:
            return
        if empty_issue.removal_refusal(issue, self.ctx.actor) is None and not confirm(
                self, self.tr("删除空期"),
                _named(self.tr("删除《%1》%2年第%3期（总第%4期）？\n"
                               "其后未印发的各期期号、总期号依次提前一号。"), issue),
                danger=True, yes=self.tr("删除空期")):
            return
        self.run(lambda: empty_issue.remove_issue(issue.id, self.ctx.actor))

    def order_dialog(self, issue: Any) -> Any:
        from officedesk.ui.info.order_dialog import OrderDialog

        return OrderDialog(self.ctx, issue, self)

    def order_current(self) -> None:
        """排序 of the issue chosen (offered only while it is being edited, as core allows)."""
        issue = self.current()
        if issue is None:
            return
        dialog = self.order_dialog(issue)
        if dialog.load() and dialog.exec():
            self.load()

    def print_current(self) -> bytes | None:
        issue = self.current()
        return self.printer("info-issue", [issue.id]) if issue is not None else None

    def periodical_dialog(self) -> PeriodicalDialog:
        name = self.periodical.currentData() or ""
        return PeriodicalDialog(self.ctx, name, self)

    def edit_periodical(self) -> None:
        if self.periodical_dialog().exec():
            self.load()


class PeriodicalDialog(FormDialog):
    """A periodical's name, 编发单位, 报/送/发 and the 总期号 before the program (a new name adds
    one). Saved through core.info.periodicals; a refusal keeps what was typed."""

    def __init__(self, ctx: Any, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("刊物设置"))
        self.setAccessibleName(self.tr("刊物设置"))
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.addItems(periodicals.names())
        self.unit, self.send_up, self.send_to, self.send_down = (QLineEdit(self) for _ in range(4))
        self.total_start = QSpinBox(self)
        self.total_start.setRange(0, 100_000)
        form = QFormLayout()
        for label, widget in ((self.tr("刊物名称"), self.name), (self.tr("编发单位"), self.unit),
                              (self.tr("报"), self.send_up), (self.tr("送"), self.send_to),
                              (self.tr("发"), self.send_down),
                              (self.tr("此前已出总期数"), self.total_start)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.unit.setPlaceholderText(self.tr("不填则为本机关名称"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b")
        self.error.setAccessibleName(self.tr("错误"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # only a periodical chosen from the list loads its settings: typing a name (a new one,
        # or passing through an existing one) keeps what was typed below it
        self.name.textActivated.connect(self.load)
        if name:
            self.name.setCurrentText(name)
        self.load(self.name.currentText())
        self.resize(520, 300)
        self.setup_form(self.try_save)  # Esc, 取消 or closing asks before what was typed is lost

    def load(self, name: str) -> None:
        found = next((p for p in periodicals.periodicals(active_only=False) if p.name == name),
                     None)
        # what the fields were filled from: core refuses the save if it was saved since
        self.loaded = (name, found.version if found else 0)
        self.unit.setText(found.unit if found else "")
        self.send_up.setText(found.send_up if found else "")
        self.send_to.setText(found.send_to if found else "")
        self.send_down.setText(found.send_down if found else "")
        self.total_start.setValue(found.total_start if found else 0)
        # fixed once an issue went out (core refuses a change): shown so, with the reason
        locked = periodicals.total_start_refusal(found) if found else None
        self.total_start.setEnabled(locked is None)
        self.total_start.setToolTip(locked or "")

    def try_save(self) -> bool:
        try:
            name = self.name.currentText()
            periodicals.save_periodical(
                name, self.ctx.actor, unit=self.unit.text(),
                send_up=self.send_up.text(), send_to=self.send_to.text(),
                send_down=self.send_down.text(), total_start=self.total_start.value(),
                # the fields as filled from the periodical chosen (a name typed over it is
                # saved as typed, as before)
                expected_version=self.loaded[1] if name.strip() == self.loaded[0].strip() else None)
        except OfficeDeskError as exc:
            self.error.setText(display(exc.message))
            return False
        self.accept()
        return True


class RankingDialog(KeyedDialog):
    """Each unit's 报送, 采用 per level, 批示 and points over a year, quarter or month."""

    def __init__(self, ctx: Any, printer: Printer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.printer = ctx, printer
        self.setWindowTitle(self.tr("信息工作排名"))
        self.setAccessibleName(self.tr("信息工作排名"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.setAccessibleName(self.tr("年度"))
        self.part = QComboBox(self)
        self.part.setAccessibleName(self.tr("期间"))
        self.part.addItems([self.tr("全年"), self.tr("第一季度"), self.tr("第二季度"),
                            self.tr("第三季度"), self.tr("第四季度"),
                            *(self.tr("%1月").replace("%1", str(m)) for m in range(1, 13))])
        self.year.valueChanged.connect(self.load)
        self.part.currentIndexChanged.connect(self.load)
        enter_stays(self.year)  # Enter takes the year typed; it opened the 通报's preview
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("期间"))
        levels = [self.tr("县级采用"), self.tr("市级采用"), self.tr("省级采用"), self.tr("中央采用")]
        self.table = _table(self, [self.tr("名次"), self.tr("单位"), self.tr("报送"),
                                   *levels, self.tr("批示"), self.tr("得分")],
                            self.tr("各单位得分"))
        # how the figures are counted and what they cover, as the 通报 and info-ranking say
        self.counted = QLabel(self)
        self.counted.setWordWrap(True)
        self.counted.setAccessibleName(self.tr("计分说明"))
        self.print_button = QPushButton(self.tr("打印通报"), self)
        self.print_button.setAccessibleName(self.tr("打印信息工作通报"))
        self.print_button.clicked.connect(self.print_ranking)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年度："), self)
        year_label.setBuddy(self.year)  # its Alt+letter (give_dialog_keys) reaches the year
        for widget in (year_label, self.year, self.part, self.summary):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counted)
        layout.addWidget(_close_buttons(self))
        # Tab as it reads: the top row (打印通报 at its right end), then the list
        QWidget.setTabOrder(self.part, self.print_button)
        QWidget.setTabOrder(self.print_button, self.table)
        self.resize(960, 560)  # every column in English too (1366×768 screens)
        self.load()

    def period(self) -> str:
        year, index = self.year.value(), self.part.currentIndex()
        if index == 0:
            return str(year)
        if index <= 4:
            return f"{year}-Q{index}"
        return f"{year}-{index - 4:02d}"

    def load(self) -> None:
        try:
            level = counted_scope.counted_level(self.ctx.actor)  # read with the scores, as they count
            _label, self.ranked = scoring.ranking(self.ctx.actor, self.period())
        except OfficeDeskError as exc:
            # no figures of the period shown before left under the one refused (not begun)
            self.ranked = []
            _fill(self.table, [])
            self.summary.setText("")
            self.counted.setText("")
            show_error(self, exc)
            return
        first, last, label = scoring.period_range(self.period())
        scope = counted_by.scope(label, first, last, self.ranked)
        # the days counted (up to today while the period runs), as the line under the table
        self.summary.setText(f"{first.isoformat()} — {scope.counted_to.isoformat()}")  # any language
        silent = reporting_units.silent_line(self.ranked)  # as the 通报 and info-ranking say it
        self.counted.setText("\n".join(display(line) for line in (
            scope.line(), counted_scope.shown_note(level, "信息"), silent, counted_by.COUNTED_BY)
            if line))
        _fill(self.table, [[str(s.rank), s.unit, str(s.reported),
                            *(str(s.adopted[lv]) for lv in S.ADOPTION_LEVELS),
                            str(s.instructions), str(s.points)] for s in self.ranked])

    def print_ranking(self) -> bytes | None:
        first, last, _label = scoring.period_range(self.period())
        return self.printer("info-ranking", [], date_from=first.isoformat(),
                            date_to=last.isoformat())
