"""CJK line breaking with 避头尾 and styled runs, measured with the embedded fonts.

``wrap_cjk(text, font_name, size, width, tracking=0)`` is the one-font entry point. Forms that
mix faces in one paragraph (a 一、 heading in 黑体 followed by 仿宋 text) use ``wrap_runs`` over
``Run`` pieces and get ``Line`` objects back.

Rules:
- a break may fall between any two CJK characters; a run of Latin letters, digits and
  ``.-/:_%`` stays together unless it is longer than a whole line;
- no line starts with a closing mark (，。、；：？！）》」 and the like) and none ends with an
  opening one (（《「 ...): the character before is carried down to the next line (推出);
- explicit newlines start a new line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

# 避头: may not start a line
NO_START = frozenset(
    "，。、；：？！）》」』】〕〗〉’”…—～·%‰℃,.;:?!)]}>"
    "ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻"
)
# 避尾: may not end a line
NO_END = frozenset("（《「『【〔〖〈‘“([{<")

_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-/:_%@+#&")

_width_cache: dict[tuple[str, str, float], float] = {}


def char_width(char: str, font_name: str, size: float) -> float:
    """Advance width of one character in points (cached)."""
    key = (char, font_name, size)
    width = _width_cache.get(key)
    if width is None:
        width = stringWidth(char, font_name, size)
        _width_cache[key] = width
    return width


def text_width(text: str, font_name: str, size: float, tracking: float = 0.0) -> float:
    """Width of a line drawn with ``tracking`` points added after every character but the last."""
    if not text:
        return 0.0
    return sum(char_width(c, font_name, size) for c in text) + tracking * (len(text) - 1)


@dataclass(frozen=True)
class Run:
    """A piece of text in one face: font name, size in points, colour as an RGB tuple."""

    text: str
    font: str
    size: float
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)


@dataclass
class Line:
    """A wrapped line: its runs, its natural width and whether a paragraph ends here."""

    runs: list[Run] = field(default_factory=list)
    width: float = 0.0
    last: bool = False  # the last line of its paragraph (not justified)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def chars(self) -> int:
        return sum(len(r.text) for r in self.runs)


@dataclass(frozen=True)
class _Glyph:
    char: str
    run: Run
    width: float


def _tokens(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Unbreakable units: one CJK character, or a Latin word / number."""
    tokens: list[list[_Glyph]] = []
    for g in glyphs:
        if g.char in _WORD and tokens and tokens[-1][-1].char in _WORD:
            tokens[-1].append(g)
        else:
            tokens.append([g])
    return tokens


def _line_width(glyphs: list[_Glyph], tracking: float) -> float:
    if not glyphs:
        return 0.0
    return sum(g.width for g in glyphs) + tracking * (len(glyphs) - 1)


def _to_line(glyphs: list[_Glyph], tracking: float, last: bool) -> Line:
    runs: list[Run] = []
    buf: list[str] = []
    current: Run | None = None
    for g in glyphs:
        if current is not None and g.run is not current:
            runs.append(Run("".join(buf), current.font, current.size, current.color))
            buf = []
        current = g.run
        buf.append(g.char)
    if current is not None and buf:
        runs.append(Run("".join(buf), current.font, current.size, current.color))
    return Line(runs, _line_width(glyphs, tracking), last)


def _fix_kinsoku(lines: list[list[_Glyph]]) -> None:
    """Carry characters down so no line starts with a closing mark or ends with an opening one."""
    for i in range(len(lines) - 1):
        current, following = lines[i], lines[i + 1]
        # 避尾: an opening mark at the end goes down with what it opens
        while len(current) > 1 and current[-1].char in NO_END:
            following.insert(0, current.pop())
        # 避头: a closing mark at the start pulls the previous character down with it
        moved = 0
        while following and following[0].char in NO_START and len(current) > 1 and moved < 4:
            following.insert(0, current.pop())
            moved += 1
            while len(current) > 1 and current[-1].char in NO_START | NO_END:
                following.insert(0, current.pop())
                moved += 1


def _wrap_paragraph(
    glyphs: list[_Glyph], width: float, tracking: float, first_width: float | None
) -> list[list[_Glyph]]:
    eps = 1e-6
    first = width if first_width is None else first_width
    units: list[list[_Glyph]] = []
    for token in _tokens(glyphs):
        if len(token) > 1 and _line_width(token, tracking) > min(width, first) + eps:
            units.extend([g] for g in token)  # a word longer than a line is cut anywhere
        else:
            units.append(token)
    lines: list[list[_Glyph]] = []
    current: list[_Glyph] = []
    limit = first
    for unit in units:
        if current and _line_width(current + unit, tracking) > limit + eps:
            lines.append(current)
            current, limit = [], width
        current = current + unit
    lines.append(current)
    _fix_kinsoku(lines)
    # carrying characters down can overfill the next line: rewrap the rest when it does
    for i in range(1, len(lines)):
        if _line_width(lines[i], tracking) > width + eps:
            tail = [g for line in lines[i:] for g in line]
            lines[i:] = _wrap_paragraph(tail, width, tracking, None)
            break
    return lines


def wrap_runs(
    runs: list[Run], width: float, tracking: float = 0.0, first_width: float | None = None
) -> list[Line]:
    """Wrap styled runs into lines no wider than ``width`` (``first_width`` for the first line,
    e.g. narrower by a two-character indent). Newlines in the runs start new paragraphs."""
    paragraphs: list[list[_Glyph]] = [[]]
    for run in runs:
        for char in run.text:
            if char == "\n":
                paragraphs.append([])
                continue
            if char == "\r":
                continue
            paragraphs[-1].append(_Glyph(char, run, char_width(char, run.font, run.size)))
    out: list[Line] = []
    for n, glyphs in enumerate(paragraphs):
        wrapped = _wrap_paragraph(glyphs, width, tracking, first_width if n == 0 else None)
        for k, line in enumerate(wrapped):
            out.append(_to_line(line, tracking, last=k == len(wrapped) - 1))
    return out


def wrap_cjk(
    text: str, font_name: str, size: float, width: float, tracking: float = 0.0
) -> list[str]:
    """Break ``text`` into lines that fit ``width`` points in ``font_name`` at ``size`` points,
    with ``tracking`` points between characters, following 避头尾."""
    return [line.text for line in wrap_runs([Run(text, font_name, size)], width, tracking)]
