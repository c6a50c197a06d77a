"""The 效能通报: the period's 效能 figures as a 公文 in GB/T 9704 geometry (版心 156 × 225 mm,
天头 37 mm, 订口 28 mm; red 发文机关标志 in the 文件 or 信函 format as set; page numbers
“— 1 —” in 4号宋体 7 mm under the 版心, odd pages right, even pages left), its tables and
its charts drawn as vector graphics in the embedded CJK faces (no standard PDF font).

`bulletin_tables(figures)` gives the tables as rows of text: the PDF prints exactly those rows,
and a test compares them with `stats --json`."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import settings, settings_renamed
from officedesk.core.efficiency.spans import NO_UNIT
from officedesk.printing import fonts
from officedesk.printing.common import SIZE_3, SIZE_4, SIZE_5, Column, FormDocument
from officedesk.printing.gbt9704 import (
    BODY_BOTTOM,
    BODY_RIGHT,
    BODY_TOP,
    LEFT_MARGIN,
    MARK_CHAR_WIDTH,
    MARK_HEIGHT,
    PAGE_HEIGHT,
    PAGE_NUMBER_GAP,
    RED,
    date_text,
)
from officedesk.printing.layout import compose_title

FORMAT = settings.declare(
    "efficiency.bulletin.format",
    str,
    "文件",
    "效能通报版式",
    "效能",
    choices=("文件", "信函"),
    help="文件格式：红色发文机关标志“××文件”和红色分隔线；信函格式：标志距纸张上边 30 毫米，红色双线。",
)
RECIPIENTS = settings.declare(
    "efficiency.bulletin.recipients",
    str,
    "各乡镇党委，县委各部委，县直各单位党组（党委）：",
    "效能通报主送机关",
    "效能",
)
# 主送机关 “甲，乙、丙：”: a unit named there follows its rename in the 通讯录
settings_renamed.follows(RECIPIENTS.key, settings_renamed.listed(settings.LIST_SEPARATORS + "：:"))
TABLE_SIZE = SIZE_5
NUMBER = "{:g}"


def _num(value: Any, suffix: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:g}{suffix}" if isinstance(value, float) else f"{value}{suffix}"


def _signed(value: Any, suffix: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return (f"+{text}" if value > 0 else text) + suffix


class BulletinDocument(FormDocument):
    """A FormDocument in the 版心 of GB/T 9704 with the 公文's page numbers."""

    def __init__(self, letter: bool) -> None:
        super().__init__(body_size=SIZE_3, top=37.0, bottom=35.0, left=28.0, right=26.0)
        self.letter = letter

    def draw(self, canvas: Canvas) -> int:
        pages = len(self.pages)
        face = fonts.font(fonts.SONG)
        for number, page in enumerate(self.pages, start=1):
            for op in page.ops:
                op(canvas)
            if not (self.letter and number == 1):
                text = f"— {number} —"
                canvas.setFont(face, SIZE_4)
                canvas.setFillColorRGB(0, 0, 0)
                y = BODY_BOTTOM - PAGE_NUMBER_GAP - SIZE_4 * 0.88
                if number % 2:
                    canvas.drawRightString(BODY_RIGHT - SIZE_4, y, text)
                else:
                    canvas.drawString(LEFT_MARGIN + SIZE_4, y, text)
            canvas.showPage()
        return pages


def _mark(doc: BulletinDocument, organ: str) -> None:
    """The red 标志 and the red rule(s); the flow continues below them."""
    face = fonts.font(fonts.TITLE)
    height = float(settings.get(MARK_HEIGHT.key)) * mm
    text = organ if doc.letter else f"{organ}文件"
    char_w = min(float(settings.get(MARK_CHAR_WIDTH.key)) * mm, doc.width / max(len(text), 1))
    scale = 100.0 * char_w / height
    top = PAGE_HEIGHT - 30 * mm if doc.letter else BODY_TOP - 35 * mm
    width = len(text) * char_w
    x = doc.left + (doc.width - width) / 2
    baseline = top - 0.88 * height

    def draw(c: Canvas) -> None:
        t = c.beginText(x, baseline)
        t.setFont(face, height)
        t.setHorizScale(scale)
        t.setFillColorRGB(*RED)
        t.textOut(text)
        c.drawText(t)
        c.setStrokeColorRGB(*RED)
        if doc.letter:  # 信函: a thick and a thin red line under the 标志
            y = top - height - 4 * mm
            c.setLineWidth(2.0)
            c.line(doc.left, y, doc.right, y)
            c.setLineWidth(0.5)
            c.line(doc.left, y - 2.2, doc.right, y - 2.2)
        else:
            y = top - height - 4 * mm - 2 * 29
            c.setLineWidth(1.0)
            c.line(doc.left, y, doc.right, y)

    doc.add(draw)
    rule = top - height - 4 * mm - (2.2 if doc.letter else 2 * 29)
    doc.y = rule - 2 * 29 + (29 if doc.letter else 0)


