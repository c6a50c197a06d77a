"""The 座次表 drawn from plain data: boxes sized from their content, nothing outside a box.

- A personal name is never split: it stands on one line at the name size (14 pt 黑体,
  two-character names spaced 张　三), smaller in a narrow box down to 10 pt (买买提·艾力); only
  a name too long even at 10 pt takes two lines, broken after a “·” when it has one (never
  before it).
- A post (职务) is wrapped on at most two lines at 8 pt or more, between words only (a unit of the
  通讯录 is one word: 县人力资源和社会保障局 / 党组书记、局长); a post too long for that is
  abbreviated (人民代表大会常务委员会 → 人大常委会, 中国共产党 → 中共, the later parts of
  "县委常委、常务副县长、…" dropped) and, as a last resort, cut with "…" — never drawn
  outside its box.
- Every box of a chart has the same size, the smallest that holds the largest content. A row
  too wide for A4 landscape even with the narrowest boxes goes onto A3 (setting
  ``print.seating.wide_hall`` = "A3") or is split across pages, the hall's rows in order on
  each page, seats left to right ("分页", the default).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import settings
from officedesk.printing import fonts, secrecy
from officedesk.printing.fallback import draw_string
from officedesk.printing.layout import text_width, wrap_cjk
from officedesk.printing.names import draw_name
from officedesk.printing.names import fit_name as fit_whole_name
from officedesk.printing.titles import compose_title
from officedesk.printing.words import glue_marks, title_words

WIDE_HALL = settings.declare(
    "print.seating.wide_hall",
    str,
    "分页",
    "座次表过宽时",
    "打印",
    choices=("分页", "A3"),
    help="一排座位在 A4 横向放不下时：分页（按排序分左右几页）或改用 A3 纸。",
)

NAME_SIZE = 14.0
NAME_MIN = 10.0  # a name shrinks on its one line down to this, still larger than its post
POST_SIZE = 9.0
POST_MIN = 8.0  # no post smaller than this
NUMBER_SIZE = 8.0
GAP = 1.5 * mm
PAD = 1.6 * mm
MARGIN = 10 * mm
LABEL_W = 14 * mm  # 第一排 … on the left
MAX_BOX_W = 34 * mm
MIN_NAME_CHARS = 4  # a box holds at least four name characters on a line

ABBREVIATIONS = (
    ("人民代表大会常务委员会", "人大常委会"),
    ("人民代表大会", "人大"),
    ("中国人民政治协商会议", "政协"),
    ("政治协商会议", "政协"),
    ("中国共产党", "中共"),
    ("人民政府", "政府"),
    ("人力资源和社会保障局", "人社局"),
    ("委员会", "委"),
    ("办公室", "办"),
    ("党组书记", "书记"),
    ("主要负责人", "负责人"),
)


@dataclass
class Seat:
    name: str
    post: str = ""
    number: int | None = None  # 主席台 order (1 = the centre)


@dataclass
class SeatingChart:
    title: str
    subtitle: str = ""
    podium: list[Seat] = field(default_factory=list)
    rows: list[list[Seat]] = field(default_factory=list)  # front to back, left to right
    note: str = ""
    secrecy: str = ""  # the meeting's 密级: top left of every page, the title below it
    gallery: set[int] = field(default_factory=set)  # the rows (0-based) of the 旁听席


@dataclass
class Box:
    """Where a seat was drawn (for tests): the rectangle and the lines inside it."""

    x: float
    y: float  # bottom
    w: float
    h: float
    name_lines: list[str]
    post_lines: list[str]


# ---------------------------------------------------------------- content
def name_text(name: str) -> str:
    """The name as it stands on its line (two characters spaced: 张　三)."""
    name = name.strip()
    return f"{name[0]}　{name[1]}" if len(name) == 2 else name


def fit_name(name: str, font: str, width: float) -> tuple[list[str], float]:
    """Name lines and size: the whole name on one line at the name size, smaller when the box
    is narrower down to NAME_MIN; only a name too long even then takes two lines, after a “·”
    (printing.names)."""
    return fit_whole_name(name_text(name), font, NAME_SIZE, NAME_MIN, width)


def abbreviate(post: str) -> list[str]:
    """Shorter and shorter forms of a post, the full one first."""
    forms = [post]
    short = post
    for long, brief in ABBREVIATIONS:
        if long in short:
            short = short.replace(long, brief)
            forms.append(short)
    parts = [p for p in short.replace("，", "、").split("、") if p]
    while len(parts) > 1:
        parts = parts[:-1]
        forms.append("、".join(parts))
    return forms


def _post_pairs(post: str) -> list[list[str]]:
    """Two posts held together (县委副书记、县长) as two lines broken after a 、, the most
    even split first."""
    parts = post.split("、")
    splits = [["、".join(parts[:k]) + "、", "、".join(parts[k:])] for k in range(1, len(parts))]
    return sorted(splits, key=lambda pair: abs(len(pair[0]) - len(pair[1])))


def _word_ends(post: str) -> set[int]:
    """Where the post's words end (a unit of the 通讯录 is one word, a 、 stays with the word
    before it): the places a line of it may end without cutting a word."""
    ends, at = set(), 0
    for word in glue_marks(title_words(post)):
        at += len(word)
        ends.add(at)
    return ends


def post_lines(post: str, font: str, size: float, width: float,
               breaks: str = "any") -> list[str] | None:
    """The post on at most two lines of ``width`` at ``size``, or None when it does not fit.
    Two posts break after their 、 when each side fits (县委副书记、/ 县长), not inside one;
    with ``breaks`` "posts" only there; else between words: with "words" only between whole
    words (县人力资源和社会保障局
    / 党组书记、局长), with "inner" also between a long word's own words (县人力资源 /
    和社会保障局), with "any" between any two characters."""
    if text_width(post, font, size) <= width + 0.01:
        return [post]
    for pair in _post_pairs(post):
        if all(text_width(x, font, size) <= width + 0.01 for x in pair if x):
            return pair
    if breaks == "posts":
        return None
    lines = compose_title(post, font, size, width)  # between words: 县人大常委会 / 主任
    if breaks == "words" and len(lines) == 2 and len(lines[0]) not in _word_ends(post):
        return None  # the line ends inside a word (县人力资源和社会 / 保障局…)
    if len(lines) > 2:
        if breaks != "any":
            return None
        lines = wrap_cjk(post, font, size, width)
    if len(lines) <= 2 and all(text_width(x, font, size) <= width + 0.01 for x in lines):
        return lines
    return None


def _first_fit(forms: list[str], ways: tuple[str, ...], font: str,
               width: float) -> tuple[list[str], float] | None:
    """The first of the post's forms that fits in two lines, broken each way in turn, at the
    largest size from POST_SIZE down to POST_MIN (None: none fits)."""
    for form in forms:
        for breaks in ways:
            size = POST_SIZE
            while size >= POST_MIN - 1e-6:
                lines = post_lines(form, font, size, width, breaks)
                if lines is not None:
                    return lines, size
                size -= 0.5
    return None


def fit_post(post: str, font: str, width: float) -> tuple[list[str], float]:
    """Lines and size of a post inside ``width``: full, then smaller down to 8 pt, then
    abbreviated, then cut."""
    post = post.strip()
    if not post:
        return [], POST_SIZE
    # each of the posts kept whole and the words of each whole, its names shortened if need be
    # (县委统战部副部长、/ 县民族宗教事务局书记、局长), before a unit's name is cut (…副部长、县民族 /
    # 宗教事务局…) or a post left out
    kept = [form for form in abbreviate(post) if form.count("、") == post.count("、")]
    # then two posts after their 、 at any size down to 8 pt, then between whole words; a
    # later post dropped (县委常委、/ 县纪委书记) before any is cut between a word's own words,
    # and that before between characters (县纪委书 / 记, 县政协党组书 / 记)
    forms = abbreviate(post)
    fitted = (_first_fit(kept, ("posts", "words"), font, width)
              or _first_fit(forms, ("posts", "words"), font, width)
              or _first_fit(forms, ("inner",), font, width)
              or _first_fit(forms, ("any",), font, width))
    if fitted is not None:
        return fitted
    lines = wrap_cjk(abbreviate(post)[-1], font, POST_MIN, width)[:2]
    last = lines[-1]
    while last and text_width(last + "…", font, POST_MIN) > width:
        last = last[:-1]
    lines[-1] = last + "…"
    return lines, POST_MIN


# ---------------------------------------------------------------- geometry
def _needed_width(seat: Seat, hei: str, fang: str) -> tuple[float, float]:
    """The inner width a seat wants (its name on one line at the name size, its post on two
    lines at the post size) and the least it must have: its name whole at NAME_MIN, its
    post's longest word whole at 8 pt (县人力资源和社会保障局, a unit of the 通讯录)."""
    name = text_width(name_text(seat.name), hei, NAME_SIZE) if seat.name.strip() else 0.0
    post = must = 0.0
    if seat.post.strip():
        # the width at which the post takes two balanced lines; two posts want their longer
        # one whole on a line at 8 pt at least (县委副书记、/ 县长, never 县委副 / 书记、县长)
        post = text_width(seat.post, fang, POST_SIZE) / 2 + POST_SIZE
        pairs = _post_pairs(seat.post.strip())
        if pairs:
            post = max(post, min(max(text_width(x, fang, POST_MIN) for x in pair)
                                 for pair in pairs))
        if text_width(seat.post, fang, POST_MIN) > post:  # it may need breaking: its words
            must = max(text_width(w, fang, POST_MIN)
                       for w in glue_marks(title_words(seat.post.strip())))
        if pairs:  # and all its posts, shortened, after a 、 (县委常委、/ 县纪委书记、县监委主任)
            must = max(must, _pair_width(seat.post.strip(), fang))
    return max(name, post), max(name * NAME_MIN / NAME_SIZE, must)


