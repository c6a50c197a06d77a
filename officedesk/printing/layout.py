"""CJK line breaking with 避头尾 and styled runs, measured with the embedded fonts.

``wrap_cjk(text, font_name, size, width, tracking=0)`` is the one-font entry point. Forms that
mix faces in one paragraph (a 一、 heading in 黑体 followed by 仿宋 text) use ``wrap_runs`` over
``Run`` pieces and get ``Line`` objects back.

Rules:
- a break may fall between any two CJK characters; a run of Latin letters, digits and
  ``.-/:_%`` stays together unless it is longer than a whole line;
- no line starts with a closing mark (，。、；：？！）》」 and the like) and none ends with an
  opening one (（《「 ...): the character before is carried down to the next line (推出);
- explicit newlines start a new line;
- with ``words=True`` (a table's cells, a grid's boxes) a break falls only between the
  segmenter's words (``words.title_words``); a word wider than a line is cut at its own words
  (a unit's name: 云岭县 / 人力资源和 / 社会保障局), one without any anywhere. The 公文's justified
  grid keeps breaking between any two characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from officedesk.printing import fallback
from officedesk.printing.fallback import face_for
from officedesk.printing.fonts import MISSING as noting
from officedesk.printing.fonts import note_if_missing, note_stand_in
from officedesk.printing.justify import (  # noqa: F401  (justification's API, kept importable here)
    SQUEEZE_MAX,
    STRETCH_MAX,
    justified_breaks,
    justify_extra,
    justify_pieces,
    justify_slots,
    soft_breaks,
    text_out_justified,
)

# 避头: may not start a line
NO_START = frozenset(
    "，。、；：？！）》」』】〕〗〉’”…—～·%‰℃,.;:?!)]}>"
    "ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻"
)
# 避尾: may not end a line
NO_END = frozenset("（《「『【〔〖〈‘“([{<")

_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-/:_%@+#&")

# (char, font name, size) -> (its width, the face it is drawn in); forgotten with the stand-ins
_width_cache: dict[tuple[str, str, float], tuple[float, str]] = fallback.cache({})


def char_width(char: str, font_name: str, size: float) -> float:
    """Advance width of one character in points (cached), in the face it is drawn in: the
    face's own, or the stand-in for a character it lacks (printing.fallback)."""
    key = (char, font_name, size)
    found = _width_cache.get(key)
    if found is None:
        face = face_for(char, font_name)
        found = _width_cache[key] = (stringWidth(char, face, size), face)
    if noting.get() is not None:  # a paper being made notes what no face of it has
        note_if_missing(char, found[1])
        note_stand_in(char, font_name, found[1])  # and what the 黑体 drew for another face
    return found[0]


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


def _tokens(glyphs: list[_Glyph], keep: Sequence[str] = ()) -> list[list[_Glyph]]:
    """Unbreakable units: one CJK character, a Latin word / number, or a protected span
    (a date, a number with its unit, a 文号, 第…次, a name in ``keep``)."""
    from officedesk.printing.words import protected_spans

    text = "".join(g.char for g in glyphs)
    spans = protected_spans(text, keep) if text else []
    tokens: list[list[_Glyph]] = []
    span_at = 0
    k = 0
    while k < len(glyphs):
        while span_at < len(spans) and spans[span_at][1] <= k:
            span_at += 1
        if span_at < len(spans) and spans[span_at][0] == k:
            start, end = spans[span_at]
            if tokens and tokens[-1][-1].char in _WORD and glyphs[start].char in _WORD:
                tokens[-1].extend(glyphs[start:end])
            else:
                tokens.append(list(glyphs[start:end]))
            k = end
            continue
        g = glyphs[k]
        if g.char in _WORD and tokens and tokens[-1][-1].char in _WORD:
            tokens[-1].append(g)
        else:
            tokens.append([g])
        k += 1
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


def _word_tokens(tokens: list[list[_Glyph]], keep: Sequence[str]) -> list[list[_Glyph]]:
    """The tokens joined into the segmenter's words (``words.title_words``): a break falls
    only where one word ends and the next begins."""
    from officedesk.printing.words import title_words

    text = "".join(g.char for token in tokens for g in token)
    starts: set[int] = set()
    at = 0
    for piece in title_words(text, keep):
        starts.add(at)
        at += len(piece)
    out: list[list[_Glyph]] = []
    at = 0
    for token in tokens:
        if out and at not in starts:
            out[-1] = out[-1] + token
        else:
            out.append(token)
        at += len(token)
    return out


def _glued_tokens(tokens: list[list[_Glyph]]) -> list[list[_Glyph]]:
    """Words with their 避头尾 marks: one unit to place (or to cut when wider than a line)."""
    out: list[list[_Glyph]] = []
    for token in tokens:
        if out and (token[0].char in NO_START or out[-1][-1].char in NO_END):
            out[-1] = out[-1] + token
        else:
            out.append(token)
    return out


