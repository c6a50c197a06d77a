"""The "三多" figures of meetings: per month, by type and by 主办单位, and total hours."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from officedesk.core import clock
from officedesk.core import meetings as core
from officedesk.core.i18n import display
from officedesk.ui.widgets.charts import BarChart, month_names


class MeetingStats(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.year.setAccessibleName(self.tr("统计年度"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("会议统计摘要"))
        self.by_month = BarChart(self.tr("每月会议数与时长"), self)
        self.by_kind = BarChart(self.tr("按会议类型"), self)
        self.by_host = BarChart(self.tr("按主办单位（前八）"), self)
        self.by_host_text = QLabel(self)
        self.by_host_text.setWordWrap(True)
        self.by_host_text.setAccessibleName(self.tr("按主办单位"))
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年度："), self)
        year_label.setBuddy(self.year)  # its Alt+letter (given with the tab's) reaches the year
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.by_month, 2)
        for chart in (self.by_month, self.by_kind, self.by_host):
            chart.setMinimumSize(220, 140)
        charts = QVBoxLayout()
        charts.addWidget(self.by_kind, 1)
        charts.addWidget(self.by_host, 1)
        layout.addLayout(charts, 1)
        layout.addWidget(self.by_host_text)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        ctx.registry_changed.connect(lambda name: self.refresh() if name == "meetings" else None)
        self.refresh()

    def refresh(self) -> None:
        figures = core.figures(self.ctx.actor, self.year.value())
        self.figures = figures
        months = [str(m) for m in range(1, 13)]
        self.by_month.set_data(
            month_names(),
            [
                (self.tr("会议数"), [figures["by_month"][m] for m in months]),
                (self.tr("时长（小时）"), [figures["hours_by_month"][m] for m in months]),
            ],
        )
        kinds = list(figures["by_kind"])
        self.by_kind.set_data([display(k) for k in kinds], [(self.tr("会议数"), [figures["by_kind"][k] for k in kinds])])
        self.summary.setText(
            self.tr("全年会议 %1 个，共 %2 小时（含筹备中、尚未召开的，已取消的不计）。")
            .replace("%1", str(figures["total"]))
            .replace("%2", f"{figures['hours']:g}")
        )
        top = list(figures["by_host"].items())[:8]
        self.by_host.set_data(
            [_short(h) for h, _n in top],
            [(self.tr("会议数"), [n for _h, n in top])],
        )
        hosts = self.tr("；").join(f"{h} {n}" for h, n in figures["by_host"].items())
        self.by_host_text.setText(self.tr("按主办单位：") + (hosts or self.tr("无")))


def _short(unit: str) -> str:
    """The directory's 简称 (县委办, 发改局 …) for the chart's narrow labels."""
    from officedesk.core.directory import unit_by_name

    found = unit_by_name(unit)
    if found is not None and found.short_name:
        return found.short_name
    return unit.removeprefix("县").removeprefix("市")[:5]
