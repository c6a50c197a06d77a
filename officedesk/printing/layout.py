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

from officedesk.printing.fonts import MISSING as noting
from officedesk.printing.fonts import note_if_missing
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

_width_cache: dict[tuple[str, str, float], float] = {}


def char_width(char: str, font_name: str, size: float) -> float:
    """Advance width of one character in points (cached)."""
    key = (char, font_name, size)
    width = _width_cache.get(key)
    if width is None:
        width = stringWidth(char, font_name, size)
        _width_cache[key] = width
    if noting.get() is not None:  # a paper being made notes what its faces lack
        note_if_missing(char, font_name)
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
_BREAK_AFTER_WORDS = frozenset({"的", "和", "与", "及", "、", "，", "暨", "并"})
_BREAK_BEFORE_WORDS = frozenset({
    "关于", "做好", "进一步", "提高", "加强", "开展", "召开", "印发", "转发", "推进", "落实",
    "深入", "切实", "全面", "建立", "健全", "完善", "有关", "的",
})


def _title_pieces(
    text: str, font: str, size: float, width: float, tracking: float, keep: Sequence[str] = ()
) -> tuple[list[str], list[float]]:
    """Unbreakable pieces of a title, punctuation glued to its word (避头尾), and the cost of a
    break after each piece: a 《》 title is cut at its own words at a price (whole when it can
    be); a piece longer than the line (a unit's name the 通讯录 taught whole) at its own words,
    and one with none anywhere, at a higher price."""
    from officedesk.printing import words

    pieces: list[str] = []
    costs: list[float] = []
    for piece in words.title_words(text, keep):
        if piece.startswith("《") and piece.endswith("》") and len(piece) > 4:
            inner = words.book_inner_words(piece)
            pieces.extend(inner)
            costs.extend([0.35] * (len(inner) - 1) + [0.0])
        else:
            pieces.append(piece)
            costs.append(0.0)
    glued: list[str] = []
    glued_costs: list[float] = []
    for piece, cost in zip(pieces, costs, strict=True):
        if glued and (piece[0] in NO_START or glued[-1][-1] in NO_END):
            glued[-1] += piece
            glued_costs[-1] = cost
        else:
            glued.append(piece)
            glued_costs.append(cost)
    out: list[str] = []
    out_costs: list[float] = []

    def fits(piece: str) -> bool:
        return text_width(piece, font, size, tracking) <= width

    for piece, cost in zip(glued, glued_costs, strict=True):
        if fits(piece):
            out.append(piece)
            out_costs.append(cost)
            continue
        parts = words.split_wide(piece, fits)
        out.extend(part for part, _ in parts)
        out_costs.extend([part_cost for _, part_cost in parts[:-1]] + [cost])
    return out, out_costs


