"""The boxes of a form (``common.FormDocument``): a labelled grid of ``Field`` boxes and a ruled
table of ``Column``s whose header repeats on every page. ``FormDocument.grid`` and
``FormDocument.table`` lay them out through these functions.

Units: widths and heights in millimetres, text sizes in points (as ``common``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.printing.columns import column_widths
from officedesk.printing.fallback import text_out
from officedesk.printing.gbt9704 import ASCENT
from officedesk.printing.layout import Run, text_width, wrap_runs
from officedesk.printing.names import CELL_LEAST, cell_name
from officedesk.printing.titles import compose_title
from officedesk.printing.words import names_in, person_names

if TYPE_CHECKING:
    from officedesk.printing.common import FormDocument


# a cell of up to this many lines is composed as a title is (balanced, no stray short line);
# a longer text fills its lines word by word as running text does
BALANCED_LINES = 5
# a text with one of these is a sentence, running text: its lines are filled, not balanced
SENTENCE_MARKS = frozenset("。！？；")


@lru_cache(maxsize=4096)
def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """Cell text wrapped (cached: unit names and titles repeat across a batch), broken only
    between words: a cell of a few lines in balanced lines (县人力资源和 / 社会保障局, not
    县人力资源和社会保 / 障局), a longer one, or a sentence (交办要求: running text, not a name),
    filling its lines word by word. A cell may take a line more than breaking anywhere would; a
    word wider than the column is cut at its own words (云岭县 / 人力资源和 / 社会保障局, not
    云岭县人 / 力资源和), one without any anywhere."""
    if "\n" not in text and text_width(text, font, size) <= width + 1e-6:
        return [text]
    lines = [ln.text for ln in wrap_runs([Run(text, font, size)], width, words=True)]
    if 2 <= len(lines) <= BALANCED_LINES and "\n" not in text and not SENTENCE_MARKS & set(text):
        composed = compose_title(text, font, size, width,
                                 keep=names_in(text, person_names()))
        if len(composed) <= len(lines):
            return composed
    return lines


@dataclass
class Field:
    """One labelled box of a grid: ``span`` columns wide; ``height`` in mm (None: fit the text).
    ``label_on_top`` puts the label in the box's top-left corner instead of a label cell."""

    label: str
    value: str = ""
    span: int = 1
    height: float | None = None
    label_on_top: bool = False
    align: str = "left"  # left / center


@dataclass
class Column:
    """A table column: title, width in mm, alignment of its cells (left / center / right)."""

    title: str
    width: float
    align: str = "left"
    # a cell never broken (a personal name: 买买提·艾力): the column is as wide as its widest
    # cell when the page allows, else the name is set smaller on its one line (printing.names)
    whole: bool = False
    # a column written in by hand (签名): it keeps at least its share of the page even when a
    # few of its cells hold text (请假（出差）)
    write_in: bool = False


def cell_lines(text: str, width: float, size: float, font: str) -> list[str]:
    if not text:
        return []
    return _wrapped(text, font, size, round(width, 3))


def box(
    doc: FormDocument, x: float, top: float, w: float, h: float, width_pt: float = 0.75
) -> None:
    def op(c: Canvas) -> None:
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(width_pt)
        c.rect(x, top - h, w, h, stroke=1, fill=0)

    doc.add(op)


def cell_text(
    doc: FormDocument,
    lines: Sequence[str],
    x: float,
    top: float,
    w: float,
    h: float,
    font: str,
    size: float,
    align: str = "left",
    valign: str = "top",
    pad: float = 2 * mm,
    sink: list[tuple[str, float, float, float, str]] | None = None,
) -> None:
    """Place wrapped lines in a box; with ``sink`` the lines are collected (font, size, x,
    baseline, text) for one shared text object instead of drawn one by one."""
    lead = size * 1.45
    block = len(lines) * lead
    if valign == "middle":
        y = top - (h - block) / 2
    else:
        y = top - pad
    for line in lines:
        baseline = y - ASCENT * size - (lead - size) / 2
        if align == "center":
            lx = x + (w - text_width(line, font, size)) / 2
        elif align == "right":
            lx = x + w - pad - text_width(line, font, size)
        else:
            lx = x + pad
        if sink is not None:
            sink.append((font, size, lx, baseline, line))
        else:
            doc.draw_line(line, font, size, lx, baseline)
        y -= lead


# a grid field laid out: the field, its box's x and width, its label's and its value's lines
_Laid = tuple[Field, float, float, list[str], list[str]]


