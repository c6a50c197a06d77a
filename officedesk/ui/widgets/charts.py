"""A plain bar chart painted with QPainter: figures by month, unit or kind."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

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

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        width, height = self.width(), self.height()
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 9))
        painter.setFont(font)
        top, bottom, left, right = 34.0, 40.0, 44.0, 12.0
        painter.setPen(QColor("#333"))
        painter.drawText(QRectF(0, 4, width, 24), Qt.AlignmentFlag.AlignCenter, self.title)
        values = [v for _name, vals in self.series for v in vals]
        if not self.categories or not values:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("暂无数据"))
            return
        peak = max(max(values), 1.0)
        plot = QRectF(left, top, width - left - right, height - top - bottom)
        painter.setPen(QPen(QColor("#999"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(QColor("#eee"), 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor("#666"))
            painter.drawText(
                QRectF(0, y - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight, f"{peak * step / 4:g}"
            )
        group = plot.width() / len(self.categories)
        bar = group * 0.8 / max(len(self.series), 1)
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
            painter.drawText(
                QRectF(plot.left() + group * i, plot.bottom() + 2, group, 18),
                Qt.AlignmentFlag.AlignCenter,
                category,
            )
        x = plot.left()
        for j, (name, _vals) in enumerate(self.series):
            painter.fillRect(QRectF(x, height - 16, 10, 10), QColor(PALETTE[j % len(PALETTE)]))
            painter.setPen(QColor("#333"))
            painter.drawText(QRectF(x + 14, height - 20, 120, 16), Qt.AlignmentFlag.AlignLeft, name)
            x += 24 + painter.fontMetrics().horizontalAdvance(name)
        painter.end()
