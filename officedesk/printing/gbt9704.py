"""The 公文 page engine in GB/T 9704-2012 geometry (DOMAIN.md §2).

A4; 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 22 lines of 28 characters of 3号 (16 pt) 仿宋 on
a fixed grid. Line pitch and tracking are office settings (``print.line_pitch_pt``,
``print.tracking_pt``) with the standard's defaults; the red rule's star is
``print.red_rule_star``.

Public API (data in, PDF bytes out)::

    from officedesk.printing.gbt9704 import DocumentData, render_document
    pdf = render_document(DocumentData(
        organs=["中共某某市委办公室"], doc_number="某委办发〔2026〕7号",
        title="关于做好2026年元旦春节期间有关工作的通知", recipients="各区委，市委各部委：",
        body="一、……\\n（一）……", signer_organs=["中共某某市委办公室"],
        date=datetime.date(2026, 1, 5), cc="市人大常委会办公室。",
        printer_organ="中共某某市委办公室", print_date=datetime.date(2026, 1, 5)))

``render_documents([...])`` puts several documents into one PDF (each numbered from 1);
``draw_document(canvas, data)`` draws one onto a canvas the caller owns. Layout is done in
memory first (``compose``), so the page count, the 版记's place and page numbers are known
before anything is drawn; that also makes the geometry testable without a PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import settings
from officedesk.core.fields import chinese_date
from officedesk.printing import fonts
from officedesk.printing.layout import (
    Line,
    Run,
    justify_slots,
    text_out_justified,
    text_width,
    wrap_balanced,
    wrap_runs,
)

# ---------------------------------------------------------------- geometry (points)
PAGE_WIDTH, PAGE_HEIGHT = A4  # 595.28 × 841.89 pt = 210 × 297 mm
TOP_MARGIN = 37 * mm  # 天头
LEFT_MARGIN = 28 * mm  # 订口
BODY_WIDTH = 156 * mm  # 版心 width
BODY_HEIGHT = 225 * mm  # 版心 height
BODY_TOP = PAGE_HEIGHT - TOP_MARGIN  # y of the 版心 top (reportlab's y grows upwards)
BODY_BOTTOM = BODY_TOP - BODY_HEIGHT
BODY_RIGHT = LEFT_MARGIN + BODY_WIDTH

SIZE_2 = 22.0  # 2号: title
SIZE_3 = 16.0  # 3号: body
SIZE_4 = 14.0  # 4号: 版记, page numbers
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
ASCENT = 0.88  # the CJK em box's top above the baseline, in ems (ideographic baseline 0.12)

# binary (Flate only) streams: ASCII85 on top makes PDFs 25 % bigger and costs time to encode
rl_config.useA85 = 0

RED = (0.9, 0.0, 0.0)
BLACK = (0.0, 0.0, 0.0)

MARK_OFFSET = 35 * mm  # 发文机关标志 top below the 版心 top
UPWARD_MARK_OFFSET_DEFAULT = 80.0  # mm, 上行文 (verify: a setting)
LETTER_MARK_TOP = 30 * mm  # 信函格式: 标志 top from the top edge of the paper
COMMAND_MARK_OFFSET = 20 * mm  # 命令格式: 标志 top below the 版心 top (GB/T 9704 §10.2)
PAGE_NUMBER_GAP = 7 * mm  # page number's top below the 版心 bottom
# a line short by up to this many characters is spread to the full measure: a date or name
# kept whole on the next line (never split) leaves up to ~8 characters of room
JUSTIFY_LIMIT = 8

LINE_PITCH = settings.declare(
    "print.line_pitch_pt",
    float,
    28.94,
    "公文行距（磅）",
    "打印",
    help="22 行排满 225 mm 版心约 28.94 磅；同行多用 28.8–29.45。",
)
TRACKING = settings.declare(
    "print.tracking_pt",
    float,
    -0.22,
    "公文字距调整（磅）",
    "打印",
    help="16 磅字每行 28 字排满 156 mm 版心需约 -0.22 磅。",
)
RED_RULE_STAR = settings.declare(
    "print.red_rule_star", bool, False, "红色分隔线中间加五角星", "打印", help="党委机关公文常用。"
)
UPWARD_MARK_OFFSET = settings.declare(
    "print.upward_mark_offset_mm",
    float,
    UPWARD_MARK_OFFSET_DEFAULT,
    "上行文发文机关标志距版心上边缘（毫米）",
    "打印",
)
MARK_HEIGHT = settings.declare(
    "print.mark_height_mm",
    float,
    15.0,
    "发文机关标志字高（毫米）",
    "打印",
    help="1999 版标准限不大于 22 mm × 15 mm（高 × 宽）；2012 版由发文机关酌定（verify）。",
)
MARK_CHAR_WIDTH = settings.declare(
    "print.mark_char_width_mm", float, 13.0, "发文机关标志字宽（毫米）", "打印"
)


def line_pitch() -> float:
    return float(settings.get(LINE_PITCH.key))


def tracking() -> float:
    return float(settings.get(TRACKING.key))


def slot_top(slot: int, pitch: float | None = None) -> float:
    """y of the top of grid line ``slot`` (0 = the first line of the 版心)."""
    return BODY_TOP - slot * (line_pitch() if pitch is None else pitch)


def baseline_for_top(top: float, size: float) -> float:
    return top - ASCENT * size


def date_text(value: dt.date | str | None) -> str:
    """2026年1月5日 (no leading zeros) for a date; a string is kept as written."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return chinese_date(value)
    return str(value).strip()


