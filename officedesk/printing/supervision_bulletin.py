"""The 督查通报 (`print bulletin --from A --to B [--number 发文字号]`): a period's figures per
unit, their 办结率 and 按期办结率 in charts, and the overdue items named — a 公文 in GB/T 9704
geometry as the 效能通报 (efficiency_bulletin): red 发文机关标志, 发文字号, 主送机关, 正文 in
3号仿宋, 版心 from 37 mm, page numbers “— 1 —”, 署名 and 成文日期, 版记."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import clock, counted_scope, settings, settings_renamed
from officedesk.core import supervision as sv
from officedesk.core.actor import Actor
from officedesk.core.fields import parse_date
from officedesk.printing import fonts, print_notes, secrecy
from officedesk.printing.common import SIZE_3, SIZE_5, SIZE_SMALL4, Column, render_forms
from officedesk.printing.efficiency_bulletin import (
    BulletinDocument,
    _para,
    bulletin_mark,
    bulletin_number,
    check_number,
    period_text,
)
from officedesk.printing.efficiency_forms import _org, bulletin_signature
from officedesk.printing.forms import form
from officedesk.printing.gbt9704 import date_text
from officedesk.printing.layout import text_width
from officedesk.printing.supervision_forms import office_name, short_date

RECIPIENTS = settings.declare(
    "supervision.bulletin.recipients",
    str,
    "各乡镇党委，县委各部委，县直各单位党组（党委）：",
    "督查通报主送机关",
    "督查",
)
DOC_NUMBER = settings.declare(
    "supervision.bulletin.number",
    str,
    "",
    "督查通报发文字号",
    "督查",
    help="督查通报的发文字号，如 云委办督〔2026〕3号：打印督查通报时填入“发文字号”一栏（命令行 print "
         "bulletin --number），此处是那一栏的预填值；留空则印“机关代字〔年份〕　　号”，序号留空待编号后手填。",
    blank="如 云委办督〔2026〕3号；留空则序号待手填",
)
settings.check(DOC_NUMBER.key)(check_number)  # its own series, never a 发文 register's number
# 主送机关 “甲，乙、丙：”: a unit named there follows its rename in the 通讯录
settings_renamed.follows(RECIPIENTS.key, settings_renamed.listed(settings.LIST_SEPARATORS + "：:"))
TABLE_SIZE = SIZE_5 + 0.5


def _date(value: Any, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, label)


def _short(unit: str, width: float = 36.0, font: str | None = None) -> str:
    """A unit's short name as a chart label: on lines no wider than its bar group, broken
    between words and, as the 效能通报's labels are (``_label_lines``), never one character
    alone on a line (交通运输 / 局)."""
    from officedesk.printing.efficiency_charts import _label_lines

    name = sv.figures.short_unit(unit)
    # _label_lines lets a whole name take the 3 pt between groups; this chart's groups keep
    # 2 pt (``group - 2``): 3 pt less, or 交通运输局 ran into 自然资源局
    face = font or fonts.font(fonts.FANGSONG)
    return "\n".join(_label_lines(name, face, max(width - 3, 16.0), 8))


CHART_UNITS = 12  # the most unit groups one chart holds with readable bars and labels


def chart_parts(units: Sequence[sv.figures.UnitFigures]) -> list[tuple[int, list[Any]]]:
    """Every unit of the table, in charts of at most CHART_UNITS groups made even (16 → 8 + 8),
    each with the 序号 of its first unit."""
    count = max(1, math.ceil(len(units) / CHART_UNITS))
    size = math.ceil(len(units) / count) if units else 0
    return [(start + 1, list(units[start:start + size])) for start in range(0, len(units), size or 1)]


def _due_sentence(total: sv.figures.UnitFigures) -> str:
    """What was due in the period and the rates of it; nothing due, said in words — a rate of
    nothing is no figure, and running text never gives one as “—” (the table's cell does)."""
    if not total.due:
        return "本期无应办结的任务，不计办结率。"
    return (f"本期应办结{total.due}件，办结{total.done}件，其中按期办结{total.on_time}件、"
            f"逾期办结{total.done_late}件；{BY_TASK_DONE}{sv.rate_text(total.done_rate)}，"
            f"{BY_TASK_ON_TIME}{sv.rate_text(total.on_time_rate)}。")


BAR_LABEL_SIZE = 7.0


def _bar_label(value: float) -> str:
    """A bar's figure: its rate as the table prints it, without the % the axis says."""
    return sv.rate_text(value).removesuffix("%")


def _chart(units: Sequence[sv.figures.UnitFigures], width: float, height: float,
           caption: str = "") -> Drawing:
    body = fonts.font(fonts.FANGSONG)
    drawing = Drawing(width, height)
    drawing.initialFontName = body  # renderPDF starts from Helvetica (not embedded) otherwise
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 40
    chart.width, chart.height = width - 50, height - 75
    chart.data = [[f.done_rate or 0 for f in units], [f.on_time_rate or 0 for f in units]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = body
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
    group = chart.width / max(len(units), 1)
    chart.categoryAxis.categoryNames = [_short(f.unit, group - 2, body) for f in units]
    chart.categoryAxis.labels.fontName = body
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.labels.leading = 9
    chart.bars[0].fillColor = colors.HexColor("#4a6fa5")
    chart.bars[1].fillColor = colors.HexColor("#e0a040")
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 8
    # the table's rates (54.5, not 54): as wide as a bar at most, so neighbours never touch
    chart.barLabelFormat = _bar_label
    chart.barLabels.fontName = body
    bar = (group - chart.groupSpacing - chart.barSpacing) / 2
    widest = max((text_width(_bar_label(v), body, 1.0) for row in chart.data for v in row),
                 default=0.0)
    chart.barLabels.fontSize = min(BAR_LABEL_SIZE, bar / widest) if widest else BAR_LABEL_SIZE
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 170, height - 12
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 80
    legend.fontName = body
    legend.fontSize = 9
    legend.colorNamePairs = [
        (chart.bars[0].fillColor, "办结率"),
        (chart.bars[1].fillColor, "按期办结率"),
    ]
    drawing.add(legend)
    title = String(
        34,
        height - 14,
        "各单位办结率、按期办结率（%）" + caption,
        fontName=fonts.font(fonts.HEITI),
        fontSize=10,
    )
    drawing.add(title)
    return drawing


class SupervisionBulletin(BulletinDocument):
    """The 督查通报's pages: the 效能通报's 公文 geometry. Classified (it names an item of a
    密级 overdue), it carries its 份号 and that 密级 in the 版头 of its first page only, as a
    公文 does (``bulletin_mark``)."""


def _bulletin_form(result: sv.Bulletin, number: str | None = None,
                   copy: int | None = None) -> SupervisionBulletin:
    """The 通报 of ``result``; classified, its copy ``copy`` (000001 when None)."""
    today = clock.today()
    doc = SupervisionBulletin(letter=False)
    doc.secrecy = _named_level(result)
    doc.copy_number = secrecy.copy_number(doc.secrecy, copy)
    bulletin_mark(doc, _org(), bulletin_number(today, number, DOC_NUMBER.key))
    doc.heading(f"关于{period_text(result.date_from, result.date_to)}督查工作情况的通报")
    doc.spacer(2)
    doc.text(str(settings.get(RECIPIENTS.key)), size=SIZE_3)
    total = result.total
    _para(
        doc,
        f"本期立项督查事项{result.items}项；截至{date_text(result.as_of)}，在办督查事项"
        f"{result.items_open}项（其中逾期未办结{result.items_overdue}项），本期办结"
        f"{result.items_done}项（其中按期办结{result.items_on_time}项）。各单位承办任务截至期末在办"
        f"{total.open}件、逾期未办结{total.overdue}件；{_due_sentence(total)}"
        "现将各单位办理情况通报如下。",
    )
    rows = [[str(n), *f.cells()] for n, f in enumerate(result.units, start=1)]
    rows.append(["", *total.cells()])  # total.unit is “合计”
    if not result.units:
        rows.insert(0, ["", "本期无交办任务", *[""] * (len(sv.figures.COLUMNS) - 1)])
    doc.table(UNIT_COLUMNS, rows, size=TABLE_SIZE, header_size=TABLE_SIZE, row_height=8.5,
              heading=lambda: _section(doc, "一、各单位办理情况"))
    if result.units:
        doc.spacer(2)
        height = 78.0
        doc.ensure(height + 14)  # the heading with its (first) chart
        _section(doc, "二、办结率对比")
        # a unit with nothing due has no rate (“—” in the table): no bars of 0 % for it
        rated = [f for f in result.units if f.done_rate is not None]
        unrated = [f.unit for f in result.units if f.done_rate is None]
        parts = chart_parts(rated)
        for first, units in parts:  # every unit the table rates, in as many charts as it takes
            caption = f"（序号{first}—{first + len(units) - 1}）" if len(parts) > 1 else ""
            doc.ensure(height + 2)
            drawing = _chart(units, doc.width, height * mm, caption)
            x, y = doc.left, doc.y - height * mm

            def draw_chart(canvas: Canvas, drawing: Drawing = drawing, x: float = x,
                           y: float = y) -> None:
                renderPDF.draw(drawing, canvas, x, y)

            doc.add(draw_chart)
            doc.y -= height * mm
        if unrated:
            _para(doc, f"{'、'.join(unrated)}本期无应办结的任务，不列入图中。")
    doc.spacer(2)
    overdue_heading = f"{'三' if result.units else '二'}、逾期未办结事项"
    if result.overdue:
        doc.table(
            OVERDUE_COLUMNS,
            [
                [str(n), o.unit, o.number, o.title, short_date(o.deadline, result.as_of),
                 f"{o.days}天", f"{o.progress}%"]
                for n, o in enumerate(result.overdue, start=1)
            ],
            size=TABLE_SIZE,
            header_size=TABLE_SIZE,
            row_height=8.5,
            heading=lambda: _section(doc, overdue_heading),
        )
        if result.provisional:  # its 逾期天数 counted into a year not entered yet, as the window says
            doc.text(f"注：逾期天数按工作日计{result.provisional}。", size=SIZE_SMALL4, indent_chars=2)
        doc.spacer(2)
        _para(doc, f"请以上单位认真分析原因，采取有力措施，尽快办结，并将办理情况报送{office_name()}。")
    else:
        doc.ensure(30)
        _section(doc, overdue_heading)
        _para(doc, "本期无逾期未办结事项。")
    scope = counted_scope.scope_line(result.counted_level)
    doc.ensure(70 if not scope else 78)  # the 说明 (and its scope line) with the signature
    doc.text(f"说明：统计截至{date_text(result.as_of)}（期末）。{sv.figures.DEFINITIONS}",
             size=SIZE_SMALL4, indent_chars=2, leading=1.6)
    if scope:  # a printer not cleared for every 密级: units check their figures against these
        doc.text(scope, size=SIZE_SMALL4, indent_chars=2, leading=1.6)
        print_notes.note(counted_scope.scope_note(result.counted_level, "督查通报"))
    doc.spacer(8)
    bulletin_signature(doc, today)
    doc.colophon(_org(), today)  # 版记: 印发机关 and 印发日期 on the last even page
    return doc


def _section(doc: SupervisionBulletin, text: str) -> None:
    """A 一级标题 (黑体, 3号, 空二字); what follows it is kept with it by its caller."""
    doc.text(text, size=SIZE_3, role=fonts.HEITI, indent_chars=2)


# the units' rates count their tasks (件), as stats and the window say (figures.BY_TASK)
BY_TASK_DONE = sv.figures.rate_key(sv.figures.DONE_RATE, sv.figures.BY_TASK)
BY_TASK_ON_TIME = sv.figures.rate_key(sv.figures.ON_TIME_RATE, sv.figures.BY_TASK)
UNIT_COLUMNS = [
    Column("序号", 10, "center"), Column("牵头单位", 40), Column("在办", 11, "center"),
    Column("应办结", 13, "center"), Column("办结", 11, "center"), Column("按期办结", 12, "center"),
    Column("逾期办结", 12, "center"), Column("逾期未办结", 13, "center"),
    Column(BY_TASK_DONE, 15, "center"), Column(BY_TASK_ON_TIME, 19, "center"),
]
OVERDUE_COLUMNS = [
    Column("序号", 12, "center"), Column("牵头单位", 34), Column("督查编号", 29, "center"),
    Column("事项名称", 41), Column("时限", 17, "center"), Column("逾期", 11, "center"),
    Column("进度", 12, "center"),
]


def _named_level(result: sv.Bulletin) -> str:
    """The 通报 names its overdue items: it carries the highest 密级 among them (its figures
    alone name no item)."""
    from officedesk.store.supervision import SupervisionItem

    ids = sorted({o.item_id for o in result.overdue})
    if not ids:
        return ""
    rows = SupervisionItem.select(SupervisionItem.secrecy).where(SupervisionItem.id.in_(ids))
    return secrecy.highest(row.secrecy for row in rows)


@form("bulletin", "督查通报", "supervision", options=("date_from", "date_to", "number", "copy",
                                                   "copies"),
      needs_ids=False, secrecy=secrecy.COPY_NUMBERED)
def build_bulletin(
    ids: Sequence[int], actor: Actor, date_from: Any = None, date_to: Any = None,
    number: str | None = None, **options: Any,
) -> bytes:
    """The 督查通报 for a period (default: this year up to today); `number` this issue's 发文字号
    (None: the setting supervision.bulletin.number; blank: written in by hand). A classified one
    (``_named_level``) is printed copy by copy, each with its 份号 (公文处理工作条例 art. 9):
    ``copies`` N numbers 1…N, ``copy`` the one copy asked for; neither: copy 000001."""
    result = _result(actor, date_from, date_to)
    return render_forms([_bulletin_form(result, number, copy)
                         for copy in copy_numbers(result, options)], "督查通报")


def _result(actor: Actor, date_from: Any, date_to: Any) -> sv.Bulletin:
    """The figures of the period (default: this year up to today)."""
    today = clock.today()
    start = _date(date_from, "开始日期") or dt.date(today.year, 1, 1)
    end = _date(date_to, "结束日期") or today
    return sv.bulletin(start, end, today, actor=actor)


def bulletin_level(actor: Actor, date_from: Any = None, date_to: Any = None) -> str:
    """The 密级 the 通报 of the period prints under, "" for an unclassified one: the window
    asks the 份数 of a classified one, as `print bulletin --copies N / --copy K` takes it."""
    return _named_level(_result(actor, date_from, date_to))


def copy_numbers(result: sv.Bulletin, options: dict[str, Any]) -> list[int | None]:
    """The 份号 to print: ``copies`` N numbers 1…N, ``copy`` K the one copy; an unclassified
    通报 carries none and prints once (a 份号 or 份数 asked of it is refused,
    ``secrecy.copy_request``)."""
    asked = secrecy.copy_request(options, "督查通报", bool(_named_level(result)))
    if asked not in ("copy", "copies"):
        return [None]
    number = secrecy.copy_count(options[asked], asked)
    return [number] if asked == "copy" else list(range(1, number + 1))
