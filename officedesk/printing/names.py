"""A personal name on paper is never split (README: no line splits a personal name): it stands
on one line, smaller when its box or cell is narrow (as a 桌签's name is sized to its card);
only a name too long even at the smallest size takes two lines, broken after a “·” when it has
one (买买提· / 艾力, never 买买提 / ·艾力), else at its middle. The 座次表 and the tables of
forms (the 签到表's 姓名) share this rule."""

from __future__ import annotations

import math

from reportlab.pdfgen.canvas import Canvas

from officedesk.printing.fallback import face_for
from officedesk.printing.fonts import face_lacks
from officedesk.printing.layout import char_width, text_width

# a table's name cell is set down to this fraction of the body size on its one line (12 pt →
# 9 pt) before it takes two
CELL_LEAST = 0.75


def name_breaks(name: str) -> list[list[str]]:
    """The ways a name too long for one line may go on two: after a “·”, else at its middle."""
    dots = [k + 1 for k, c in enumerate(name[:-1]) if c == "·"]
    return [[name[:k], name[k:]] for k in dots or [math.ceil(len(name) / 2)]]


def fit_name(text: str, font: str, size: float, least: float,
             width: float) -> tuple[list[str], float]:
    """The lines and size of a name in ``width``: whole on one line at ``size``, or smaller
    down to ``least``; else on two lines (the most even break) at the largest size they fit
    (below ``least`` only when even that does not hold them)."""
    whole = text_width(text, font, size)
    if whole <= width + 0.01 or not whole or "\n" in text:
        return [text], size
    if size * width / whole >= least - 1e-6:
        return [text], size * width / whole
    lines = min(name_breaks(text), key=lambda pair: max(text_width(x, font, 1.0) for x in pair))
    widest = max(text_width(x, font, size) for x in lines)
    return lines, min(size, size * width / widest)


def name_parts(name: str) -> list[str]:
    """The pieces a name may go onto lines in: after each “·” (阿卜杜热合曼· / 买买提依明· /
    艾力), else its two halves."""
    dots = [k + 1 for k, c in enumerate(name[:-1]) if c == "·"]
    if not dots:
        return name_breaks(name)[0]
    return [name[a:b] for a, b in zip([0, *dots], [*dots, len(name)], strict=True)]


def cell_name(text: str, font: str, size: float, least: float,
              width: float) -> tuple[list[str], float]:
    """A name in a table's cell (the 签到表's 姓名): as ``fit_name`` — whole on one line, set
    smaller down to ``least`` —, else on as few lines as hold it at ``least`` or larger, broken
    after its “·” only (阿卜杜热合曼· / 买买提依明· / 艾力·阿不都热合曼), so that one long name
    wraps in its own cell instead of widening the column for every row; smaller than
    ``least`` only when even a part alone is wider than the cell."""
    whole = text_width(text, font, size)
    if whole <= width + 0.01 or not whole or "\n" in text:
        return [text], size
    if size * width / whole >= least - 1e-6:
        return [text], size * width / whole
    parts = name_parts(text)
    best: list[str] = parts
    for n in range(2, len(parts) + 1):
        lines = _even_lines(parts, n, font)
        if max(text_width(x, font, least) for x in lines) <= width + 0.01:
            best = lines
            break
    widest = max(text_width(x, font, size) for x in best)
    return best, min(size, size * width / widest)


def _even_lines(parts: list[str], n: int, font: str) -> list[str]:
    """``parts`` joined into ``n`` lines, the widest as narrow as it can be."""
    if n == 1:
        return ["".join(parts)]
    if n >= len(parts):
        return list(parts)
    best: list[str] | None = None
    for k in range(1, len(parts) - n + 2):
        rest = _even_lines(parts[k:], n - 1, font)
        lines = ["".join(parts[:k]), *rest]
        if best is None or (max(text_width(x, font, 1.0) for x in lines)
                            < max(text_width(x, font, 1.0) for x in best)):
            best = lines
    assert best is not None
    return best


def least_width(text: str, font: str, least: float, most: float) -> float:
    """The narrowest a name's box may be: the name whole at ``least`` when that is no wider
    than ``most``, else its widest part at ``least`` (``name_parts``: a name too long for one
    line wraps after its “·”, on as many lines as it takes — one long name does not widen
    its column for every row)."""
    whole = text_width(text, font, least)
    if whole <= most or "\n" in text:
        return whole
    return max(text_width(x, font, least) for x in name_parts(text))


def draw_name(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """A name centred on ``x`` at baseline ``y`` (black), a character the face lacks in the
    stand-in face that has it (printing.fallback: 王堃's 堃), one that no face has drawn as an
    empty box in its place (a 黑体 whose .notdef prints nothing would drop it silently: 欧阳䶮
    as 欧阳, a whole plausible name on the wrong card). The character itself stays in the text
    layer, invisible."""
    at = x - text_width(text, font, size) / 2
    run = ""
    run_face = font
    for char in text + "\n":
        face = face_for(char, font) if char != "\n" else font
        if char != "\n" and not face_lacks(face, char) and (not run or face == run_face):
            run += char
            run_face = face
            continue
        if run:
            canvas.setFont(run_face, size)
            canvas.drawString(at, y, run)
            at += text_width(run, font, size)
            run = ""
        if char == "\n":
            break
        if not face_lacks(face, char):  # a run in another face begins here
            run, run_face = char, face
            continue
        width = char_width(char, font, size)
        words = canvas.beginText(at, y)
        words.setTextRenderMode(3)  # invisible: found by search and copy, drawn by the box
        words.setFont(font, size)
        words.textOut(char)
        words.setTextRenderMode(0)  # the mode outlives the text object: back to filled
        canvas.drawText(words)
        canvas.saveState()
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(max(0.5, size * 0.04))
        canvas.rect(at + width * 0.1, y - size * 0.1, width * 0.8, size * 0.88, stroke=1, fill=0)
        canvas.restoreState()
        at += width