def _table(doc: BulletinDocument, columns: Sequence[Column], rows: list[list[str]]) -> None:
    doc.table(columns, rows, size=TABLE_SIZE, header_size=TABLE_SIZE, row_height=7.5)
    doc.spacer(2)


def _heading(doc: BulletinDocument, text: str) -> None:
    doc.ensure(60)  # never the last line of a page: with it its first sentence and table
    doc.text(text, size=SIZE_3, role=fonts.HEITI, indent_chars=2)


def _para(doc: BulletinDocument, text: str) -> None:
    doc.text(text, size=SIZE_3, indent_chars=2, leading=1.8)


def _chart(doc: BulletinDocument, drawing: Drawing) -> None:
    height = drawing.height
    # the renderer's starting state names Helvetica unless the drawing says otherwise
    drawing.initialFontName = fonts.font(fonts.FANGSONG)
    drawing.initialFontSize = 8
    doc.ensure(height / mm + 4)
    x, y = doc.left, doc.y - height

    def draw(c: Canvas) -> None:
        renderPDF.draw(drawing, c, x, y)

    doc.add(draw)
    doc.y -= height + 3 * mm


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
    chart.barLabelFormat = "%.1f%%"
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


def _unit_label(name: str, width: float, face: str) -> str:
    """A unit's name under its bar, whole: the 通讯录's 简称, else the name without the
    county's prefix (县住房和城乡建设局 → 住房和城乡建设局; 县委… kept), broken between words onto lines
    no wider than the bar's group."""
    from officedesk.core.supervision.figures import short_unit

    short = short_unit(name)
    county = name.find("县")
    if short == name and 0 <= county <= 3 and name[county + 1:county + 2] != "委":
        # 县委… keeps its 县委: 县委办公室 is not 县政府办公室
        short = name[county + 1:] if len(name) - county > 2 else name
    return "\n".join(compose_title(short, face, LABEL_SIZE, max(width, LABEL_SIZE * 2)))