# ---------------------------------------------------------------- data
VARIANTS = ("document", "letter", "minutes", "command")


@dataclass
class DocumentData:
    """Everything printed on an outgoing 公文. Plain values only, no database rows.

    ``organs``: 发文机关 for the red 标志, lead organ first (several = joint document).
    ``mark_suffix``: "文件" after the organ names; "" for a mark of the names alone.
    ``mark_text``: replaces the whole 标志 (e.g. "某某市人民政府常务会议纪要").
    ``body``: paragraphs separated by newlines; headings are recognised from 一、 （一） 1. （1）.
    ``variant``: "document" (文件格式), "letter" (信函格式), "command" (命令格式: 机关名称加
    令, 令号, no red rule, no title; ``signer_organs`` holds the 签发人职务 and name) or
    "minutes" (纪要格式, which prints
    ``attendees`` 出席, ``absentees`` 请假 and ``observers`` 列席).
    """

    title: str
    body: str = ""
    organs: list[str] = field(default_factory=list)
    mark_suffix: str = "文件"
    mark_text: str = ""
    doc_number: str = ""  # 发文字号: 某委办发〔2026〕7号
    copy_number: str = ""  # 份号 (printed as 6 digits)
    secret_level: str = ""  # 绝密 / 机密 / 秘密
    secret_period: str = ""  # 保密期限: "1年"
    urgency: str = ""  # 特急 / 加急
    signers: list[str] = field(default_factory=list)  # 签发人 (上行文)
    is_upward: bool = False  # 上行文 (请示, 报告)
    recipients: str = ""  # 主送机关
    attachments: list[str] = field(default_factory=list)  # 附件说明
    signer_organs: list[str] = field(default_factory=list)  # 发文机关署名
    date: dt.date | str | None = None  # 成文日期
    sealed: bool = True  # leaves room for the seal: date four characters in from the right
    note: str = ""  # 附注
    cc: str = ""  # 抄送机关
    printer_organ: str = ""  # 印发机关
    print_date: dt.date | str | None = None  # 印发日期
    variant: str = "document"
    attendees: str = ""  # 纪要: 出席
    absentees: str = ""  # 纪要: 请假
    observers: str = ""  # 纪要: 列席

    def __post_init__(self) -> None:
        if self.variant not in VARIANTS:
            raise ValueError(f"variant must be one of {VARIANTS}, not {self.variant!r}")


# ---------------------------------------------------------------- headings
HEADING_PATTERNS = (
    (1, re.compile(r"^[一二三四五六七八九十百]+、")),
    (2, re.compile(r"^（[一二三四五六七八九十百]+）")),
    (3, re.compile(r"^\d+[.．]")),
    (4, re.compile(r"^（\d+）")),
)