def grid(
    doc: FormDocument,
    rows: Sequence[Sequence[Field]],
    columns: int = 2,
    label_width: float = 26.0,
    min_height: float = 11.0,
    size: float | None = None,
) -> None:
    """A boxed label/value grid: each row holds Fields whose spans add up to ``columns``.
    Labels sit in a cell ``label_width`` mm wide (黑体, centred); values wrap in the rest.
    A Field with ``height`` is a box of that height (for handwritten opinions)."""
    size = size or doc.body_size
    pad = 2 * mm
    unit = doc.width / columns
    label_w = label_width * mm
    lead = size * 1.45
    for row in rows:
        spans = sum(f.span for f in row)
        if spans != columns:
            raise ValueError(f"grid row spans {spans} columns, expected {columns}")
        # measure
        layout: list[_Laid] = []
        height = min_height * mm
        x = doc.left
        for f in row:
            w = unit * f.span
            if f.label_on_top:
                value_w = w - 2 * pad
                label_lines = cell_lines(f.label, value_w, size, doc.label_font)
                value_lines = cell_lines(
                    f.value, value_w - 2 * size, size, doc.body_font
                )
                need = (len(label_lines) + len(value_lines)) * lead + 2 * pad
            else:
                label_lines = cell_lines(
                    f.label, label_w - 2 * pad, size, doc.label_font
                )
                value_lines = cell_lines(
                    f.value, w - label_w - 2 * pad, size, doc.body_font
                )
                need = max(len(label_lines), len(value_lines), 1) * lead + 2 * pad
            if f.height is not None:
                need = max(need, f.height * mm)
            height = max(height, need)
            layout.append((f, x, w, label_lines, value_lines))
            x += w
        if height > doc.top - doc.bottom + 0.01:  # taller than a page: broken over pages
            _split_row(doc, layout, size, label_w)
            continue
        doc.ensure(height / mm)
        _draw_row(doc, layout, doc.y, height, size, label_w)
        doc.y -= height


# a grid row broken over pages leaves at least this many lines of its text on a page's foot
_LEAST_LINES = 3


def _split_row(doc: FormDocument, layout: list[_Laid], size: float, label_w: float) -> None:
    """A grid row taller than a whole page (a 3,000-character 反映内容) broken over pages:
    each part a box down to the page's foot with as many of its lines as fit, its label
    repeated with “（续）” after the first (a label on top only on the first), the next part
    at the next page's top — never run off the paper's edge."""
    pad = 2 * mm
    lead = size * 1.45
    rest = [list(value_lines) for *_, value_lines in layout]
    first = True
    while True:
        lines = int((doc.y - doc.bottom - 2 * pad) / lead + 1e-6)
        if lines < _LEAST_LINES and doc.y < doc.top - 0.01:
            doc.new_page()
            continue
        part: list[_Laid] = []
        for (f, fx, w, label_lines, _), value_lines in zip(layout, rest, strict=True):
            above = len(label_lines) if f.label_on_top and first else 0
            room = max(lines - above, 1)
            if f.label_on_top and not first:
                label_lines = []
            elif not first:
                label_lines = cell_lines(f.label + "（续）", label_w - 2 * pad, size, doc.label_font)
            part.append((f, fx, w, label_lines, value_lines[:room]))
            del value_lines[:room]
        height = max(
            max(len(value) + (len(label) if f.label_on_top else 0), len(label), 1)
            for f, _, _, label, value in part
        ) * lead + 2 * pad
        _draw_row(doc, part, doc.y, height, size, label_w)
        doc.y -= height
        first = False
        if not any(rest):
            return
        doc.new_page()


def _draw_row(doc: FormDocument, layout: list[_Laid], top: float, height: float, size: float,
              label_w: float) -> None:
    """One grid row's boxes, labels and values, its top at ``top``."""
    lead = size * 1.45
    for f, fx, w, label_lines, value_lines in layout:
        box(doc, fx, top, w, height)
        if f.label_on_top:
            cell_text(doc, label_lines, fx, top, w, height, doc.label_font, size)
            cell_text(
                doc,
                value_lines,
                fx + 2 * size,
                top - len(label_lines) * lead,
                w - 2 * size,
                height,
                doc.body_font,
                size,
                f.align,
            )
        else:
            box(doc, fx, top, label_w, height)
            cell_text(
                doc,
                label_lines,
                fx,
                top,
                label_w,
                height,
                doc.label_font,
                size,
                "center",
                "middle",
            )
            valign = "middle" if f.height is None else "top"
            cell_text(
                doc,
                value_lines,
                fx + label_w,
                top,
                w - label_w,
                height,
                doc.body_font,
                size,
                f.align,
                valign,
            )