def charted_units(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The units a 按时率 chart can draw: those with a 按时率 (none is no 0 %), and never
    “（未填）”, the items no 承办单位 was entered for (no unit at all)."""
    return [r for r in rows if r["on_time_rate"] is not None and r["key"] != NO_UNIT]


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
    chart.barLabelFormat = "%.0f"
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
    chart.categoryAxis.categoryNames = [label.split("年")[-1] for label in labels] or [""]
    _style_axis(chart.categoryAxis, face, 7.5)
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


# ---------------------------------------------------------------- tables as text


OVERVIEW_COLUMNS = [
    Column("事项", 21), Column("办件量", 13, "center"), Column("完成", 12, "center"),
    Column("中位用时", 15, "center"), Column("90%分位", 14, "center"), Column("最长", 12, "center"),
    Column("按时率", 15, "center"), Column("逾期未办", 14, "center"),
    Column("按时率同比", 16, "center"), Column("中位用时环比", 18, "center"),
]
STEP_COLUMNS = [
    Column("环节", 22), Column("件次", 15, "center"), Column("中位用时", 20, "center"),
    Column("90%分位", 18, "center"), Column("最长", 16, "center"), Column("用时占比", 20, "center"),
    Column("按时率", 18, "center"),
]
RETURN_COLUMNS = [
    Column("事项", 22), Column("从环节", 30), Column("退回至", 30), Column("次数", 24, "center"),
    Column("件数", 24, "center"),
]
UNIT_COLUMNS = [
    Column("排名", 10, "center"), Column("单位", 38), Column("办件量", 13, "center"),
    Column("完成", 12, "center"), Column("中位用时", 15, "center"), Column("按时率", 15, "center"),
    Column("逾期未办", 14, "center"), Column("按时率同比", 17, "center"),
    Column("按时率环比", 17, "center"),
]
def month_tables(months: list[str], rows: list[list[str]], first: dt.date | None = None,
                 last: dt.date | None = None) -> list[tuple[list[Column], list[list[str]]]]:
    """The 三多 table (rows: a label, then one cell a month of `months`, “2026-01” …) as its
    columns and rows; a period over two or more years as one table a year, the year heading
    the first column. A month counted only in part (the period starts or ends inside it:
    `first`, `last`) is headed with its days, 3月1—15日, not as the whole month."""
    years = sorted({m[:4] for m in months})
    out = []
    for year in years:
        cells = [n for n, m in enumerate(months) if m[:4] == year]
        width = 132 / max(len(cells), 6)
        head = "项目" if len(years) == 1 else f"{year}年"
        columns = [Column(head, 22)] + [Column(_month_head(months[n], first, last), width, "center")
                                        for n in cells]
        out.append((columns, [[row[0]] + [row[1 + n] for n in cells] for row in rows]))
    return out


def _month_head(month: str, first: dt.date | None, last: dt.date | None) -> str:
    number = int(month[5:])
    start = dt.date(int(month[:4]), number, 1)
    whole_end = end = _month_end(start)
    if first is not None and start < first <= end:
        start = first
    if last is not None and start <= last < end:
        end = last
    if (start.day, end) == (1, whole_end):
        return f"{number}月"
    return f"{number}月{start.day}—{end.day}日" if start != end else f"{number}月{start.day}日"


COMPLAINT_COLUMNS = [
    Column("被投诉单位", 40), Column("投诉", 13, "center"), Column("属实", 13, "center"),
    Column("部分属实", 16, "center"), Column("不属实", 14, "center"), Column("效能告诫", 16, "center"),
    Column("通报批评", 16, "center"), Column("诫勉", 12, "center"), Column("办理中", 14, "center"),
]


def bulletin_tables(figures: dict[str, Any]) -> dict[str, list[list[str]]]:
    """The 通报's tables as rows of cell text, from the figures of report.efficiency."""
    procedures = figures["procedures"]
    overview = []
    for proc in procedures.values():
        t = proc["total"]
        overview.append([
            proc["label"], _num(t["volume"]), _num(t["completed"]), _num(t["median"]),
            _num(t["p90"]), _num(t["longest"]), _num(t["on_time_rate"], "%"), _num(t["overdue"]),
            _signed(t["change_last_year"]["on_time_rate"]), _signed(t["change_previous"]["median"]),
        ])
    tables: dict[str, list[list[str]]] = {"overview": overview}
    for name, proc in procedures.items():
        tables[f"steps:{name}"] = [
            [s["step"], _num(s["count"]), _num(s["median"]), _num(s["p90"]), _num(s["longest"]),
             _num(s["share"], "%"), _num(s["on_time_rate"], "%")]
            for s in proc["steps"]
        ]
        back = proc.get("returns") or {}
        if back.get("by_step"):  # 退回: from the step that waited to the one it went back to
            tables[f"returns:{name}"] = [
                [proc["label"], r["from"], r["to"], str(r["count"]), str(r["records"])]
                for r in back["by_step"]
            ]
        tables[f"units:{name}"] = [
            [str(r["rank"]), r["key"], _num(r["volume"]), _num(r["completed"]), _num(r["median"]),
             _num(r["on_time_rate"], "%"), _num(r["overdue"]),
             _signed(r["change_last_year"]["on_time_rate"]),
             _signed(r["change_previous"]["on_time_rate"])]
            for r in proc["by_unit"]  # every unit: the last ones are those a 通报 exists to name
        ]
    sanduo = figures["sanduo"]
    labels = sanduo["labels"]  # the period's months up to its end or today
    months = []
    for key, label in (("meetings", "会议"), ("documents", "发文")):
        series = sanduo[key]
        over = set(series["over_target"])
        months.append([f"{label}（次）" if key == "meetings" else f"{label}（件）"]
                      + [f"{n}▲" if labels[m] in over else str(n)
                         for m, n in enumerate(series["per_month"])])
        months.append(["去年同月"] + [str(n) for n in series["last_year"]])
        months.append(["控制目标"] + [_num(t) for t in series["target"]])
    tables["sanduo"] = months
    tables["complaints"] = [
        [r["unit"], str(r["total"]), str(r["属实"]), str(r["部分属实"]), str(r["不属实"]),
         str(r["效能告诫"]), str(r["通报批评"]), str(r["诫勉"]), str(r["open"])]
        for r in figures["complaints"]["by_unit"]
    ]
    return tables


QUARTERS = "一二三四"


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def period_text(first: dt.date, last: dt.date) -> str:
    """The days a 通报 counts, named: a whole year, quarter or month by its short name (2026年,
    2026年第一季度, 2026年3月), whole months by their first and last (2026年1月至6月), other
    days by their dates (2026年3月1日至3月15日, 2026年3月5日): never a month for part of one."""
    if first == last:
        return date_text(first)
    if first.day != 1 or last != _month_end(last):
        end = f"{last.month}月{last.day}日" if last.year == first.year else date_text(last)
        return f"{date_text(first)}至{end}"
    if first.year == last.year:
        if (first.month, last.month) == (1, 12):
            return f"{first.year}年"
        if first.month == last.month:
            return f"{first.year}年{first.month}月"
        if first.month % 3 == 1 and last.month == first.month + 2:
            return f"{first.year}年第{QUARTERS[first.month // 3]}季度"
        return f"{first.year}年{first.month}月至{last.month}月"
    return f"{first.year}年{first.month}月至{last.year}年{last.month}月"
