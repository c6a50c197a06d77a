"""Drawing composed pages onto a reportlab canvas, and the public render functions."""

from __future__ import annotations

import copy
import dataclasses
import io
import math
from collections.abc import Iterable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.printing import fonts
from officedesk.printing.fallback import text_out
from officedesk.printing.gbt9704.compose import compose, corner_lines
from officedesk.printing.gbt9704.flow import (
    Composed,
    ComposedPage,
    Placed,
    text_line,
)
from officedesk.printing.gbt9704.geometry import (
    RED,
    SIZE_3,
    DocumentData,
    tracking,
)
from officedesk.printing.layout import (
    text_out_justified,
    text_width,
)


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
            text_out(text, run.text)
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
        draw_page(canvas, page)
        canvas.showPage()


def draw_page(canvas: Canvas, page: ComposedPage) -> None:
    """The rules and lines of one composed page (no showPage: a caller may draw more on it,
    as the 效能通报 draws its 版记 onto a page of its own)."""
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
    previous: tuple[DocumentData, Composed] | None = None
    for data in documents:
        composed = _another_copy(previous, data) or compose(data)
        previous = (data, composed)
        draw_composed(canvas, composed)
    canvas.save()
    return buffer.getvalue()


def _another_copy(previous: tuple[DocumentData, Composed] | None,
                  data: DocumentData) -> Composed | None:
    """``previous``'s layout with ``data``'s 份号 when ``data`` is another copy of the same
    公文 (``--copies``, ``--all-copies``): the 份号, six digits, leaves every line where it was,
    and composing each of thousands of copies anew took most of a second a copy."""
    if previous is None:
        return None
    before, composed = previous
    if not (before.copy_number and data.copy_number) \
            or dataclasses.replace(before, copy_number=data.copy_number) != data:
        return None
    old = corner_lines(before.copy_number, "")[0][0]
    new = corner_lines(data.copy_number, "")[0][0]
    if len(old) != len(new):
        return None
    composed = copy.deepcopy(composed)
    placed = next((p for p in composed.pages[0].texts if p.line.text == old), None)
    if placed is None or len(placed.line.runs) != 1:
        return None
    run = placed.line.runs[0]
    placed.line = text_line(new, run.font, run.size, tracking(), run.color)
    return composed


def render_document(data: DocumentData) -> bytes:
    """The PDF of one 公文."""
    return render_documents([data])


def page_count(data: DocumentData) -> int:
    return len(compose(data).pages)
