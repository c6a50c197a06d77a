"""The 效能通报: the period's 效能 figures as a 公文 in GB/T 9704 geometry (版心 156 × 225 mm,
天头 37 mm, 订口 28 mm; red 发文机关标志 in the 文件 or 信函 format as set; page numbers
“— 1 —” in 4号宋体 7 mm under the 版心, odd pages right, even pages left), its tables and
its charts drawn as vector graphics in the embedded CJK faces (no standard PDF font).

`bulletin_tables(figures)` gives the tables as rows of text: the PDF prints exactly those rows,
and a test compares them with `stats --json`."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import clock, settings, settings_renamed
from officedesk.core.errors import ValidationError
from officedesk.printing import fonts
from officedesk.printing.common import SIZE_3, SIZE_4, SIZE_5, Column, FormDocument
from officedesk.printing.efficiency_charts import (  # noqa: F401  (the 通报's charts, with it)
    CHART_UNITS,
    charted_units,
    figure_text,
    months_chart,
    steps_chart,
    units_chart,
)
from officedesk.printing.gbt9704 import (
    BODY_RIGHT,
    BODY_TOP,
    LEFT_MARGIN,
    LINES_PER_PAGE,
    MARK_CHAR_WIDTH,
    MARK_HEIGHT,
    PAGE_HEIGHT,
    RED,
    ComposedPage,
    DocumentData,
    Flow,
    Placed,
    Rule,
    blank_gap,
    corner_lines,
    date_text,
    draw_page,
    letter_rules,
    line_pitch,
    page_number_baseline,
    text_line,
    tracking,
)
from officedesk.printing.gbt9704.geometry import baseline_for_top, slot_top
from officedesk.printing.layout import text_width

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
DOC_NUMBER = settings.declare(
    "efficiency.bulletin.number",
    str,
    "",
    "效能通报发文字号",
    "效能",
    help="通报的发文字号，如 云委办通〔2026〕3号：效能页打印时填入“发文字号”一栏（命令行 print efficiency "
         "--number），此处是那一栏的预填值；留空则印“机关代字〔年份〕　　号”，序号留空待编号后手填。",
    blank="如 云委办通〔2026〕3号；留空则序号待手填",
)
# 主送机关 “甲，乙、丙：”: a unit named there follows its rename in the 通讯录
settings_renamed.follows(RECIPIENTS.key, settings_renamed.listed(settings.LIST_SEPARATORS + "：:"))
TABLE_SIZE = SIZE_5
NUMBER = "{:g}"


_num = figure_text  # the tables' figures, as the bars over them print them


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
        self.unnumbered: set[int] = set()  # a blank page and the 版记 page after it
        # 份号 of a classified paper: with the 密级 (``secrecy``) in the 版头 of the first page
        # only, where ``bulletin_mark`` / ``place_corner`` compose them (GB/T 9704 §7.2)
        self.copy_number = ""

    def colophon(self, organ: str, day: dt.date | None,
                 labelled: Sequence[tuple[str, str]] | None = None) -> None:
        """The 版记 (印发机关 and 印发日期 between the rules) at the foot of the last even page,
        placed and drawn by the 公文 printer's own code (pagination.place_colophon): on this
        page when it is even and has room, else on the next even page (a blank page before it
        when needed). ``labelled``: the rows above the 印发机关 (a 简报's 报/送/发: place_colophon).
        Call it last."""
        from officedesk.printing.pagination import place_colophon

        pitch = line_pitch()
        flow = Flow(pitch, tracking())
        flow.pages = [ComposedPage() for _ in self.pages]  # stand-ins for the pages drawn here
        flow.slot = min(LINES_PER_PAGE, math.ceil((BODY_TOP - self.y) / pitch - 1e-6))
        data = DocumentData(title="", printer_organ=organ, print_date=day,
                            variant="letter" if self.letter else "document")
        self.unnumbered = place_colophon(flow, data, pitch, drop_empty=False, labelled=labelled)
        while len(self.pages) < len(flow.pages):
            self._new_page()
        for page, composed in zip(self.pages, flow.pages, strict=True):
            if composed.texts or composed.rules:
                page.ops.append(functools.partial(draw_page, page=composed))
        self.y = self.bottom

    def draw(self, canvas: Canvas, start: int = 1, total: int | None = None) -> int:
        """The pages as composed: a 公文's 份号 and 密级 are the first page's, composed into
        its 版头 (``place_corner``), never drawn again on every page as a register's are. Its
        pages are numbered as a 公文's (— N —, GB/T 9704 §7.5), from 1: `start` and `total`, a
        register's footer, do not apply."""
        pages = len(self.pages)
        face = fonts.font(fonts.SONG)
        for number, page in enumerate(self.pages, start=1):
            for op in page.ops:
                op(canvas)
            if not (self.letter and number == 1) and number - 1 not in self.unnumbered:
                text = f"— {number} —"
                canvas.setFont(face, SIZE_4)
                canvas.setFillColorRGB(0, 0, 0)
                y = page_number_baseline(SIZE_4)  # the dash 7 mm under the 版心, as the 公文's
                if number % 2:
                    canvas.drawRightString(BODY_RIGHT - SIZE_4, y, text)
                else:
                    canvas.drawString(LEFT_MARGIN + SIZE_4, y, text)
            canvas.showPage()
        return pages


def bulletin_number(today: dt.date, given: str | None = None, setting: str = DOC_NUMBER.key) -> str:
    """The 通报's 发文字号: the one given for this issue (checked as the setting is), else the
    `setting` (the 效能通报's, the 督查通报's or the 信息工作通报's); blank, the 发文 register's 代字 (numbering.default_prefix, 云委办发) and 〔年份〕
    with the number left blank, to be written in by hand once the 通报 is numbered."""
    from officedesk.core import numbering

    if given is not None:
        number = str(given).strip()
        reason = check_number(number)
        if reason is not None:
            raise ValidationError(reason, "number")
    else:
        number = str(settings.get(setting) or "").strip()
    if number:
        return number
    return f"{numbering.default_prefix('outgoing')}〔{today.year}〕{BLANK_NUMBER}号"


@settings.check(DOC_NUMBER.key)
def check_number(value: str) -> str | None:
    """A 发文字号 is never given twice (README): the setting holds a number of the form
    代字〔年份〕N号 that the 发文 register does not hold — the 通报's own series — or nothing."""
    from officedesk.core import numbering, typed_numbers

    text = str(value or "").strip()
    if not text:
        return None
    own = f"如 {str(settings.get('org.code') or '').strip() or '某委办'}通〔{clock.today().year}〕3号"
    advice = f"请填本通报自己系列的发文字号（{own}），或留空、印出后手填序号。"
    parsed = typed_numbers.parse_number("outgoing", text)
    if parsed is None or not parsed[0]:
        return f"“{text}”不是“机关代字〔年份〕序号号”的发文字号。{advice}"
    if numbering.is_used("outgoing", text):
        return f"发文字号“{text}”已经由发文登记使用（或已作废），不能再印在通报上。{advice}"
    if parsed[0] == numbering.default_prefix("outgoing"):
        return (f"“{text}”是本机关发文的编号系列，由发文登记按顺序取号，印在通报上会与将来的"
                f"发文重号或留下空号。{advice}")
    return None


BLANK_NUMBER = "\u3000" * 3  # room for a number of up to three figures written by hand


def place_corner(doc: BulletinDocument, page: ComposedPage, first_top: float) -> float:
    """The 份号 and 密级 of a classified paper (``doc.copy_number``, ``doc.secrecy``; a 通报 or
    简报 carries no 紧急程度) onto ``page`` (the first page's 版头) as the 公文 printer places
    them (``corner_lines``): flush with the 版心's left edge, one grid line each, the first with
    its characters' top at ``first_top``. Returns the bottom of the last line placed
    (``first_top`` if none)."""
    pitch, track = line_pitch(), tracking()
    lines = corner_lines(doc.copy_number, doc.secrecy)
    for k, (text, face) in enumerate(lines):
        top = first_top - k * pitch
        page.texts.append(Placed(text_line(text, face, SIZE_3, track), doc.left,
                                 baseline_for_top(top, SIZE_3), track))
    return first_top - (len(lines) - 1) * pitch - SIZE_3 if lines else first_top


def head_corner(doc: BulletinDocument, right: str = "", size: float = SIZE_4,
                role: str = fonts.HEITI) -> None:
    """The 版头 of a paper without a 标志 (a 简报's masthead follows it): the 份号 and 密级 on
    the 版心's first lines (``place_corner``), ``right`` (征求意见稿) flush right on the first of
    them; the flow continues under them. Call it first, on the first page."""
    page = ComposedPage()
    bottom = place_corner(doc, page, slot_top(0))
    doc.add(lambda c: draw_page(c, page))
    if right:
        face = fonts.font(role)
        doc.draw_line(right, face, size, doc.right - text_width(right, face, size),
                      baseline_for_top(slot_top(0), SIZE_3))
    doc.y = bottom - (line_pitch() - SIZE_3) / 2


def bulletin_mark(doc: BulletinDocument, organ: str, number: str) -> None:
    """The red 标志, the 发文字号 and the red rule(s) as the 公文 printer places them (GB/T 9704
    §7.2, §10.1): 文件格式 the number centred two blank lines under the 标志, the rule 4 mm under
    it; 信函格式 the number at the 版心's right on the first line under the double rule, and the
    second double rule 20 mm above the paper's bottom edge. A classified paper's 份号 and 密级
    (``place_corner``) top left: 文件格式 on the 版心's first lines, above the 标志; 信函格式 from
    the number's line down. Drawn as the 公文 printer draws (draw_page: each line sets its own
    Tz, so the 标志's narrowing stops with it). The flow continues two lines below."""
    face = fonts.font(fonts.TITLE)
    body = fonts.font(fonts.FANGSONG)
    pitch = line_pitch()
    track = tracking()
    height = float(settings.get(MARK_HEIGHT.key)) * mm
    text = organ if doc.letter else f"{organ}文件"
    char_w = min(float(settings.get(MARK_CHAR_WIDTH.key)) * mm, doc.width / max(len(text), 1))
    scale = 100.0 * char_w / height
    top = PAGE_HEIGHT - 30 * mm if doc.letter else BODY_TOP - 35 * mm
    width = len(text) * char_w
    page = ComposedPage()
    page.texts.append(Placed(text_line(text, face, height, 0.0, RED),
                             doc.left + (doc.width - width) / 2, top - 0.88 * height, 0.0,
                             "mark", fonts.fake_bold(fonts.TITLE), scale))
    line = text_line(number, body, SIZE_3, track)
    if doc.letter:
        rule = top - height - 4 * mm
        page.rules.extend(letter_rules(rule))
        number_top = rule - 1.5 * mm - (pitch - SIZE_3)
        number_x = doc.left + doc.width - line.width  # 居版心右, as flow.place "right"
        below = min(number_top - SIZE_3, place_corner(doc, page, number_top))
    else:
        place_corner(doc, page, slot_top(0))  # above the 标志, 35 mm below the 版心's top
        # on the grid line the 公文's number takes (compose: Flow.snap_to), the rule as
        # thick: the office's 版头 is one, whatever paper carries it (its 红头纸 too)
        slot = 0
        while slot_top(slot, pitch) > top - height - blank_gap(2, pitch) + 0.01:
            slot += 1
        number_top = slot_top(slot, pitch)
        number_x = doc.left + (doc.width - line.width) / 2
        rule = number_top - SIZE_3 - 4 * mm
        page.rules.append(Rule(doc.left, doc.right, rule, 0.75 * mm))
        below = rule
    page.texts.append(Placed(line, number_x, number_top - 0.88 * SIZE_3, track))
    doc.add(lambda c: draw_page(c, page))
    doc.y = below - 2 * 29 + (29 if doc.letter else 0)


def _table(doc: BulletinDocument, columns: Sequence[Column], rows: list[list[str]],
           heading: Callable[[], None] | None = None) -> None:
    doc.table(columns, rows, size=TABLE_SIZE, header_size=TABLE_SIZE, row_height=7.5,
              heading=heading)
    doc.spacer(2)


def _heading(doc: BulletinDocument, text: str,
             table: tuple[Sequence[Column], list[list[str]]] | None = None) -> None:
    """A section's heading (一、总体情况), never the last line of a page: over ``table``'s
    header and first row when the section opens with a table (the table laid out here), else
    with room for its first sentence and table (60 mm)."""
    def heading() -> None:
        doc.text(text, size=SIZE_3, role=fonts.HEITI, indent_chars=2)

    if table is None:
        doc.ensure(60)
        heading()
        return
    _table(doc, *table, heading=heading)


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


def chart_months(months: list[str], first: dt.date, last: dt.date) -> list[str]:
    """The 三多 chart's month names: the table's heads (``month_tables``), a month counted in
    part with its days (11月1—20日) — never “11月” under a point of 20 days."""
    return [_month_head(m, first, last) for m in months]


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
            # 本机关 under the ranked units, unranked (report.by_unit)
            [str(r["rank"]) if r["rank"] is not None else "—", r["key"], _num(r["volume"]),
             _num(r["completed"]), _num(r["median"]), _num(r["on_time_rate"], "%"),
             _num(r["overdue"]),
             _signed(r["change_last_year"]["on_time_rate"]),
             _signed(r["change_previous"]["on_time_rate"])]
            for r in proc["by_unit"]  # every unit: the last ranked are those a 通报 exists to name
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
