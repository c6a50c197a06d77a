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


def _wrap_paragraph(
    glyphs: list[_Glyph], width: float, tracking: float, first_width: float | None
) -> list[list[_Glyph]]:
    """Greedy filling; each break is then moved back until the next line does not start with
    a closing mark and this one does not end with an opening mark (推出). When no such break
    exists in the line (a line of punctuation only) the greedy break stands."""
    eps = 1e-6
    first = width if first_width is None else first_width
    units: list[list[_Glyph]] = []
    for token in _tokens(glyphs):
        if len(token) > 1 and _line_width(token, tracking) > min(width, first) + eps:
            units.extend([g] for g in token)  # a word longer than a line is cut anywhere
        else:
            units.append(token)
    lines: list[list[_Glyph]] = []
    i, limit = 0, first
    while i < len(units):
        j, used = i, 0.0
        while j < len(units):
            w = sum(g.width for g in units[j]) + tracking * len(units[j])
            if j > i and used + w - tracking > limit + eps:
                break
            used += w
            j += 1
        if j < len(units):
            k = j
            while k > i + 1 and (units[k][0].char in NO_START or units[k - 1][-1].char in NO_END):
                k -= 1
            if not (units[k][0].char in NO_START or units[k - 1][-1].char in NO_END):
                j = k
        lines.append([g for unit in units[i:j] for g in unit])
        i, limit = j, width
    return lines or [[]]


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


# good places to break a title: after these characters / words, or before these words
_BREAK_AFTER = frozenset("的和与及、，")
_BREAK_AFTER_WORDS = (
    "工作",
    "问题",
    "意见",
    "规定",
    "办法",
    "方案",
    "决定",
    "会议",
    "情况",
    "通知",
    "报告",
    "活动",
    "建设",
    "管理",
    "机制",
    "制度",
)
_BREAK_BEFORE_WORDS = (
    "关于",
    "做好",
    "进一步",
    "提高",
    "加强",
    "开展",
    "召开",
    "印发",
    "转发",
    "推进",
    "落实",
    "深入",
    "切实",
    "全面",
    "建立",
    "健全",
    "完善",
    "全市",
    "全省",
    "全国",
    "全区",
    "全县",
    "有关",
)


def _break_score(text: str, k: int) -> float:
    """Lower is better: how far from the middle a break before text[k] is, less a bonus for
    falling between words."""
    score = abs(k - len(text) / 2)
    if text[k - 1] in _BREAK_AFTER or any(text[:k].endswith(w) for w in _BREAK_AFTER_WORDS):
        score -= 3
    if any(text[k:].startswith(w) for w in _BREAK_BEFORE_WORDS):
        score -= 3
    if text[k] in NO_START or text[k - 1] in NO_END:
        score += 100
    if text[k - 1] in _WORD and text[k] in _WORD:
        score += 100
    return score


def wrap_balanced(runs: list[Run], width: float, tracking: float = 0.0) -> list[Line]:
    """Wrap into as few lines as ``wrap_runs`` would, but with lines of even length (a title
    on two or three lines reads as a 梯形 or 菱形, not a full line and a stray word). A title
    on two lines breaks near the middle, preferably between words (after 的, 工作 …, before
    关于, 进一步 …)."""
    lines = wrap_runs(runs, width, tracking)
    if len(lines) < 2:
        return lines
    text = "".join(r.text for r in runs)
    if len(lines) == 2 and len(runs) == 1 and "\n" not in text and len(text) > 3:
        run = runs[0]
        for k in sorted(range(2, len(text) - 1), key=lambda k: (_break_score(text, k), k)):
            head, tail = text[:k], text[k:]
            if (
                max(
                    text_width(head, run.font, run.size, tracking),
                    text_width(tail, run.font, run.size, tracking),
                )
                <= width + 1e-6
            ):
                return [
                    Line(
                        [Run(part, run.font, run.size, run.color)],
                        text_width(part, run.font, run.size, tracking),
                        last=i == 1,
                    )
                    for i, part in enumerate((head, tail))
                ]
    total = sum(line.width for line in lines)
    step = max(r.size for r in runs) / 2
    trial = total / len(lines)
    while trial < width:
        candidate = wrap_runs(runs, trial, tracking)
        if len(candidate) <= len(lines):
            return candidate
        trial += step
    return lines
