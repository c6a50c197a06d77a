"""The 效能通报's charts, vector graphics in the embedded CJK faces: the steps' share of the
time, the units' 按时率 (only units with one; the lowest of many), meetings a month against
the 三多 targets."""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from officedesk.core.efficiency.spans import NO_UNIT
from officedesk.printing import fonts
from officedesk.printing.layout import text_width
from officedesk.printing.titles import compose_title


def figure_text(value: Any, suffix: str = "") -> str:
    """A figure as the 通报's tables print it (48.8 %, 39 %, — for none): the bars over them say
    the same (a 39.0 % bar over a 39 % row, a 79 over 78.6 %, read as other figures)."""
    if value is None:
        return "—"
    return f"{value:g}{suffix}" if isinstance(value, float) else f"{value}{suffix}"


def _style_axis(axis: Any, face: str, size: float = 7.5) -> None:
    axis.labels.fontName = face
    axis.labels.fontSize = size


def steps_chart(steps: list[dict[str, Any]], width: float, title: str) -> Drawing:
    face = fonts.font(fonts.FANGSONG)
    height = float(len(steps) * 15 + 46)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 52, 18
    chart.width, chart.height = width - 80, height - 40
    chart.data = [[s["share"] for s in steps] or [0]]
    chart.categoryAxis.categoryNames = [s["step"] for s in steps] or [""]
    chart.categoryAxis.reverseDirection = True
    _style_axis(chart.categoryAxis, face, 8)
    _style_axis(chart.valueAxis, face)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = colors.HexColor("#4a6fa5")
    chart.bars.strokeColor = None
    chart.barLabelFormat = lambda value: figure_text(value, "%")
    chart.barLabels.fontName = face
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(52, height - 12, title, fontName=fonts.font(fonts.HEITI), fontSize=9.5))
    return drawing


CHART_UNITS = 12  # bars a chart's width holds with their names legible
LABEL_SIZE = 7.5
LABEL_LINES = 3


def _unit_label(name: str, width: float, face: str, size: float = LABEL_SIZE) -> str:
    """A unit's name under its bar, whole: the 通讯录's 简称, else the name without the
    county's prefix (县住房和城乡建设局 → 住房和城乡建设局; 县委… kept), broken between words onto lines
    no wider than the bar's group."""
    from officedesk.core.supervision.figures import short_unit

    short = short_unit(name)
    county = name.find("县")
    if short == name and 0 <= county <= 3 and name[county + 1:county + 2] != "委":
        # 县委… keeps its 县委: 县委办公室 is not 县政府办公室
        short = name[county + 1:] if len(name) - county > 2 else name
    return "\n".join(_label_lines(short, face, max(width, size * 2), size))


def _label_lines(text: str, face: str, width: float, size: float = LABEL_SIZE) -> list[str]:
    """The label's lines: compose_title's, but never one character alone on a line (交通运输 /
    局): whole on one line when it fits the bar's group with its gap, else broken narrower
    until each line holds two characters or more."""
    if len(text) >= 4 and text_width(text, face, size) <= width + 3:  # the gap is room too
        return [text]  # whole first: how compose_title breaks it depends on the words it knows
    lines = compose_title(text, face, size, width)
    if len(text) < 4 or all(len(line) > 1 for line in lines):
        return lines
    narrower = width
    while narrower > size * 2:
        narrower -= size / 2
        lines = compose_title(text, face, size, narrower)
        if all(len(line) > 1 for line in lines):
            return lines
    half = (len(text) + 1) // 2
    return [text[:half], text[half:]]


