"""A plain bar chart painted with QPainter: figures by month, unit or kind."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MONTHS = tuple(f"{m}月" for m in range(1, 13))  # the sources; English in the glossary (Jan …)


def month_names() -> list[str]:
    """The twelve months as a chart's axis reads them, in the interface's language."""
    return [QCoreApplication.translate("BarChart", month) for month in MONTHS]


PALETTE = ["#c0392b", "#2e86c1", "#27ae60", "#f39c12", "#8e44ad", "#16a085"]


class BarChart(QWidget):
    """Grouped bars: categories along the bottom, one bar per series in each group."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title or self.tr("图表"))

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        title: str | None = None,
    ) -> None:
        self.categories = list(categories)
        self.series = [(name, [float(v) for v in values]) for name, values in series]
        if title is not None:
            self.title = title
            self.setAccessibleName(title)
        self.update()

    def ticks(self) -> list[float]:
        """The axis marks: whole numbers when every value is a count (no 0.75 件)."""
        values = [v for _name, vals in self.series for v in vals] or [0.0]
        peak = max(max(values), 1.0)
        if all(float(v).is_integer() for v in values):
            step = max(1, math.ceil(peak / 4))
            return [float(step * k) for k in range(5)]
        return [peak * k / 4 for k in range(5)]

    def label_angle(self, metrics: QFontMetrics | None = None) -> int:
        """0 when the category names fit side by side, else 45 (slanted, never cut)."""
        metrics = metrics or self.fontMetrics()
        if not self.categories:
            return 0
        group = max((self.width() - self._left(metrics) - 12.0) / len(self.categories), 1.0)
        widest = max(metrics.horizontalAdvance(c) for c in self.categories)
        return 0 if widest <= group - 4 else 45

    def _labels_height(self, metrics: QFontMetrics, angle: int) -> float:
        """The height under the plot that the category names take (slanted: up to 45 % of
        the chart)."""
        line = metrics.height()
        widest = max(metrics.horizontalAdvance(c) for c in self.categories)
        return line + 4 if angle == 0 else min(widest * 0.71 + line, self.height() * 0.45)

    def label_texts(self, metrics: QFontMetrics | None = None) -> list[str]:
        """The category names as drawn: whole, but a slanted one longer than the room under
        the plot, cut in the middle. The room is rounded up: rounded down, the widest name
        was one pixel short of its own width and cut (Tel…one, with room to spare)."""
        metrics = metrics or self._paint_metrics()
        angle = self.label_angle(metrics)
        if angle == 0:
            return list(self.categories)
        room = math.ceil((self._labels_height(metrics, angle) - metrics.height()) / 0.71 - 1e-6)
        return [c if metrics.horizontalAdvance(c) <= room
                else metrics.elidedText(c, Qt.TextElideMode.ElideMiddle, room) for c in self.categories]

    def lying(self, metrics: QFontMetrics | None = None) -> bool:
        """Whether the bars lie down, their names on the left: when slanted names would be cut
        (long English category names) and each name has a line's height beside its bar."""
        metrics = metrics or self._paint_metrics()
        if not self.categories or self.label_angle(metrics) == 0:
            return False
        room = math.ceil((self._labels_height(metrics, 45) - metrics.height()) / 0.71 - 1e-6)
        if all(metrics.horizontalAdvance(c) <= room for c in self.categories):
            return False
        line = metrics.height()
        plot_height = self.height() - (line + 14.0) - (2 * line + 12.0)
        return plot_height >= len(self.categories) * (line + 2)

    def lying_texts(self, metrics: QFontMetrics | None = None) -> list[str]:
        """The names beside lying bars: whole within 45 % of the width, else cut at the end."""
        metrics = metrics or self._paint_metrics()
        room = self._names_width(metrics)
        return [c if metrics.horizontalAdvance(c) <= room
                else metrics.elidedText(c, Qt.TextElideMode.ElideRight, room) for c in self.categories]

    def _names_width(self, metrics: QFontMetrics) -> int:
        widest = max(metrics.horizontalAdvance(c) for c in self.categories)
        return int(min(widest + 1, self.width() * 0.45))

    def _paint_font(self) -> QFont:
        """The widget's font, never below 9 points: what the chart is drawn and measured in."""
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 9))
        return font

    def _paint_metrics(self) -> QFontMetrics:
        return QFontMetrics(self._paint_font())

    def _left(self, metrics: QFontMetrics) -> float:
        return max(metrics.horizontalAdvance(f"{t:g}") for t in self.ticks()) + 10.0

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        width = self.width()
        painter.setFont(self._paint_font())
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(QColor("#333"))
        painter.drawText(QRectF(0, 4, width, line + 6), Qt.AlignmentFlag.AlignCenter, self.title)
        values = [v for _name, vals in self.series for v in vals]
        if not self.categories or not values:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("暂无数据"))
            return
        ticks = self.ticks()
        peak = ticks[-1] or 1.0
        if self.lying(metrics):
            self._paint_lying(painter, metrics, ticks, peak)
        else:
            self._paint_standing(painter, metrics, ticks, peak)
        self._paint_legend(painter, metrics)
        painter.end()

    def _paint_lying(self, painter: QPainter, metrics: QFontMetrics, ticks: list[float],
                     peak: float) -> None:
        """Bars from the left, the names beside them, the axis marks under the plot."""
        line = metrics.height()
        names = self._names_width(metrics)
        top, left, right = line + 14.0, names + 8.0, 12.0 + metrics.horizontalAdvance(f"{ticks[-1]:g}") / 2
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - (2 * line + 12.0))
        for tick in ticks:
            x = plot.left() + plot.width() * tick / peak
            painter.setPen(QPen(QColor("#eee"), 1))
            painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
            painter.setPen(QColor("#666"))
            painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, line), Qt.AlignmentFlag.AlignHCenter,
                             f"{tick:g}")
        painter.setPen(QPen(QColor("#999"), 1))
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        group = plot.height() / len(self.categories)
        bar = group * 0.8 / max(len(self.series), 1)
        for i, text in enumerate(self.lying_texts(metrics)):
            y0 = plot.top() + group * i + group * 0.1
            for j, (_name, vals) in enumerate(self.series):
                value = vals[i] if i < len(vals) else 0.0
                painter.fillRect(QRectF(plot.left() + 1, y0 + bar * j, plot.width() * value / peak, bar - 1),
                                 QColor(PALETTE[j % len(PALETTE)]))
            painter.setPen(QColor("#333"))
            painter.drawText(QRectF(0, plot.top() + group * i, names + 4, group),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_standing(self, painter: QPainter, metrics: QFontMetrics, ticks: list[float],
                        peak: float) -> None:
        width, height = self.width(), self.height()
        line = metrics.height()
        angle = self.label_angle(metrics)
        widest = max(metrics.horizontalAdvance(c) for c in self.categories)
        labels = self._labels_height(metrics, angle)
        top, left, right = line + 14.0, self._left(metrics), 12.0
        bottom = labels + line + 10.0  # category names, then the legend
        if angle:  # the first slanted name reaches left of its group: make room for it
            reach = min(widest, (labels - line) / 0.71) * 0.71
            group = (width - left - right) / len(self.categories)
            left = max(left, reach - group / 2 + 4)
        plot = QRectF(left, top, width - left - right, height - top - bottom)
        painter.setPen(QPen(QColor("#999"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / peak
            painter.setPen(QPen(QColor("#eee"), 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor("#666"))
            painter.drawText(
                QRectF(0, y - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight, f"{tick:g}"
            )
        group = plot.width() / len(self.categories)
        bar = group * 0.8 / max(len(self.series), 1)
        shown = self.label_texts(metrics)
        for i, category in enumerate(self.categories):
            x0 = plot.left() + group * i + group * 0.1
            for j, (_name, vals) in enumerate(self.series):
                value = vals[i] if i < len(vals) else 0.0
                h = plot.height() * value / peak
                painter.fillRect(
                    QRectF(x0 + bar * j, plot.bottom() - h, bar - 1, h),
                    QColor(PALETTE[j % len(PALETTE)]),
                )
            painter.setPen(QColor("#333"))
            if angle == 0:
                painter.drawText(
                    QRectF(plot.left() + group * i, plot.bottom() + 2, group, line + 2),
                    Qt.AlignmentFlag.AlignCenter,
                    category,
                )
            else:  # slanted under its group, ending at the group's centre
                room = (labels - line) / 0.71
                text = shown[i]
                painter.save()
                painter.translate(plot.left() + group * (i + 0.5), plot.bottom() + 4)
                painter.rotate(-angle)
                painter.drawText(
                    QRectF(-room, 0, room, line), Qt.AlignmentFlag.AlignRight, text
                )
                painter.restore()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        line, height = metrics.height(), self.height()
        x = self._left(metrics)
        for j, (name, _vals) in enumerate(self.series):
            painter.fillRect(QRectF(x, height - line, 10, 10), QColor(PALETTE[j % len(PALETTE)]))
            painter.setPen(QColor("#333"))
            advance = metrics.horizontalAdvance(name)
            painter.drawText(
                QRectF(x + 14, height - line - 4, advance + 4, line), Qt.AlignmentFlag.AlignLeft, name
            )
            x += 24 + advance