def heading_level(paragraph: str) -> int:
    """1–4 for a paragraph that starts with 一、 （一） 1. （1）; 0 for plain text."""
    for level, pattern in HEADING_PATTERNS:
        if pattern.match(paragraph):
            return level
    return 0


def paragraph_runs(paragraph: str, size: float = SIZE_3) -> list[Run]:
    """Runs of a body paragraph: a 一、 heading in 黑体, （一） in 楷体 (up to and including the
    first 。 when text follows on the same line), the rest in 仿宋."""
    body = fonts.font(fonts.FANGSONG)
    level = heading_level(paragraph)
    face = {1: fonts.HEITI, 2: fonts.KAITI}.get(level)
    if face is None:
        return [Run(paragraph, body, size)]
    cut = paragraph.find("。")
    head, rest = (paragraph, "") if cut < 0 else (paragraph[: cut + 1], paragraph[cut + 1 :])
    runs = [Run(head, fonts.font(face), size)]
    if rest:
        runs.append(Run(rest, body, size))
    return runs


# ---------------------------------------------------------------- composed pages
@dataclass
class Placed:
    """A line of text placed on a page: baseline, left x, extra character spacing."""

    line: Line
    x: float
    baseline: float
    char_space: float
    kind: str = "text"  # "body" lines may be carried to the next page with the 署名
    fake_bold: bool = False
    h_scale: float = 100.0
    keep_next: bool = False  # a heading line that must not end a page
    extra: float = 0.0  # justification: added after each CJK character and Latin word


@dataclass
class Rule:
    x1: float
    x2: float
    y: float
    width: float
    color: tuple[float, float, float] = RED
    star: bool = False


@dataclass
class ComposedPage:
    texts: list[Placed] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    number: int | None = None  # printed page number, None for none


@dataclass
class Composed:
    pages: list[ComposedPage]
    title: str


class _Flow:
    """Places lines on the grid, page after page."""

    def __init__(self, pitch: float, track: float) -> None:
        self.pitch = pitch
        self.track = track
        self.pages: list[ComposedPage] = [ComposedPage()]
        self.slot = 0

    @property
    def page(self) -> ComposedPage:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(ComposedPage())
        self.slot = 0

    def snap_to(self, top: float) -> None:
        """Move the cursor to the first grid line whose top is at or below ``top``."""
        slot = 0
        while slot_top(slot, self.pitch) > top + 0.01:
            slot += 1
        self.slot = max(self.slot, slot)

    def blank(self, n: int = 1) -> None:
        if self.slot == 0:
            return  # no blank lines at the top of a page
        self.slot += n
        if self.slot >= LINES_PER_PAGE:
            self.new_page()

    def room(self) -> int:
        return LINES_PER_PAGE - self.slot

    def place(
        self,
        line: Line,
        left: float,
        width: float,
        align: str = "left",
        kind: str = "text",
        justify: bool = False,
        fake_bold: bool = False,
    ) -> Placed:
        if self.slot >= LINES_PER_PAGE:
            self.new_page()
        size = max(r.size for r in line.runs) if line.runs else SIZE_3
        char_space = self.track
        natural = line.width
        extra = 0.0
        slots = justify_slots(line.text) if justify and not line.last else 0
        if slots and 0 < width - natural < JUSTIFY_LIMIT * size:
            extra = (width - natural) / slots
            natural = width
        if align == "center":
            x = left + (width - natural) / 2
        elif align == "right":
            x = left + width - natural
        else:
            x = left
        top = slot_top(self.slot, self.pitch)
        placed = Placed(line, x, baseline_for_top(top, size), char_space, kind, fake_bold)
        placed.extra = extra
        self.page.texts.append(placed)
        self.slot += 1
        return placed

    def paragraph(
        self,
        runs: list[Run],
        left: float = LEFT_MARGIN,
        width: float = BODY_WIDTH,
        first_indent: float = 0.0,
        hanging: float = 0.0,
        align: str = "left",
        kind: str = "text",
        justify: bool = True,
        fake_bold: bool = False,
    ) -> None:
        """Wrap and place a paragraph; ``first_indent`` for the first line, ``hanging`` for the
        others (both in points from ``left``)."""
        lines = wrap_runs(runs, width - hanging, self.track, first_width=width - first_indent)
        for k, line in enumerate(lines):
            indent = first_indent if k == 0 else hanging
            self.place(line, left + indent, width - indent, align, kind, justify, fake_bold)