def charted_units(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The units a 按时率 chart can draw: those with a 按时率 (none is no 0 %), and never
    “（未填）”, the items no 承办单位 was entered for (no unit at all), nor 本机关's own part."""
    return [r for r in rows if r["on_time_rate"] is not None and r["key"] != NO_UNIT
            and r.get("rank", 0) is not None]  # nor 本机关, unranked (report.by_unit)


def units_chart(rows: list[dict[str, Any]], width: float, subject: str, measure: str) -> Drawing:
    """The units' 按时率 as bars; of more units than fit, those the 通报 exists to name — the
    lowest (rows are ranked best first), said so in the title (the table lists them all).
    Only units with a 按时率 are drawn and counted (``charted_units``)."""
    face = fonts.font(fonts.FANGSONG)
    rated = charted_units(rows)
    if len(rated) > CHART_UNITS:
        rated = rated[-CHART_UNITS:]
        title = f"{measure}最低的{CHART_UNITS}个{subject}（%，全部单位见上表）"
    elif len(rated) < len(rows):
        title = f"{subject}{measure}（%，无按时率的单位见上表）"
    else:
        title = f"各{subject}{measure}（%）"
    leading = LABEL_SIZE + 1.5
    below = 8 + LABEL_LINES * leading  # the names' lines under the axis
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, below
    chart.width, chart.height = width - 40, height - below - 24
    group = chart.width / max(len(rated), 1)
    chart.data = [[r["on_time_rate"] for r in rated] or [0]]
    chart.categoryAxis.categoryNames = [_unit_label(r["key"], group - 3, face)
                                        for r in rated] or [""]
    _style_axis(chart.categoryAxis, face, LABEL_SIZE)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.labels.leading = leading
    _style_axis(chart.valueAxis, face)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
    chart.bars[0].fillColor = colors.HexColor("#e0a040")
    chart.bars.strokeColor = None
    chart.barLabelFormat = figure_text
    chart.barLabels.fontName = face
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(String(30, height - 12, title, fontName=fonts.font(fonts.HEITI), fontSize=9.5))
    return drawing


def months_chart(series: dict[str, Any], width: float, title: str, labels: list[str]) -> Drawing:
    face = fonts.font(fonts.FANGSONG)
    height = 58 * mm
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 26
    chart.width, chart.height = width - 50, height - 56
    counts = series["per_month"] or [0]
    targets = [t if t is not None else 0 for t in series["target"]] or [0]
    last_year = series["last_year"] or [0]
    chart.data = [counts, last_year, targets]
    names = [label.split("年")[-1] for label in labels] or [""]
    chart.categoryAxis.categoryNames = names
    # a month counted in part is named whole on one line (11月1—20日: a date is never cut),
    # taking the room its neighbours' short names leave; smaller when months are many
    room = 1.5 * chart.width / len(names)
    widest = max(text_width(name, face, 7.5) for name in names)
    _style_axis(chart.categoryAxis, face, min(7.5, 7.5 * room / widest) if widest else 7.5)
    _style_axis(chart.valueAxis, face)
    # meetings are counted in whole numbers: whole-number ticks, at most about five of them
    highest = max([*counts, *last_year, *targets, 1])
    step = max(1, math.ceil(highest / 5))
    chart.valueAxis.valueMin, chart.valueAxis.valueStep = 0, step
    chart.valueAxis.valueMax = step * math.ceil(highest / step)
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    palette = [colors.HexColor("#c0392b"), colors.HexColor("#7f8c8d"), colors.HexColor("#2e86c1")]
    for n, color in enumerate(palette):
        chart.lines[n].strokeColor = color
        chart.lines[n].strokeWidth = 1.6 if n == 0 else 1.0
    chart.lines[2].strokeDashArray = (3, 2)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 190, height - 8
    legend.columnMaximum = 1
    legend.deltax = 62
    legend.dx = 10
    legend.fontName = face
    legend.fontSize = 8
    legend.alignment = "right"
    legend.colorNamePairs = list(zip(palette, ["本年", "去年同月", "控制目标"], strict=True))
    drawing.add(legend)
    drawing.add(String(30, height - 12, title, fontName=fonts.font(fonts.HEITI), fontSize=9.5))
    return drawing
