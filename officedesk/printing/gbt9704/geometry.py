"""GB/T 9704-2012 geometry: the page, the 版心 grid, sizes and colours, the office's settings
for pitch and tracking, the data of one 公文 and its heading levels."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from officedesk.core import settings
from officedesk.core.fields import chinese_date
from officedesk.printing import fonts
from officedesk.printing.layout import (
    Run,
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
# GB/T 9704 §7.3.5.5: when the room left cannot hold the 印章 (or 签名章) and the 成文日期,
# 调整行距、字距. The standard names no limit; ours: a page so set holds at most this many lines
# in its 版心 (24: pitch 22/24 of the setting's, 26.53 pt at 28.94; 16 pt type keeps a gap of
# 10.5 pt, two thirds of a character, between lines).
TIGHT_LINES_MAX = 24
CHARS_PER_LINE = 28
DASH_TOP = 0.313  # the bundled 宋体's 一字线 top above the baseline, in ems
ASCENT = 0.88  # the CJK em box's top above the baseline, in ems (ideographic baseline 0.12)

# binary (Flate only) streams: ASCII85 on top makes PDFs 25 % bigger and costs time to encode
rl_config.useA85 = 0

RED = (0.9, 0.0, 0.0)
BLACK = (0.0, 0.0, 0.0)

MARK_OFFSET = 35 * mm  # 发文机关标志 top below the 版心 top
# GB/T 9704-2012 §7.2.4 puts every 标志 35 mm below the 版心 top, 上行文 too; the 80 mm of
# the 1999 standard's 上报的公文 is gone (an office that keeps it sets it: a setting)
UPWARD_MARK_OFFSET_DEFAULT = 35.0
LETTER_MARK_TOP = 30 * mm  # 信函格式: 标志 top from the top edge of the paper
COMMAND_MARK_OFFSET = 20 * mm  # 命令格式: 标志 top below the 版心 top (GB/T 9704 §10.2)
PAGE_NUMBER_GAP = 7 * mm  # the page number's 一字线 (its top) below the 版心 bottom (§7.5)
LINE_PITCH = settings.declare(
    "print.line_pitch_pt",
    float,
    28.94,
    "公文行距（磅）",
    "打印",
    help="22 行排满 225 mm 版心约 28.94 磅；同行多用 28.8–29.45。",
    # 16 pt type needs 20 pt not to overlap; at 40 pt the 版心 still holds 15 lines
    minimum=20.0,
    maximum=40.0,
)
TRACKING = settings.declare(
    "print.tracking_pt",
    float,
    -0.22,
    "公文字距调整（磅）",
    "打印",
    help="16 磅字每行 28 字排满 156 mm 版心需约 -0.22 磅。",
    # ±2 pt on 16 pt type already moves a 28-character line by 56 pt (2 characters)
    minimum=-2.0,
    maximum=2.0,
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
    help="GB/T 9704-2012 第7.2.4条：发文机关标志上边缘至版心上边缘为 35 mm，上行文相同；"
         "1999 版对上报的公文规定为 80 mm，沿用旧版式的机关可改为 80。",
    # 标志 within the 225 mm 版心 with room for 发文字号, red rule and title under it
    minimum=20.0,
    maximum=120.0,
)
MARK_HEIGHT = settings.declare(
    "print.mark_height_mm",
    float,
    15.0,
    "发文机关标志字高（毫米）",
    "打印",
    help="GB/T 9704-2012 第7.2.4条不规定发文机关标志的大小，只说：推荐使用小标宋体字，颜色为红色，"
         "以醒目、美观、庄重为原则。旧版 GB/T 9704-1999 的限度是一般应小于 22 mm × 15 mm（高 × 宽）。",
    # the type size and the divisor of the width's scale: never 0; above 30 mm it is no 标志
    minimum=5.0,
    maximum=30.0,
)
MARK_CHAR_WIDTH = settings.declare(
    "print.mark_char_width_mm", float, 13.0, "发文机关标志字宽（毫米）", "打印",
    minimum=5.0, maximum=30.0,
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


@lru_cache(maxsize=8)
def _dash_top(path: str, index: int) -> float:
    """The top of the 一字线 (—, U+2014) above the baseline, in ems, in the face at ``path``."""
    from fontTools.ttLib import TTFont

    try:
        face = TTFont(path, fontNumber=index, lazy=True)
        glyph = face["glyf"][face.getBestCmap()[0x2014]]
        return float(glyph.yMax) / face["head"].unitsPerEm
    except Exception:  # no such glyph (fonts.missing reports it): the dash of our bundled 宋体
        return DASH_TOP


def page_number_baseline(size: float) -> float:
    """The baseline of the page number “— 1 —” (4号宋体) whose 一字线 stands
    ``PAGE_NUMBER_GAP`` under the 版心 (GB/T 9704 §7.5: 一字线上距版心下边缘 7 mm)."""
    choice = fonts.choice(fonts.SONG)
    return BODY_BOTTOM - PAGE_NUMBER_GAP - _dash_top(str(choice.path), choice.index) * size


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
    # the 主送 set in the 版记 above the 抄送 (GB/T 9704 §7.3.2: too many for page 1 to show 正文)
    recipients_in_colophon: bool = False
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
