"""统计与归档: the "三多" figures (documents issued per month, by kind and by unit) and the
归档文件目录 of a year."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock
from officedesk.core.documents import reports
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.printing import forms
from officedesk.ui.print_preview import show_pdf_preview
from officedesk.ui.widgets.charts import BarChart, month_names
from officedesk.ui.widgets.messages import show_error

TOP_KINDS = 4
TOP_UNITS = 8


class StatsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("统计与归档"))
        self.figures: dict[str, Any] = {}
        self.last_preview: Any = None
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.setAccessibleName(self.tr("年度"))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("合计"))
        self.archive_button = QPushButton(self.tr("打印归档文件目录"), self)
        self.archive_button.setAccessibleName(self.tr("打印归档文件目录"))
        self.archive_button.clicked.connect(lambda _=False: self.print_archive_list())
        self.by_kind = BarChart(self.tr("每月发文数（按文种）与收文数"), self)
        self.by_unit = BarChart(self.tr("全年发文数（按拟稿单位）"), self)
        bar = QHBoxLayout()
        year_label = QLabel(self.tr("年度："), self)
        year_label.setBuddy(self.year)  # its Alt+letter (given with the tab's) reaches the year
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.by_kind, 3)
        layout.addWidget(self.by_unit, 2)
        ctx.registry_changed.connect(
            lambda name: self.refresh() if name in ("incoming", "outgoing") else None
        )
        self._shown = False

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()

    def refresh(self) -> None:
        try:
            self.figures = reports.figures(self.ctx.actor, self.year.value())
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        kinds = list(self.figures["outgoing_by_kind"].items())
        kinds.sort(key=lambda kv: -sum(kv[1]))
        series = [(display(kind), values) for kind, values in kinds[:TOP_KINDS]]
        rest = [sum(v[m] for _k, v in kinds[TOP_KINDS:]) for m in range(12)]
        if any(rest):
            series.append((self.tr("其他"), rest))
        series.append((self.tr("收文"), self.figures["incoming_by_month"]))
        self.by_kind.set_data(month_names(), series)
        units = list(self.figures["outgoing_by_unit"].items())[:TOP_UNITS]
        self.by_unit.set_data(
            [u for u, _v in units], [(self.tr("发文"), [sum(v) for _u, v in units])]
        )
        # 退回 ones said apart: 效能's 收文 办件量 leaves them out
        returned = self.figures.get("incoming_returned") or 0
        self.summary.setText(
            (self.tr("已编号发文 %1 件，收文 %2 件（含已退回来文单位的 %5 件），在办 %3 件，逾期 %4 件")
             if returned else self.tr("已编号发文 %1 件，收文 %2 件，在办 %3 件，逾期 %4 件"))
            .replace("%5", str(returned))
            .replace("%1", str(self.figures["outgoing_total"]))
            .replace("%2", str(self.figures["incoming_total"]))
            .replace("%3", str(self.figures["incoming_open"]))
            .replace("%4", str(self.figures["incoming_overdue"]))
        )

    def print_archive_list(self) -> Any:
        try:
            pdf = forms.get("archive-list").build([], self.ctx.actor, year=self.year.value())
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        self.last_preview = show_pdf_preview(self, pdf, self.tr("归档文件目录"))
        return self.last_preview
