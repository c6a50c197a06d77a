"""The 效能 tab: period and unit on top; pages 概况, 环节, 排名, 三多, 效能投诉."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, counted_scope, settings
from officedesk.core.efficiency.report import completed_sentence, volume_sentence
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import Text, display
from officedesk.ui.efficiency.charts import FigureChart, RankChart
from officedesk.ui.i18n import join_sentences
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.messages import show_error
from officedesk.ui.widgets.tab_order import chain
from officedesk.ui.widgets.table_keys import tab_moves_on


def _text(value: Any, suffix: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}{suffix}"
    return f"{value}{suffix}"


def _signed(value: Any) -> str:
    if value is None:
        return "—"
    return f"+{value:g}" if value > 0 else f"{value:g}"


def _short(label: str) -> str:
    """A bar's name under the chart, as the table shows it, cut to what fits under a bar: six
    characters of Chinese, a dozen letters of English."""
    room = 6 if any("\u3400" <= ch <= "\u9fff" for ch in label) else 12
    return label if len(label) <= room else label[:room - 1] + "…"


class FigureTable(QTableView):
    """A small read-only table of figures; each row keeps what it drills down to."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.table = QStandardItemModel(self)
        self.setModel(self.table)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        tab_moves_on(self, editable=False)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.keys: list[Any] = []

    def fill(self, headers: list[str], rows: list[list[str]], keys: list[Any]) -> None:
        self.table.clear()
        self.table.setHorizontalHeaderLabels(headers)
        for row in rows:
            items = []
            for n, cell in enumerate(row):
                item = QStandardItem(cell)
                if n:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                items.append(item)
            self.table.appendRow(items)
        self.keys = list(keys)
        self.resizeColumnsToContents()

    def current_key(self) -> Any:
        index = self.currentIndex()
        return self.keys[index.row()] if index.isValid() and index.row() < len(self.keys) else None


class EfficiencyTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("效能"))
        self.figures: dict[str, Any] = {}
        self.last_dialog: Any = None
        today = clock.today()
        self.date_from = DateInput(self, label=self.tr("统计开始日期"), value=dt.date(today.year, 1, 1))
        self.date_to = DateInput(self, label=self.tr("统计结束日期"), value=today)
        for edit in (self.date_from, self.date_to):
            edit.setAccessibleName(edit.label)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 48)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("全部单位"))
        self.unit.setAccessibleName(self.tr("单位"))
        # this 发文字号 (core checks it); the setting is only what it starts with, read
        # when the page is first shown (it is declared with the paper: reportlab, not at start-up)
        self.number = QLineEdit(self)
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("云委办通〔2026〕12号") + 16)
        self.number.setPlaceholderText(self.tr("序号印后手填"))
        self.number.setAccessibleName(self.tr("通报发文字号"))
        self.number.setToolTip(self.tr("本期效能通报的发文字号，如 云委办通〔2026〕3号；留空则序号留白，编号后手填"))
        self.refresh_button = QPushButton(self.tr("统计"), self)
        self.refresh_button.setAccessibleName(self.tr("统计"))
        self.refresh_button.clicked.connect(lambda _=False: self.refresh())
        self.print_button = QPushButton(self.tr("打印效能通报"), self)
        self.print_button.setAccessibleName(self.tr("打印效能通报"))
        self.print_button.clicked.connect(lambda _=False: self.print_bulletin())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("效能概要"))
        bar = QHBoxLayout()
        # each caption its field's: an Alt+letter (given with the tab's buttons') reaches it
        captions = [QLabel(text, self) for text in (self.tr("期间："), self.tr("单位："),
                                                    self.tr("发文字号："))]
        for caption, field in zip(captions, (self.date_from, self.unit, self.number), strict=True):
            caption.setBuddy(field)
        for widget in (captions[0], self.date_from, QLabel("—", self), self.date_to, captions[1],
                       self.unit, self.refresh_button, captions[2], self.number, self.print_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        # Tab as the row reads: 统计 right after 单位 (made after 发文字号, it came after it)
        chain([self.date_from, self.date_to, self.unit, self.refresh_button, self.number,
               self.print_button])

        self.splitters: dict[str, QSplitter] = {}
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("效能分页"))
        self.overview = FigureTable(self.tr("各事项效能"), self)
        self.trend = FigureChart(self.tr("每月完成件数与中位用时（收文）"), self)
        self.pages.addTab(self._split("overview", self.overview, self.trend), self.tr("概况"))

        self.step_proc = self._procedure_combo(self.tr("环节所属事项"))
        self.steps = FigureTable(self.tr("各环节用时"), self)
        self.step_chart = FigureChart(self.tr("各环节用时占比（%）"), self)
        self.bottleneck = QLabel(self)
        self.bottleneck.setAccessibleName(self.tr("瓶颈环节"))
        self.returns = FigureTable(self.tr("退回情况"), self)
        self.returns_text = QLabel(self)
        self.returns_text.setAccessibleName(self.tr("退回次数"))
        self.returns_text.setContentsMargins(24, 0, 0, 0)  # apart from the 瓶颈环节 beside it
        tables = self._split("step_tables", self.steps, self.returns, Qt.Orientation.Horizontal)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)
        self.pages.addTab(
            self._page(self.step_proc, self.bottleneck, self.returns_text,
                       self._split("steps", tables, self.step_chart)),
            self.tr("环节"),
        )

        self.rank_proc = self._procedure_combo(self.tr("排名所属事项"))
        self.rank_group = QComboBox(self)
        self.rank_group.setAccessibleName(self.tr("排名维度"))
        for label, key in ((self.tr("按单位"), "unit"), (self.tr("按人员"), "person"),
                           (self.tr("按文种/类别"), "category"),
                           (self.tr("按经办人（各环节）"), "step_person")):
            self.rank_group.addItem(label, key)
        self.rank_group.currentIndexChanged.connect(lambda _i: self.show_ranking())
        self.ranking = FigureTable(self.tr("排名"), self)
        self.rank_chart = RankChart(self.tr("按时率（%）"), self)
        self.pages.addTab(
            self._page(self.rank_proc, self.rank_group,
                       self._split("ranking", self.ranking, self.rank_chart)),
            self.tr("排名"),
        )

        self.months = FigureTable(self.tr("三多每月情况"), self)
        self.months_chart = FigureChart(self.tr("每月会议次数与控制目标"), self)
        self.leaders = FigureTable(self.tr("领导会议负担"), self)
        lower = self._split("sanduo_lower", self.months_chart, self.leaders,
                            Qt.Orientation.Horizontal)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        upper = self._split("sanduo", self.months, lower)
        upper.setStretchFactor(1, 2)
        self.pages.addTab(upper, self.tr("三多"))
        self.complaints_page: QWidget | None = None
        self.pages.addTab(QWidget(self), self.tr("效能投诉"))
        self.pages.currentChanged.connect(self._page_changed)
        for key, splitter in self.splitters.items():  # the stretch factors are set by now
            remember(ctx.settings, f"efficiency/{key}", splitter)
        remember(ctx.settings, "efficiency/page", self.pages)  # after _page_changed: 效能投诉

        for table in (self.overview, self.steps, self.ranking):  # Enter too, not only the mouse
            table.activated.connect(lambda _i, t=table: self.drill(t))
        self.step_proc.currentIndexChanged.connect(lambda _i: self.show_steps())
        self.rank_proc.currentIndexChanged.connect(lambda _i: self.show_ranking())

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self._shown = False

    # ------------------------------------------------------------ layout helpers
    def _procedure_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for key, label in (("incoming", self.tr("收文")), ("outgoing", self.tr("发文")),
                           ("supervision", self.tr("督查")), ("petitions", self.tr("信访")),
                           ("complaints", self.tr("效能投诉"))):
            combo.addItem(label, key)
        return combo

    def _split(self, key: str, first: QWidget, second: QWidget,
               orientation: Qt.Orientation = Qt.Orientation.Vertical) -> QSplitter:
        splitter = QSplitter(orientation, self)
        splitter.addWidget(first)
        splitter.addWidget(second)
        splitter.setChildrenCollapsible(False)
        self.splitters[key] = splitter  # remembered once the tab is built
        return splitter

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        for widget in widgets[:-1]:
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(widgets[-1], 1)
        return page

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            from officedesk.printing.efficiency_bulletin import DOC_NUMBER

            self.number.setText(str(settings.get(DOC_NUMBER.key) or ""))
            self.refresh()

    def _page_changed(self, index: int) -> None:
        if index == self.pages.count() - 1 and self.complaints_page is None:
            from officedesk.ui.efficiency.complaints import ComplaintsPage
            from officedesk.ui.widgets.mnemonics import give_page_keys

            self.complaints_page = ComplaintsPage(self.ctx, self)
            self.pages.blockSignals(True)
            self.pages.removeTab(index)
            self.pages.insertTab(index, self.complaints_page, self.tr("效能投诉"))
            give_page_keys(self, self.complaints_page)  # Alt+letters, as the tab's were given
            self.pages.setCurrentIndex(index)
            self.pages.blockSignals(False)

    # ------------------------------------------------------------ figures
    def period(self) -> tuple[dt.date, dt.date]:
        """The dates typed; a date that does not read raises core's ValidationError."""
        return self.date_from.value(), self.date_to.value()

    def refresh(self) -> None:
        from officedesk.core.efficiency import efficiency

        try:
            first, last = self.period()
            self.figures = efficiency(self.ctx.actor, first, last, unit=self.unit.text().strip() or None)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.show_overview()
        self.show_steps()
        self.show_ranking()
        self.show_sanduo()

    def _procedure(self, combo: QComboBox) -> dict[str, Any] | None:
        return self.figures.get("procedures", {}).get(combo.currentData())

    def show_overview(self) -> None:
        rows, keys = [], []
        for name, proc in self.figures["procedures"].items():
            t = proc["total"]
            rows.append([display(proc["label"]), display(proc["measures"]), _text(t["volume"]),
                         _text(t["completed"]),
                         _text(t["median"]), _text(t["p90"]), _text(t["longest"]),
                         _text(t["on_time_rate"], "%"), _text(t["overdue"]),
                         _signed(t["change_previous"]["median"]),
                         _signed(t["change_last_year"]["on_time_rate"])])
            keys.append((name, "total", ""))
        self.overview.fill(
            [self.tr("事项"), self.tr("计时"), self.tr("办件量"), self.tr("完成"),
             self.tr("中位用时"), self.tr("90%分位"), self.tr("最长"), self.tr("按时率"),
             self.tr("逾期未办"), self.tr("中位用时环比"), self.tr("按时率同比")],
            rows, keys,
        )
        for row, proc in enumerate(self.figures["procedures"].values()):  # what 办件量, 完成 count
            for column, key in ((2, "volume_counts"), (3, "completed_counts")):
                item = self.overview.table.item(row, column)
                if item is not None and proc.get(key):
                    item.setToolTip(display(proc[key]))
        trend = self.figures["procedures"].get("incoming", {}).get("monthly", [])
        self.trend.set_data(
            [m["month"][2:] for m in trend],
            [(self.tr("完成件数"), [m["completed"] for m in trend])],
            [(self.tr("中位用时（工作日）"), [m["median"] for m in trend])],
        )
        incoming = self.figures["procedures"].get("incoming")
        sentences = [
            self.tr("期间 %1 至 %2（工作日计；环比：%3 至 %4；同比：去年同期）。")
            .replace("%1", self.figures["period"]["from"]).replace("%2", self.figures["period"]["to"])
            .replace("%3", self.figures["previous"]["from"]).replace("%4", self.figures["previous"]["to"])
        ]
        # what the account's clearance let them count, then where `stats` and 统计 count otherwise
        for counts in (counted_scope.shown_note(self.figures.get("counted_level")),
                       volume_sentence(self.figures), completed_sentence(self.figures)):
            if counts:
                sentences.append(display(counts))
        if incoming and incoming["bottlenecks"]:
            sentences.append(self.tr("收文用时最多的环节：%1。").replace("%1", self._steps_named(incoming["bottlenecks"])))
        # both series, as the 工作台 flags them and the 效能通报 names them (发文 was left out)
        for key, sentence in (("meetings", self.tr("会议超过控制目标的月份：%1。")),
                              ("documents", self.tr("发文超过控制目标的月份：%1。"))):
            over = self.figures["sanduo"][key]["over_months"]
            if over:
                sentences.append(sentence.replace("%1", self.tr("、").join(self._month_labels(over))))
        self.summary.setText(join_sentences(sentences))

    def show_steps(self) -> None:
        proc = self._procedure(self.step_proc)
        steps = proc["steps"] if proc else []
        name = self.step_proc.currentData()
        self.steps.fill(
            [self.tr("环节"), self.tr("件次"), self.tr("中位用时"), self.tr("90%分位"),
             self.tr("最长"), self.tr("用时合计"), self.tr("用时占比"), self.tr("按时率")],
            [[display(s["step"]), _text(s["count"]), _text(s["median"]), _text(s["p90"]), _text(s["longest"]),
              _text(s["total_days"]), _text(s["share"], "%"), _text(s["on_time_rate"], "%")]
             for s in steps],
            [(name, "step", s["step"]) for s in steps],
        )
        self.step_chart.set_data([display(s["step"]) for s in steps],  # as the table names them
                                 [(self.tr("用时占比"), [s["share"] for s in steps])])
        necks = proc["bottlenecks"] if proc else []
        self.bottleneck.setText(self.tr("瓶颈环节：%1").replace("%1", self._steps_named(necks)) if necks else "")
        self.show_returns(proc)

    def _steps_named(self, steps: list[str]) -> str:
        return self.tr("、").join(display(step) for step in steps)

    def show_returns(self, proc: dict[str, Any] | None) -> None:
        back = proc.get("returns") if proc else None
        rows = back["by_step"] if back else []
        self.returns.fill(
            [self.tr("从环节"), self.tr("退回至"), self.tr("次数"), self.tr("件数")],
            [[display(r["from"]), display(r["to"]), str(r["count"]), str(r["records"])] for r in rows],
            [None] * len(rows),
        )
        if not back or not (back["count"] or back["previous"] or back["last_year"]):
            self.returns_text.setText(self.tr("本期无退回") if proc else "")
            return
        self.returns_text.setText(
            self.tr("退回 %1 次（%2 件，每百件 %3 次）；上期 %4 次，去年同期 %5 次")
            .replace("%1", str(back["count"])).replace("%2", str(back["records"]))
            .replace("%3", _text(back["per_100"])).replace("%4", str(back["previous"]))
            .replace("%5", str(back["last_year"])))

    def show_ranking(self) -> None:
        proc = self._procedure(self.rank_proc)
        group = self.rank_group.currentData()
        rows = proc.get(f"by_{group}", []) if proc else []
        name = self.rank_proc.currentData()
        if group == "step_person":  # who holds work up: the days their steps took
            self.ranking.fill(
                [self.tr("排名"), self.tr("经办人"), self.tr("件次"), self.tr("中位用时"),
                 self.tr("90%分位"), self.tr("最长"), self.tr("用时合计")],
                [[str(r["rank"]), display(r["key"]), _text(r["count"]), _text(r["median"]),
                  _text(r["p90"]), _text(r["longest"]), _text(r["total_days"])] for r in rows],
                [(name, group, r["key"]) for r in rows],
            )
            top = rows[:12]
            self.rank_chart.show_totals([_short(display(r["key"])) for r in top],
                                        [r["total_days"] for r in top])
            return
        self.ranking.fill(
            [self.tr("排名"), self.tr("名称"), self.tr("办件量"), self.tr("完成"),
             self.tr("中位用时"), self.tr("按时率"), self.tr("逾期未办"),
             self.tr("上期按时率"), self.tr("环比"), self.tr("去年同期按时率"), self.tr("同比")],
            # 本机关 under the ranked units, unranked (core: report.by_unit)
            [[str(r["rank"]) if r["rank"] is not None else "—", display(r["key"]),
              _text(r["volume"]), _text(r["completed"]),
              _text(r["median"]), _text(r["on_time_rate"], "%"), _text(r["overdue"]),
              _text(r["previous"]["on_time_rate"], "%"), _signed(r["change_previous"]["on_time_rate"]),
              _text(r["last_year"]["on_time_rate"], "%"),
              _signed(r["change_last_year"]["on_time_rate"])] for r in rows],
            [(name, group, r["key"]) for r in rows],
        )
        # what a unit's row counts where it is its part of a record (信访: core's words)
        note = display(proc.get("unit_counts") or "") if proc and group == "unit" else ""
        apart = display(proc.get("office_apart") or "") if proc and group == "unit" else ""
        if apart:  # 本机关's row under the ranking, unranked
            note = self.tr("%1。%2").replace("%1", note).replace("%2", apart) if note else apart
        self.ranking.setToolTip(note)
        self.ranking.setStatusTip(note)
        # the ranked units' 按时率, else their median days (ui.efficiency.charts.RankChart)
        self.rank_chart.show_units([(_short(display(r["key"])), r) for r in rows])

    def _month_labels(self, months: list[str]) -> list[str]:
        """“2026-10” → 10月 (Oct: as the language abbreviates it, short enough to stand under
        each of twelve bars — “Month 10” was cut to “Mon…”); with the year when the period's
        months run over two years."""
        if len({m[:4] for m in self.figures["sanduo"]["months"]}) > 1:
            return [display(Text("%1年%2月", m[:4], int(m[5:]))) for m in months]
        return [QLocale().standaloneMonthName(int(m[5:]), QLocale.FormatType.ShortFormat)
                for m in months]

    def show_sanduo(self) -> None:
        sanduo = self.figures["sanduo"]
        months = sanduo["months"]  # the period's months up to its end or today
        labels = self._month_labels(months)
        rows = []
        for key, label in (("meetings", self.tr("会议")), ("documents", self.tr("发文"))):
            series = sanduo[key]
            over = set(series["over_months"])
            rows.append([label] + [f"{n} ▲" if months[m] in over else str(n)
                                   for m, n in enumerate(series["per_month"])])
            rows.append([self.tr("去年同月")] + [str(n) for n in series["last_year"]])
            rows.append([self.tr("控制目标")] + [_text(t) for t in series["target"]])
        self.months.fill([self.tr("项目")] + labels, rows, [None] * len(rows))
        meetings = sanduo["meetings"]
        self.months_chart.set_data(
            labels,
            [(self.tr("本年"), meetings["per_month"]), (self.tr("去年同月"), meetings["last_year"])],
            [(self.tr("控制目标"), meetings["target"])],
        )
        self.leaders.fill([self.tr("领导"), self.tr("会议次数"), self.tr("会议时长（小时）"),
                           self.tr("其中未登记签到")],
                          [[r["name"], str(r["meetings"]), _text(r["hours"]), str(r["unsigned"])]
                           for r in sanduo["leaders"]],
                          [None] * len(sanduo["leaders"]))
        # how core counted them (签到 decides who attended; a meeting with none recorded)
        self.leaders.setToolTip(display(sanduo["leaders_note"]))
        self.leaders.setStatusTip(display(sanduo["leaders_note"]))

    # ------------------------------------------------------------ actions
    def drill(self, table: FigureTable) -> Any:
        key = table.current_key()
        if key is None:
            return None
        from officedesk.ui.efficiency.drill import DrillDialog

        procedure, group, value = key
        try:
            # the period and unit the figures shown were counted for, not dates typed since
            shown = self.figures["period"]
            first, last = dt.date.fromisoformat(shown["from"]), dt.date.fromisoformat(shown["to"])
            dialog = DrillDialog(self.ctx, procedure, group, value, first, last, self,
                                 unit=self.figures["unit"] or None)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def print_bulletin(self) -> Any:
        from officedesk.printing import forms
        from officedesk.ui.print_preview import show_pdf_preview

        try:
            first, last = self.period()
            pdf = forms.get("efficiency").build(
                [], self.ctx.actor, date_from=first, date_to=last, unit=self.unit.text().strip() or None,
                number=self.number.text(),
            )
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        self.last_dialog = show_pdf_preview(self, pdf, self.tr("效能通报"))
        return self.last_dialog

    def show_record(self, registry: str, record_id: int) -> bool:
        if registry == "efficiency":  # a 工作台 flag: the month over its "三多" target
            self.pages.setCurrentIndex(3)
            return True
        if registry == "complaints":
            self.pages.setCurrentIndex(self.pages.count() - 1)
            page = self.complaints_page
            return bool(page is not None and page.show_record(record_id))
        return False
