"""The 信访 statistics dialog: petitions per month, by category and form, with the repeat and
on-time rates (core's petitions.figures, for what the user may see)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, petitions
from officedesk.core.i18n import display
from officedesk.ui.widgets.charts import BarChart, month_names
from officedesk.ui.widgets.mnemonics import KeyedDialog
from officedesk.ui.widgets.table_keys import enter_stays


class StatsDialog(KeyedDialog):
    """Petitions per month and by category, with the repeat and on-time rates."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("信访统计"))
        self.setAccessibleName(self.tr("信访统计"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.setAccessibleName(self.tr("年度"))
        self.year.valueChanged.connect(self.load)
        enter_stays(self.year)  # Enter takes the year typed; it closed the window (关闭)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("统计摘要"))
        self.frequent = QLabel(self)
        self.frequent.setWordWrap(True)
        self.frequent.setAccessibleName(self.tr("多次信访的信访人"))
        self.month_chart = BarChart(self.tr("每月信访量"), self)
        self.category_chart = BarChart(self.tr("按问题类别"), self)
        self.form_chart = BarChart(self.tr("按信访形式"), self)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年度："), self)
        year_label.setBuddy(self.year)  # its Alt+letter (give_dialog_keys) reaches the year
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        charts = QHBoxLayout()
        charts.addWidget(self.category_chart, 3)
        charts.addWidget(self.form_chart, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.frequent)
        layout.addWidget(self.month_chart, 1)
        layout.addLayout(charts, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.load()

    def load(self) -> None:
        figures = petitions.figures.figures(self.ctx.actor, self.year.value())
        self.figures = figures
        months = [str(m) for m in range(1, 13)]
        self.month_chart.set_data(
            month_names(),
            [(self.tr("信访件数"), [figures["per_month"][m] for m in months])],
        )
        categories = list(figures["by_category"])[:8]
        self.category_chart.set_data(
            [display(c) for c in categories], [(self.tr("件数"), [figures["by_category"][c] for c in categories])]
        )
        form_names = list(figures["by_form"])
        self.form_chart.set_data(
            [display(f) for f in form_names], [(self.tr("件数"), [figures["by_form"][f] for f in form_names])]
        )
        frequent = self.tr("；").join(
            self.tr("%1（%2）%3次").replace("%1", p["name"]).replace("%2", p["id_number"])
            .replace("%3", str(p["petitions"]))
            for p in figures["frequent_petitioners"][:5]
        )
        self.frequent.setText(self.tr("多次信访：") + (frequent or self.tr("无")))
        self.summary.setText(
            self.tr("共 %1 件；重复件 %2 件，重复率 %3%；按期答复率 %4%；在办逾期 %5 件。")
            .replace("%1", str(figures["total"]))
            .replace("%2", str(figures["repeats"]))
            .replace("%3%", _percent(figures["repeat_rate"]))
            .replace("%4%", _percent(figures["on_time_rate"]))
            .replace("%3", _percent(figures["repeat_rate"]))  # a translation without the %
            .replace("%4", _percent(figures["on_time_rate"]))
            .replace("%5", str(figures["open_overdue"]))
        )


def _percent(value: float | None) -> str:
    """A rate as the stats show it: “—” when there was nothing to count."""
    return "—" if value is None else f"{value:g}%"