def _wrap_paragraph(
    glyphs: list[_Glyph], width: float, tracking: float, first_width: float | None,
    keep: Sequence[str] = (), words: bool = False, squeeze: bool = False,
) -> list[list[_Glyph]]:
    """Greedy filling; each break is then moved back until the next line does not start with
    a closing mark and this one does not end with an opening mark (推出). When no such break
    exists in the line (a line of punctuation only) the greedy break stands. With ``words``
    the units are the segmenter's words, not characters. With ``squeeze`` (justified text)
    the paragraph is broken as a whole instead (``_justified``): lines taken in a little
    (推入) or spaced out a little, no hole mid-paragraph, no last line of one character."""
    eps = 1e-6
    first = width if first_width is None else first_width
    from officedesk.printing.words import names_in, person_names, split_wide

    names = person_names()
    tokens = _tokens(glyphs, keep)
    if words and len(tokens) > 1:
        text = "".join(g.char for g in glyphs)
        tokens = _word_tokens(tokens, (*keep, *names_in(text, names)))
        tokens = _glued_tokens(tokens)
    limit = min(width, first)
    units: list[list[_Glyph]] = []
    for token in tokens:
        if len(token) > 1 and _line_width(token, tracking) > limit + eps:
            if not words:  # a word longer than a line is cut anywhere
                units.extend([g] for g in token)
                continue
            # at its own words, or anywhere, its marks kept with their neighbour
            run = token[0].run  # measured in the face the word starts in

            def fits(piece: str, run: Run = run) -> bool:
                return text_width(piece, run.font, run.size, tracking) <= limit + eps

            at = 0
            for part, _cost in split_wide("".join(g.char for g in token), fits):
                units.append(token[at : at + len(part)])
                at += len(part)
        else:
            units.append(token)
    if squeeze and units:
        return _justified(units, width, first, tracking, names)
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
            j = _off_a_name(units, i, j, names)
        lines.append([g for unit in units[i:j] for g in unit])
        i, limit = j, width
    return lines or [[]]


def _justified(
    units: list[list[_Glyph]], width: float, first: float, tracking: float,
    names: frozenset[str],
) -> list[list[_Glyph]]:
    """A justified paragraph broken as a whole (``justify.justified_breaks``): a date or 文号
    kept whole may break at a sensible place (after 年 or 月, after 〕) at a price."""
    pieces: list[list[_Glyph]] = []
    costs: list[float] = []
    for unit in units:
        at, cost = 0, 0.0
        for k, price in soft_breaks("".join(g.char for g in unit)) if len(unit) > 2 else []:
            pieces.append(unit[at:k])
            costs.append(cost)
            at, cost = k, price
        pieces.append(unit[at:])
        costs.append(cost)

    def bad_break(start: int, k: int) -> bool:
        return (pieces[k][0].char in NO_START or pieces[k - 1][-1].char in NO_END
                or _off_a_name(pieces, start, k, names) != k)

    ends = justified_breaks(pieces, costs, width, first, tracking, bad_break)
    lines: list[list[_Glyph]] = []
    start = 0
    for end in ends:
        lines.append([g for unit in pieces[start:end] for g in unit])
        start = end
    return lines


def _off_a_name(units: list[list[_Glyph]], i: int, j: int, names: frozenset[str]) -> int:
    """Move a break before unit j back when it would split a personal name of the 通讯录
    (a 2–4 character name around the break), so "邓建 / 华" never happens."""
    if not names:
        return j
    before = "".join(units[k][0].char if len(units[k]) == 1 else "\0" for k in range(max(i, j - 3), j))
    after = "".join(units[k][0].char if len(units[k]) == 1 else "\0"
                    for k in range(j, min(len(units), j + 3)))
    for a in range(len(before), 0, -1):
        for b in range(1, len(after) + 1):
            if 2 <= a + b <= 4 and before[-a:] + after[:b] in names and j - a > i:
                return j - a
    return j


def wrap_runs(
    runs: list[Run], width: float, tracking: float = 0.0, first_width: float | None = None,
    keep: Sequence[str] = (), words: bool = False, squeeze: bool = False,
) -> list[Line]:
    """Wrap styled runs into lines no wider than ``width`` (``first_width`` for the first line,
    e.g. narrower by a two-character indent). Newlines in the runs start new paragraphs.
    Numbers with units, dates, 文号 and the words in ``keep`` (personal names) stay on one
    line unless longer than a line (or, in justified text, unless a hole would open). ``words`` breaks only between the segmenter's words (a
    table cell's ragged lines; not the 公文's justified grid, which breaks between any two
    characters): a word wider than a line is cut at its own words, or anywhere. ``squeeze``
    (justified text, see ``justify_extra``) breaks each paragraph as a whole
    (``justify.justified_breaks``): a line may get a little more than ``width``, a date or
    文号 may break at a sensible place, rather than leave a hole or a last line of one
    character."""
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
        wrapped = _wrap_paragraph(glyphs, width, tracking, first_width if n == 0 else None, keep,
                                  words, squeeze)
        for k, line in enumerate(wrapped):
            out.append(_to_line(line, tracking, last=k == len(wrapped) - 1))
    return out


def wrap_cjk(
    text: str, font_name: str, size: float, width: float, tracking: float = 0.0,
    keep: Sequence[str] = (),
) -> list[str]:
    """Break ``text`` into lines that fit ``width`` points in ``font_name`` at ``size`` points,
    with ``tracking`` points between characters, following 避头尾."""
    return [line.text for line in wrap_runs([Run(text, font_name, size)], width, tracking,
                                            keep=keep)]


# good places to break a title: after these words, or before these words