def table(
    doc: FormDocument,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    repeat_header: bool = True,
    row_height: float = 9.0,
    size: float | None = None,
    header_size: float | None = None,
    heading: Callable[[], None] | None = None,
    placed: list[int] | None = None,
) -> int:
    """A ruled table; the header row repeats on every page it runs onto. Column widths are
    scaled to the page width when they do not add up to it. Returns the pages it ran over.
    The header starts a page with room for the first row (as tall as its text makes it), and
    `heading` (what the caller lays out above the table: its title) is kept with both.
    ``placed`` receives each row's page (its index in ``doc.pages``)."""
    size = size or doc.body_size
    header_size = header_size or size
    pad = 1.5 * mm
    widths = column_widths(columns, rows, doc.width, doc.body_font, size,
                           doc.label_font, header_size, pad)
    lead = size * 1.35
    # headers break between words into balanced lines (按期 / 办结, not 按期办 / 结)
    header_lines = [
        compose_title(c.title, doc.label_font, header_size, w - 2 * pad) if c.title else []
        for c, w in zip(columns, widths, strict=True)
    ]
    header_h = max(
        row_height * mm, max(len(h) for h in header_lines) * header_size * 1.35 + 2 * pad
    )

    # Each page's part of the table is drawn as one text object and one path of rules
    # (a sheet of 500 rows would otherwise be thousands of text objects and boxes).
    texts: list[tuple[str, float, float, float, str]] = []
    row_lines: list[float] = []  # y of each horizontal rule of this page's part

    def flush() -> None:
        if not row_lines:
            return
        items, ys = list(texts), list(row_lines)
        xs = [doc.left]
        for w in widths:
            xs.append(xs[-1] + w)
        top, bottom = ys[0], ys[-1]

        def op(c: Canvas) -> None:
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.75)
            c.lines([(xs[0], y, xs[-1], y) for y in ys] + [(x, top, x, bottom) for x in xs])
            t = c.beginText()
            current: tuple[str, float] | None = None
            for font, fsize, x, baseline, text in items:
                if current != (font, fsize):
                    t.setFont(font, fsize)
                    current = (font, fsize)
                t.setTextOrigin(x, baseline)
                text_out(t, text)
            c.drawText(t)

        doc.add(op)
        texts.clear()
        row_lines.clear()

    def draw_header() -> None:
        top = doc.y
        if not row_lines:
            row_lines.append(top)
        x = doc.left
        for w, lines in zip(widths, header_lines, strict=True):
            cell_text(
                doc,
                lines,
                x,
                top,
                w,
                header_h,
                doc.label_font,
                header_size,
                "center",
                "middle",
                pad,
                texts,
            )
            x += w
        doc.y -= header_h
        row_lines.append(doc.y)

    def measured(row: Sequence[str]) -> tuple[list[list[str]], list[float], float]:
        cells: list[list[str]] = []
        sizes: list[float] = []
        for v, w, column in zip(row, widths, columns, strict=False):
            text = str(v) if v is not None else ""
            if column.whole and text:
                lines, fitted = cell_name(text, doc.body_font, size, size * CELL_LEAST,
                                          w - 2 * pad)
            else:
                lines, fitted = cell_lines(text, w - 2 * pad, size, doc.body_font), size
            cells.append(lines)
            sizes.append(fitted)
        height = max(row_height * mm, max((len(c) for c in cells), default=1) * lead + 2 * pad)
        return cells, sizes, height

    # never one row alone on either side of a page break: a page's foot too short for the
    # first two rows (at most a page's worth) takes the header along — a table of three rows
    # or fewer moves whole — and the last row goes overleaf with the one before it
    opening = [measured(row)[2] for row in rows[:len(rows) if len(rows) <= 3 else 2]]
    first_rows = sum(opening) if rows else row_height * mm
    need = (header_h + min(first_rows, doc.top - doc.bottom - header_h)) / mm
    last_row = measured(rows[-1])[2] if len(rows) > 3 else 0.0
    on_page = 0  # body rows on this page
    if heading is not None:
        def heading_and_room(heading: Callable[[], None] = heading) -> None:
            heading()
            doc.ensure(need)

        doc.ensure_room_for(heading_and_room)
        heading()
    first_page = len(doc.pages)
    doc.ensure(need)
    draw_header()
    for k, row in enumerate(rows):
        cells, sizes, height = measured(row)
        widow = (k == len(rows) - 2 and on_page >= 2 and last_row > 0
                 and doc.y - height - last_row < doc.bottom - 0.01)
        if doc.y - height < doc.bottom - 0.01 or widow:
            flush()
            doc.new_page()
            on_page = 0
            if repeat_header:
                draw_header()
        on_page += 1
        top = doc.y
        if not row_lines:
            row_lines.append(top)
        x = doc.left
        for k, w in enumerate(widths):
            if k < len(cells):
                cell_text(
                    doc,
                    cells[k],
                    x,
                    top,
                    w,
                    height,
                    doc.body_font,
                    sizes[k],
                    columns[k].align,
                    "middle",
                    pad,
                    texts,
                )
            x += w
        doc.y -= height
        row_lines.append(doc.y)
        if placed is not None:
            placed.append(len(doc.pages) - 1)
    flush()
    return len(doc.pages) - first_page + 1