def _pair_width(post: str, fang: str) -> float:
    """The least width at 8 pt that holds all the posts (their names shortened if need be)
    on two lines broken after a 、."""
    kept = [form for form in abbreviate(post) if form.count("、") == post.count("、")]
    return min(max(text_width(x, fang, POST_MIN) for x in pair)
               for form in kept for pair in _post_pairs(form))


def _box_size(chart: SeatingChart, hei: str, fang: str, max_w: float) -> tuple[float, float]:
    seats = [(s, True) for s in chart.podium] + [(s, False) for r in chart.rows for s in r]
    minimum = MIN_NAME_CHARS * NAME_SIZE + 2 * PAD
    needs = [_needed_width(s, hei, fang) for s, _ in seats]
    wanted = max([want + 2 * PAD for want, _ in needs] + [minimum])
    must = max([least + 2 * PAD for _, least in needs] + [minimum])
    # MAX_BOX_W keeps the boxes compact; a name or a word that must stay whole widens them
    # past it while the hall's widest row still fits the page
    w = max(minimum, min(max(min(wanted, MAX_BOX_W), must), max_w))
    inner = w - 2 * PAD
    tallest = 0.0
    for seat, numbered in seats:
        names, name_size = fit_name(seat.name, hei, inner)
        posts, size = fit_post(seat.post, fang, inner)
        strip = NUMBER_SIZE if numbered and seat.number else 0.0  # the number above the name
        tallest = max(tallest, strip + len(names) * name_size * 1.15 + len(posts) * size * 1.2)
    return w, tallest + 2 * PAD + 2