def _text_line(
    text: str, font_name: str, size: float, track: float, color: tuple[float, float, float] = BLACK
) -> Line:
    return Line(
        [Run(text, font_name, size, color)], text_width(text, font_name, size, track), last=True
    )


def _gap(blank_lines: int, pitch: float, size: float = SIZE_3) -> float:
    """Vertical distance from the bottom of one element to the top of the next with
    ``blank_lines`` empty 3号 lines between them."""
    return blank_lines * pitch + (pitch - size)


# ---------------------------------------------------------------- the red 标志
def _mark_geometry(data: DocumentData) -> tuple[list[str], str]:
    if data.mark_text:
        return [data.mark_text], ""
    organs = [o for o in data.organs if o.strip()] or [""]
    if data.variant == "minutes":
        return [organs[0] + ("" if organs[0].endswith("纪要") else "纪要")], ""
    if data.variant == "letter":
        return [organs[0]], ""
    if data.variant == "command":
        return [organs[0] + ("" if organs[0].endswith("令") else "令")], ""
    return organs, data.mark_suffix


def _draw_mark(page: ComposedPage, data: DocumentData, top: float) -> float:
    """Place the red 标志 with its top at ``top``; return the y of its bottom."""
    organs, suffix = _mark_geometry(data)
    face = fonts.font(fonts.TITLE)
    height = float(settings.get(MARK_HEIGHT.key)) * mm
    size = height  # the CJK em box is the glyph height
    char_w = float(settings.get(MARK_CHAR_WIDTH.key)) * mm
    bold = fonts.fake_bold(fonts.TITLE)
    longest = max(len(o) for o in organs) + len(suffix) + (1 if suffix and len(organs) > 1 else 0)
    char_w = min(char_w, BODY_WIDTH / max(longest, 1))
    scale = 100.0 * char_w / size
    if len(organs) == 1:
        text = organs[0] + suffix
        line = _text_line(text, face, size, 0.0, RED)
        width = len(text) * char_w
        placed = Placed(
            line,
            LEFT_MARGIN + (BODY_WIDTH - width) / 2,
            baseline_for_top(top, size),
            0.0,
            "mark",
            bold,
            scale,
        )
        page.texts.append(placed)
        return top - height
    # joint document: organ names stacked, 文件 to their right, vertically centred
    row = height * 1.25
    names_w = max(len(o) for o in organs) * char_w
    suffix_w = len(suffix) * char_w + (char_w if suffix else 0)
    x0 = LEFT_MARGIN + (BODY_WIDTH - names_w - suffix_w) / 2
    for k, organ in enumerate(organs):
        line = _text_line(organ, face, size, 0.0, RED)
        # justify shorter names to the longest (分散对齐)
        n = len(organ)
        spare = names_w - n * char_w
        cs = spare / (n - 1) * 100.0 / scale if n > 1 else 0.0
        page.texts.append(
            Placed(line, x0, baseline_for_top(top - k * row, size), cs, "mark", bold, scale)
        )
    block_h = (len(organs) - 1) * row + height
    if suffix:
        mid = top - block_h / 2
        line = _text_line(suffix, face, size, 0.0, RED)
        page.texts.append(
            Placed(
                line,
                x0 + names_w + char_w,
                baseline_for_top(mid + height / 2, size),
                0.0,
                "mark",
                bold,
                scale,
            )
        )
    return top - block_h