def compose_title(
    text: str, font: str, size: float, width: float, tracking: float = 0.0,
    keep: Sequence[str] = (),
) -> list[str]:
    """A title on as few lines as fit ``width``, broken only between words (jieba plus the
    office's terms and ``keep``; numbers, dates, 文号, 第…次 kept whole, a 《》 title whole when
    it can be, a word wider than the line cut at its own words) and balanced: lines of about
    equal length, a shorter last line (梯形) or a longer middle (菱形), never a middle line
    shorter than both neighbours (沙漏) or a stray short line."""
    if text_width(text, font, size, tracking) <= width + 1e-6:
        return [text]
    pieces, costs = _title_pieces(text, font, size, width, tracking, keep)
    n = len(pieces)
    widths = [text_width(p, font, size, tracking) for p in pieces]
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w + tracking)

    def span_width(i: int, j: int) -> float:
        width = prefix[j] - prefix[i] - tracking
        if pieces[j - 1].endswith((" ", "　")):  # a space at a line's end is not printed
            width -= text_width(pieces[j - 1][-1], font, size, tracking) + tracking
        return width

    from officedesk.printing.words import FUNCTION, NOUNISH, tag

    def break_cost(k: int) -> float:
        cost = costs[k - 1]
        left, right = tag(pieces[k - 1].strip("《》（）")), tag(pieces[k].strip("《》（）"))
        if pieces[k - 1] in _BREAK_AFTER_WORDS or pieces[k - 1][-1] in "、， 　" \
                or left in FUNCTION:
            cost -= 0.04
        if pieces[k] in _BREAK_BEFORE_WORDS or right == "v":
            cost -= 0.04
        if left in NOUNISH and right in NOUNISH:
            cost += 0.1  # inside a noun phrase (城市 / 管理)
        return cost

    total = span_width(0, n)
    lines_needed = max(2, int(total // width) + 1)

    def lines(cuts: list[int]) -> list[str]:
        return ["".join(pieces[i:j]).strip() for i, j in zip(cuts, cuts[1:], strict=False)]

    fewest: list[int] | None = None  # the best on the fewest lines that fit
    # from the lines its width needs to three more (words may not break where the width
    # would): a long 请示's title may need seven lines, never the greedy lines' waist
    for count in range(lines_needed, min(n, lines_needed + 3) + 1):
        found = _best_partition(n, count, width, span_width, break_cost)
        if found is None:
            continue
        best, well_shaped = found
        if well_shaped is not None:
            return lines(well_shaped)
        if fewest is not None:
            break
        # every way has a waist or a stray short line: one line more, when that has neither
        fewest = best
    if fewest is not None:
        return lines(fewest)
    return [line.text for line in wrap_runs([Run(text, font, size)], width, tracking, keep=keep,
                                            words=True)]


def _best_partition(
    n, count, width, span_width, break_cost
) -> tuple[list[int], list[int] | None] | None:
    """Break positions (0, …, n) into ``count`` lines that fit, with the best shape; and the
    best of those without a waist or a stray short line (None when every way has one)."""
    eps = 1e-6
    best: tuple[float, list[int]] | None = None
    shaped: tuple[float, list[int]] | None = None
    # titles are short (< 60 pieces): enumerate the breaks, pruned by width — a line that does
    # not fit, or one that leaves more than the lines after it could hold (a line's end may
    # drop a space: a slack of an eighth of the width a line)
    room = width * 9 / 8

    def walk(start: int, left: int, breaks: list[int]) -> None:
        nonlocal best, shaped
        if left == 1:
            if span_width(start, n) <= width + eps:
                cuts = [*breaks, n]
                lengths = [span_width(i, j) for i, j in zip(cuts, cuts[1:], strict=False)]
                cost = _shape_cost(lengths) + sum(break_cost(k) for k in cuts[1:-1])
                if best is None or cost < best[0] - 1e-9:
                    best = (cost, cuts)
                if not _misshapen(lengths) and (shaped is None or cost < shaped[0] - 1e-9):
                    shaped = (cost, cuts)
            return
        for k in range(start + 1, n - left + 2):
            if span_width(start, k) > width + eps:
                break
            if span_width(k, n) > (left - 1) * room:
                continue
            walk(k, left - 1, [*breaks, k])

    walk(0, count, [0])
    if best is None:
        return None
    return best[1], shaped[1] if shaped else None


def _shape_cost(lengths: list[float]) -> float:
    longest = max(lengths)
    cost = sum(((longest - w) / longest) ** 2 for w in lengths[:-1])
    last = lengths[-1]
    cost += 0.5 * ((longest - last) / longest) ** 2  # a shorter last line is a 梯形
    cost += 2.0 * _stray(lengths)
    cost += 0.5 * _waists(lengths)
    return cost


def _stray(lengths: list[float]) -> int:
    """How many lines above the last are shorter than half the longest."""
    longest = max(lengths)
    return sum(1 for w in lengths[:-1] if w < longest / 2)


def _misshapen(lengths: list[float]) -> bool:
    return _stray(lengths) > 0 or _waists(lengths) > 0


def _waists(lengths: list[float]) -> int:
    """How many 沙漏 waists a title has: runs of middle lines, one or more (two equal short
    lines are a waist too), all shorter than the line before the run and the one after it."""
    eps = 1e-6
    found = 0
    for a in range(1, len(lengths) - 1):
        widest = 0.0
        for b in range(a, len(lengths) - 1):
            widest = max(widest, lengths[b])
            if widest >= lengths[a - 1] - eps:
                break  # no longer shorter than the line above the run
            if widest < lengths[b + 1] - eps:
                found += 1
    return found


def wrap_balanced(runs: list[Run], width: float, tracking: float = 0.0) -> list[Line]:
    """A title wrapped by ``compose_title`` (one run), or evenly by width (several runs)."""
    text = "".join(r.text for r in runs)
    if len(runs) == 1 and "\n" not in text:
        run = runs[0]
        return [
            Line(
                [Run(part, run.font, run.size, run.color)],
                text_width(part, run.font, run.size, tracking),
                last=i == len(parts) - 1,
            )
            for parts in [compose_title(text, run.font, run.size, width, tracking)]
            for i, part in enumerate(parts)
        ]
    lines = wrap_runs(runs, width, tracking)
    if len(lines) < 2:
        return lines
    total = sum(line.width for line in lines)
    step = max(r.size for r in runs) / 2
    trial = total / len(lines)
    while trial < width:
        candidate = wrap_runs(runs, trial, tracking)
        if len(candidate) <= len(lines):
            return candidate
        trial += step
    return lines