def _chunks(seats: list[Seat], per_page: int) -> list[list[Seat]]:
    return [seats[k : k + per_page] for k in range(0, len(seats), per_page)] or [[]]


# ---------------------------------------------------------------- drawing
def draw_chart(canvas: Canvas, chart: SeatingChart, boxes: list[Box] | None = None) -> int:
    """Draw the chart onto ``canvas`` (its page size set here); return the pages drawn.
    ``boxes`` collects every seat's box and lines (for tests)."""
    title_font, hei = fonts.font(fonts.TITLE), fonts.font(fonts.HEITI)
    fang, kai = fonts.font(fonts.FANGSONG), fonts.font(fonts.KAITI)
    widest = max([len(chart.podium), *(len(r) for r in chart.rows), 1])
    paper = landscape(A4)
    usable = paper[0] - 2 * MARGIN - 2 * LABEL_W
    minimum = MIN_NAME_CHARS * NAME_SIZE + 2 * PAD
    if widest * (minimum + GAP) - GAP > usable and settings.get(WIDE_HALL.key) == "A3":
        paper = landscape(A3)
        usable = paper[0] - 2 * MARGIN - 2 * LABEL_W
    page_w, page_h = paper
    max_w = (usable + GAP) / widest - GAP
    box_w, box_h = _box_size(chart, hei, fang, max_w)
    per_row = max(1, int((usable + GAP) / (box_w + GAP) + 1e-6))
    parts = max(math.ceil(len(r) / per_row) for r in [chart.podium, *chart.rows, []])
    # a row split over parts goes on from the grid's left edge in the next part, where its
    # first part's seats began: its rest is no whole row to centre
    grid_left = (page_w - (per_row * box_w + (per_row - 1) * GAP)) / 2
    pages = 0
    podium = _chunks(chart.podium, per_row)
    rows = [_chunks(r, per_row) for r in chart.rows]
    for part in range(max(parts, 1)):
        pages += _draw_part(
            canvas, chart, (page_w, page_h), (box_w, box_h, grid_left),
            (podium[part] if part < len(podium) else [], part > 0),
            [(n, r[part], part > 0) for n, r in enumerate(rows, start=1)
             if part < len(r) and r[part]],
            (part + 1, parts), boxes, (title_font, hei, fang, kai),
        )
    return pages


