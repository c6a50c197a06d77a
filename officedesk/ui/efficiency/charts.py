"""QtCharts views of the 效能 figures: bars by month or category, with lines beside them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

PALETTE = ["#4a6fa5", "#e0a040", "#c0392b", "#27ae60"]


class FigureChart(QChartView):
    """Bars per category (one set per series) and optional lines over the same categories."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(title)
        self.setMinimumHeight(200)
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins() * 0)
        self.setChart(chart)

    def set_data(
        self,
        categories: Sequence[str],
        bars: Sequence[tuple[str, Sequence[float]]],
        lines: Sequence[tuple[str, Sequence[float | None]]] = (),
    ) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(categories) or [""])
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        peak = 1.0
        if bars:
            series = QBarSeries()
            for n, (name, values) in enumerate(bars):
                bar_set = QBarSet(name)
                bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
                for value in values:
                    bar_set.append(float(value or 0))
                    peak = max(peak, float(value or 0))
                series.append(bar_set)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        for n, (name, values) in enumerate(lines):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(QColor(PALETTE[(n + 2) % len(PALETTE)]))
            pen.setWidthF(2.0)
            if n:
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            for k, value in enumerate(values):
                if value is not None:
                    line.append(k, float(value))
                    peak = max(peak, float(value))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        y_axis.setRange(0, peak * 1.1)
        y_axis.applyNiceNumbers()
        chart.legend().setVisible(len(bars) + len(lines) > 1)


class RankChart(FigureChart):
    """The ranking's chart: the ranked units with a 按时率 (none is no 0 %; 本机关, rank None, is
    not ranked), as the 通报's chart; where none of them has one (no time limit applies to their
    part), their median days instead, the title saying so — an empty 按时率 chart told nothing;
    with neither, the title says why it is empty."""

    def show_units(self, rows: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """rows: (the bar's name, the ranking's row), in the ranking's order."""
        ranked = [(name, r) for name, r in rows if r.get("rank", 0) is not None]
        top = [(name, r["on_time_rate"]) for name, r in ranked if r["on_time_rate"] is not None]
        if top:
            title, series = self.tr("按时率（%）"), self.tr("按时率")
        else:
            top = [(name, r["median"]) for name, r in ranked if r["median"] is not None]
            title = self.tr("中位用时（工作日）：各单位均无按时率") if top \
                else self.tr("本期各单位无按时率，也无完成件，图中无数据")
            series = self.tr("中位用时")
        top = top[:12]
        self.chart().setTitle(title)
        self.set_data([name for name, _v in top], [(series, [v for _n, v in top])])

    def show_totals(self, names: Sequence[str], totals: Sequence[float]) -> None:
        """The people ranked by the days their steps took (排名 by 经办人 用时)."""
        self.chart().setTitle(self.tr("用时合计（工作日）"))
        self.set_data(names, [(self.tr("用时合计"), totals)])