# ---------------------------------------------------------------- composition
def compose(data: DocumentData) -> Composed:
    """Lay the document out on pages (no drawing)."""
    fonts.refresh_if_settings_changed()
    pitch = line_pitch()
    track = tracking()
    fang = fonts.font(fonts.FANGSONG)
    hei = fonts.font(fonts.HEITI)
    kai = fonts.font(fonts.KAITI)
    title_face = fonts.font(fonts.TITLE)
    title_bold = fonts.fake_bold(fonts.TITLE)
    em = SIZE_3 + track  # one character cell
    flow = _Flow(pitch, track)
    page = flow.page

    # 份号, 密级★保密期限, 紧急程度: top left, one per line
    corner: list[tuple[str, str]] = []
    if data.copy_number:
        digits = re.sub(r"\D", "", str(data.copy_number))
        corner.append((digits.zfill(6) if digits else str(data.copy_number), fang))
    if data.secret_level:
        secret = data.secret_level + (f"★{data.secret_period}" if data.secret_period else "")
        corner.append((secret, hei))
    if data.urgency:
        corner.append((data.urgency, hei))

    if data.variant == "letter":
        mark_bottom = _draw_mark(page, data, PAGE_HEIGHT - LETTER_MARK_TOP)
        rule_y = mark_bottom - 4 * mm
        x1, x2 = (PAGE_WIDTH - 170 * mm) / 2, (PAGE_WIDTH + 170 * mm) / 2
        page.rules.append(Rule(x1, x2, rule_y, 1.0 * mm))  # 上粗
        page.rules.append(Rule(x1, x2, rule_y - 1.5 * mm, 0.35 * mm))  # 下细
        page.rules.append(Rule(x1, x2, 20 * mm + 1.5 * mm, 0.35 * mm))  # 上细
        page.rules.append(Rule(x1, x2, 20 * mm, 1.0 * mm))  # 下粗
        flow.snap_to(rule_y - 1.5 * mm - (pitch - SIZE_3))
        first = flow.slot
        for text, face in corner:
            flow.place(_text_line(text, face, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH)
        if data.doc_number:
            flow.slot = first
            flow.place(
                _text_line(data.doc_number, fang, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH, "right"
            )
            flow.slot = max(flow.slot, first + len(corner))
        flow.blank(1)
    else:
        for text, face in corner:
            flow.place(_text_line(text, face, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH)
        if data.is_upward and data.variant == "document":
            offset = float(settings.get(UPWARD_MARK_OFFSET.key)) * mm
        elif data.variant == "command":
            offset = COMMAND_MARK_OFFSET
        else:
            offset = MARK_OFFSET
        mark_bottom = _draw_mark(page, data, BODY_TOP - offset)
        # 发文字号 (and 签发人) two blank lines under the 标志
        number_top = mark_bottom - _gap(2, pitch)
        flow.snap_to(number_top)
        signers = [s for s in data.signers if s.strip()] if data.is_upward else []
        if data.variant == "command":
            # 令号 two blank lines under the 标志, the text two blank lines under it; no rule
            if data.doc_number:
                flow.place(_text_line(data.doc_number, fang, SIZE_3, track), LEFT_MARGIN,
                           BODY_WIDTH, "center")
            flow.blank(2)
        elif data.variant == "minutes":
            if data.doc_number:
                flow.place(
                    _text_line(data.doc_number, fang, SIZE_3, track),
                    LEFT_MARGIN,
                    BODY_WIDTH,
                    "center",
                )
        elif signers:
            # 签发人：name name — two names a line, one character in from the right; the
            # 发文字号 one character in from the left on the line of the last name
            label = "签发人："
            label_w = text_width(label, fang, SIZE_3, track) + track
            rows = [signers[k : k + 2] for k in range(0, len(signers), 2)]
            name_w = max(text_width(n, kai, SIZE_3, track) for n in signers)
            gap = em
            row_w = max(len(r) for r in rows) * (name_w + gap) - gap
            x_names = BODY_RIGHT - em - row_w
            baseline = baseline_for_top(slot_top(flow.slot, pitch), SIZE_3)
            flow.page.texts.append(
                Placed(_text_line(label, fang, SIZE_3, track), x_names - label_w, baseline, track)
            )
            for k, row in enumerate(rows):
                baseline = baseline_for_top(slot_top(flow.slot, pitch), SIZE_3)
                if k == len(rows) - 1 and data.doc_number:
                    flow.page.texts.append(
                        Placed(
                            _text_line(data.doc_number, fang, SIZE_3, track),
                            LEFT_MARGIN + em,
                            baseline,
                            track,
                        )
                    )
                for j, name in enumerate(row):
                    flow.page.texts.append(
                        Placed(
                            _text_line(name, kai, SIZE_3, track),
                            x_names + j * (name_w + gap),
                            baseline,
                            track,
                        )
                    )
                flow.slot += 1
        elif data.doc_number:
            flow.place(
                _text_line(data.doc_number, fang, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH, "center"
            )
        if data.variant != "command":
            number_bottom = slot_top(flow.slot - 1, pitch) - SIZE_3 if flow.slot else number_top
            if not (data.doc_number or signers):
                number_bottom = mark_bottom - _gap(0, pitch)
            rule_y = number_bottom - 4 * mm
            star = bool(settings.get(RED_RULE_STAR.key)) and data.variant == "document"
            page.rules.append(Rule(LEFT_MARGIN, BODY_RIGHT, rule_y, 0.75 * mm, RED, star))
            flow.snap_to(rule_y - _gap(2, pitch) + (pitch - SIZE_3))

    # 标题: 2号小标宋, centred, wrapped on several lines (a 令 has none)
    if data.title and data.variant != "command":
        title_lines = wrap_balanced([Run(data.title, title_face, SIZE_2)], BODY_WIDTH - 4 * em)
        for line in title_lines:
            flow.place(line, LEFT_MARGIN, BODY_WIDTH, "center", "title", fake_bold=title_bold)
        flow.blank(1)

    # 主送机关
    if data.recipients:
        recipients = data.recipients.rstrip()
        if not recipients.endswith(("：", ":")):
            recipients += "："
        recipients = recipients[:-1] + "：" if recipients.endswith(":") else recipients
        flow.paragraph([Run(recipients, fang, SIZE_3)], kind="body")

    # 正文: a heading of its own line (and a run of them) goes with the first line of the text
    # after it, never alone at the foot of a page
    from officedesk.printing.pagination import heading_chain_lines

    paragraphs = [p.strip() for p in data.body.splitlines() if p.strip()]
    for k, paragraph in enumerate(paragraphs):
        runs = paragraph_runs(paragraph)
        chain = heading_chain_lines(paragraphs, k, track, em)
        if chain and flow.slot > 0 and flow.slot + chain > LINES_PER_PAGE:
            flow.new_page()
        before = len(flow.page.texts)
        flow.paragraph(runs, first_indent=2 * em, kind="body")
        if chain:
            for placed in flow.page.texts[before:]:
                placed.keep_next = True

    # 附件说明
    items = [a.strip() for a in data.attachments if a.strip()]
    if items:
        flow.blank(1)
        label = "附件："
        label_w = text_width(label, fang, SIZE_3, track) + track
        for k, item in enumerate(items):
            prefix = f"{k + 1}." if len(items) > 1 else ""
            text = item.rstrip("。．.，,；;")
            indent = 2 * em + label_w
            runs = [Run((label if k == 0 else "") + prefix + text, fang, SIZE_3)]
            number_w = text_width(prefix, fang, SIZE_3, track) + (track if prefix else 0)
            flow.paragraph(
                runs,
                first_indent=2 * em if k == 0 else indent,
                hanging=indent + number_w,
                kind="body",
            )

    # 纪要: 出席 / 请假 / 列席
    if data.variant == "minutes":
        lists = [("出席", data.attendees), ("请假", data.absentees), ("列席", data.observers)]
        lists = [(label, text.strip()) for label, text in lists if text.strip()]
        if lists:
            flow.blank(1)
        for label, text in lists:
            head = label + "："
            head_w = text_width(head, hei, SIZE_3, track) + track
            flow.paragraph(
                [Run(head, hei, SIZE_3), Run(text, fang, SIZE_3)],
                first_indent=2 * em,
                hanging=2 * em + head_w,
                kind="body",
            )

    # 署名 and 成文日期 (the 纪要 has neither)
    signature: list[tuple[str, float]] = []  # (text, x)
    date_str = date_text(data.date)
    signer_organs = [s for s in data.signer_organs if s.strip()]
    if data.variant != "minutes" and (signer_organs or date_str):
        date_w = text_width(date_str, fang, SIZE_3, track)
        if data.variant == "command":
            # 签发人职务 and 签名章 four characters in from the right, the date one blank line
            # under them (GB/T 9704 §7.3.5.3)
            right = BODY_RIGHT - 4 * em
            signature = [(s, right - text_width(s, fang, SIZE_3, track)) for s in signer_organs]
            if signature and date_str:
                signature.append(("", right))
            date_x = right - date_w
        elif data.sealed:
            date_x = BODY_RIGHT - 4 * em - date_w
            centre = date_x + date_w / 2
            widths = [text_width(s, fang, SIZE_3, track) for s in signer_organs]
            overflow = max([centre + w / 2 - (BODY_RIGHT - 2 * em) for w in widths] + [0.0])
            centre -= overflow
            date_x -= overflow
            signature = [(s, centre - w / 2) for s, w in zip(signer_organs, widths, strict=True)]
        else:
            widths = [text_width(s, fang, SIZE_3, track) for s in signer_organs]
            right = BODY_RIGHT - 2 * em
            signature = [(s, right - w) for s, w in zip(signer_organs, widths, strict=True)]
            first_x = min((x for _, x in signature), default=right - date_w)
            date_x = min(first_x + 2 * em, right - date_w)
        if date_str:
            signature.append((date_str, date_x))
        # the seal's top comes within a line of the text; 署名 and date sit under its centre
        blank_before = 2 if data.sealed else 1
        note_lines = 1 if data.note else 0
        needed = blank_before + len(signature) + note_lines
        if flow.slot + needed > LINES_PER_PAGE and flow.slot + needed - 1 <= LINES_PER_PAGE:
            blank_before -= 1  # squeeze one blank line rather than break the page
            needed -= 1
        if flow.slot + needed > LINES_PER_PAGE:
            # never leave the 署名 alone on a page: carry the last two body lines with it,
            # keeping the blank line between them (e.g. before the 附件说明)
            previous = flow.page
            flow.new_page()
            body = [p for p in previous.texts if p.kind == "body"]
            start = max(0, len(body) - 2)
            while start > 0 and body[start - 1].keep_next:  # a heading goes with its text
                start -= 1
            carried = body[start:]
            if carried:
                shift = baseline_for_top(slot_top(0, pitch), SIZE_3) - carried[0].baseline
                for placed in carried:
                    previous.texts.remove(placed)
                    placed.baseline += shift
                    flow.page.texts.append(placed)
                flow.slot = round((carried[0].baseline - carried[-1].baseline) / pitch) + 1
        flow.blank(blank_before)
        for text, x in signature:
            flow.page.texts.append(
                Placed(
                    _text_line(text, fang, SIZE_3, track),
                    x,
                    baseline_for_top(slot_top(flow.slot, pitch), SIZE_3),
                    track,
                    "signature",
                )
            )
            flow.slot += 1

    # 附注: in parentheses, two characters in, the line after the date
    if data.note:
        note = data.note.strip()
        if not note.startswith(("（", "(")):
            note = f"（{note}）"
        flow.paragraph([Run(note, fang, SIZE_3)], first_indent=2 * em, kind="note")

    # 版记 at the bottom of the last even page (封四), blank page before it when needed
    from officedesk.printing.pagination import place_colophon

    unnumbered = place_colophon(flow, data, pitch)

    # page numbers "— N —": odd pages right, even pages left, one character in; none on a
    # blank page or a page that holds only the 版记 (GB/T 9704 §7.5)
    song = fonts.font(fonts.SONG)
    for index, cpage in enumerate(flow.pages):
        number = index + 1
        if data.variant == "letter" and number == 1:
            continue
        if index in unnumbered:
            continue
        cpage.number = number
        text = f"— {number} —"
        width = text_width(text, song, SIZE_4, 0.0)
        x = BODY_RIGHT - SIZE_4 - width if number % 2 else LEFT_MARGIN + SIZE_4
        cpage.texts.append(
            Placed(
                _text_line(text, song, SIZE_4, 0.0),
                x,
                baseline_for_top(BODY_BOTTOM - PAGE_NUMBER_GAP, SIZE_4),
                0.0,
                "page-number",
            )
        )
    return Composed(flow.pages, data.title)


# ---------------------------------------------------------------- drawing
def draw_star(
    canvas: Canvas, cx: float, cy: float, radius: float, color: tuple[float, float, float] = RED
) -> None:
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.382
        angle = math.pi / 2 + k * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for p in points[1:]:
        path.lineTo(*p)
    path.close()
    canvas.setFillColorRGB(*color)
    canvas.drawPath(path, stroke=0, fill=1)


def draw_placed(canvas: Canvas, placed: Placed) -> None:
    """Draw one placed line, run after run, with its character spacing.

    Text state (Tc, Tz, Tr) outlives a text object in PDF, so each one sets all of it and a
    fake-bold line puts the render mode back before it ends."""
    x = placed.x
    for run in placed.line.runs:
        text = canvas.beginText(x, placed.baseline)
        text.setFont(run.font, run.size)
        text.setCharSpace(placed.char_space)
        text.setHorizScale(placed.h_scale)
        text.setFillColorRGB(*run.color)
        if placed.fake_bold:
            text.setStrokeColorRGB(*run.color)
            canvas.setLineWidth(run.size * 0.025)
            text.setTextRenderMode(2)
        added = 0.0
        if placed.extra:
            added = text_out_justified(text, run.text, placed.char_space, placed.extra)
        else:
            text.textOut(run.text)
        if placed.fake_bold:
            text.setTextRenderMode(0)
        canvas.drawText(text)
        scale = placed.h_scale / 100.0
        x += (
            text_width(run.text, run.font, run.size, 0.0) + placed.char_space * len(run.text)
            + added
        ) * scale


def draw_composed(canvas: Canvas, composed: Composed) -> None:
    for page in composed.pages:
        for rule in page.rules:
            canvas.setStrokeColorRGB(*rule.color)
            canvas.setLineWidth(rule.width)
            if rule.star:
                cx = (rule.x1 + rule.x2) / 2
                radius = 3.2 * mm
                canvas.line(rule.x1, rule.y, cx - radius * 1.6, rule.y)
                canvas.line(cx + radius * 1.6, rule.y, rule.x2, rule.y)
                draw_star(canvas, cx, rule.y - radius * 0.1, radius, rule.color)
            else:
                canvas.line(rule.x1, rule.y, rule.x2, rule.y)
        for placed in page.texts:
            draw_placed(canvas, placed)
        canvas.showPage()


def new_canvas(buffer: io.BytesIO, title: str = "") -> Canvas:
    """An A4 canvas for our forms: invariant (same bytes for the same input), titled."""
    # the canvas would start in Helvetica and name it in every page's preamble, putting a
    # non-embedded font into the PDF: start in an embedded face instead
    canvas = Canvas(
        buffer,
        pagesize=A4,
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.font(fonts.FANGSONG),
        initialFontSize=SIZE_3,
    )
    canvas.setCreator("OfficeDesk 机关办公桌面")
    if title:
        canvas.setTitle(title)
    return canvas


def draw_document(canvas: Canvas, data: DocumentData) -> int:
    """Draw one document onto ``canvas``; return its page count."""
    composed = compose(data)
    draw_composed(canvas, composed)
    return len(composed.pages)


def render_documents(documents: Iterable[DocumentData]) -> bytes:
    """Several documents in one PDF, each with its own page numbers."""
    documents = list(documents)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, documents[0].title if len(documents) == 1 else "公文")
    for data in documents:
        draw_document(canvas, data)
    canvas.save()
    return buffer.getvalue()


def render_document(data: DocumentData) -> bytes:
    """The PDF of one 公文."""
    return render_documents([data])


def page_count(data: DocumentData) -> int:
    return len(compose(data).pages)


__all__: Sequence[str] = (
    "DocumentData",
    "render_document",
    "render_documents",
    "draw_document",
    "compose",
    "heading_level",
    "paragraph_runs",
    "date_text",
    "new_canvas",
    "wrap_runs",
)