def _draw_part(canvas, chart, paper, box, podium, rows, part, boxes, faces) -> int:
    """One part of the chart: ``box`` is (width, height, the grid's left x); ``podium`` (seats,
    continued) and ``rows`` (number, seats, continued) the part's seats, continued for the rest
    of a row split over parts."""
    title_font, hei, fang, kai = faces
    box_w, box_h, grid_left = box
    podium, podium_continued = podium
    page_w, page_h = paper
    canvas.setPageSize(paper)
    pages = 1

    def header() -> float:
        canvas.setFillColorRGB(0, 0, 0)
        title = f"{chart.title}座次表"
        width = page_w - 2 * MARGIN
        size = 22.0
        while size > 16 and text_width(title, title_font, size) > width:
            size -= 1
        baseline = page_h - 20 * mm
        if chart.secrecy:  # the 密级 top left, the title a mark's height lower
            secrecy.draw(canvas, chart.secrecy, MARGIN, page_h - MARGIN)
            baseline -= 6 * mm
        for k, line in enumerate(compose_title(title, title_font, size, width)):
            if k:
                baseline -= size * 1.3
            canvas.setFont(title_font, size)
            draw_string(canvas, page_w / 2, baseline, line, "centre")
        sub = chart.subtitle
        if part[1] > 1:
            sub = "　　".join(x for x in (sub, f"（第{part[0]}部分，共{part[1]}部分，自左至右）") if x)
        if sub:
            canvas.setFont(kai, 12)
            draw_string(canvas, page_w / 2, baseline - 8 * mm, sub, "centre")
        return baseline - 16 * mm

    def row_left(seats: Sequence[Seat], continued: bool) -> float:
        """A whole row centred; the rest of one split over parts from the grid's left."""
        total = len(seats) * box_w + (len(seats) - 1) * GAP
        return grid_left if continued else (page_w - total) / 2

    def seat_row(y: float, seats: Sequence[Seat], numbered: bool, heavy: bool,
                 continued: bool) -> None:
        x = row_left(seats, continued)
        inner = box_w - 2 * PAD
        for seat in seats:
            canvas.setLineWidth(1.2 if heavy else 0.8)
            canvas.setStrokeColorRGB(0, 0, 0)
            canvas.rect(x, y - box_h, box_w, box_h, stroke=1, fill=0)
            names, name_size = fit_name(seat.name, hei, inner)
            posts, post_size = fit_post(seat.post, fang, inner)
            strip = NUMBER_SIZE if numbered and seat.number else 0.0
            block = len(names) * name_size * 1.15 + len(posts) * post_size * 1.2
            top = y - strip - (box_h - strip - block) / 2
            canvas.setFillColorRGB(0, 0, 0)
            for line in names:
                top -= name_size * 1.15
                draw_name(canvas, x + box_w / 2, top + name_size * 0.22, line, hei, name_size)
            canvas.setFont(fang, post_size)
            for line in posts:
                top -= post_size * 1.2
                draw_string(canvas, x + box_w / 2, top + post_size * 0.25, line, "centre")
            if numbered and seat.number:
                canvas.setFont(fang, NUMBER_SIZE)
                canvas.drawString(x + PAD * 0.6, y - PAD * 0.6 - NUMBER_SIZE * 0.85,
                                  str(seat.number))
            if boxes is not None:
                boxes.append(Box(x, y - box_h, box_w, box_h, names, posts))
            x += box_w + GAP

    y = header()
    if podium:
        total = len(podium) * box_w + (len(podium) - 1) * GAP
        left = row_left(podium, podium_continued)
        canvas.setFillColorRGB(0.93, 0.93, 0.93)
        canvas.rect(left - 4 * mm, y - box_h - 13 * mm, total + 8 * mm,
                    box_h + 13 * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(hei, 12)
        canvas.drawCentredString(left + total / 2, y - 6 * mm, "主　席　台")
        seat_row(y - 9 * mm, podium, True, True, podium_continued)
        y -= box_h + 22 * mm
    labels = "一二三四五六七八九十"
    for number, seats, continued in rows:
        if y - box_h < 22 * mm:
            _note(canvas, chart, fang)
            canvas.showPage()
            canvas.setPageSize(paper)
            pages += 1
            y = header()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(hei, 10.5)
        label = f"第{labels[number - 1]}排" if number <= 10 else f"第{number}排"
        if number - 1 in chart.gallery:  # the 旁听席 says so under its row's number
            canvas.drawString(MARGIN, y - box_h / 2 + 2, label)
            canvas.drawString(MARGIN, y - box_h / 2 - 9, "旁听席")
        else:
            canvas.drawString(MARGIN, y - box_h / 2 - 3.5, label)
        seat_row(y, seats, False, False, continued)
        y -= box_h + 4 * mm
    _note(canvas, chart, fang)
    canvas.showPage()
    return pages


def _note(canvas: Canvas, chart: SeatingChart, fang: str) -> None:
    if chart.note:
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(fang, 9)
        draw_string(canvas, MARGIN, 12 * mm, chart.note)


def render_charts(charts: Sequence[SeatingChart], boxes: list[Box] | None = None) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), invariant=1, pageCompression=1,
                    initialFontName=fonts.font(fonts.FANGSONG))  # never Helvetica
    canvas.setTitle("座次表")
    canvas.setCreator("OfficeDesk 机关办公桌面")
    for chart in charts:
        draw_chart(canvas, chart, boxes)
    canvas.save()
    return buffer.getvalue()
