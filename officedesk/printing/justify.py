"""Justified running text (the 公文's body, a form's paragraphs): where its lines break and how
much space each line gains or loses.

A paragraph is broken as a whole, not line by line (``justified_breaks``): of the ways to
break it, the one whose lines are spaced out or taken in least, where a line that would be
spaced by more than STRETCH_MAX of a character is set ragged only when nothing else serves.
A date or a 文号 kept whole is broken at a sensible place (after 年 or 月, after 〕) rather than
leave such a hole or space a line past STRETCH_SOFT; a paragraph does not end on one character when the line before can take
it in or give one more down. A number is never broken."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from officedesk.printing.fallback import text_out

_LATIN = re.compile(r"[A-Za-z0-9.\-/:_%@+#&·,]+")

# a justified line: at most a quarter of a character added between two characters (more reads
# as letter-spacing, 字距拉开: such a line is set ragged), at most a tenth taken away (推入).
# Past STRETCH_SOFT a line already looks letter-spaced at screen resolution: the paragraph is
# broken otherwise (a date or 文号 at a sensible place) when it can be.
STRETCH_MAX = 0.25
STRETCH_SOFT = 0.15
SQUEEZE_MAX = 0.1

# the price of a paragraph's lines (per line, in squared tenths of a character a gap): a line
# spaced out or taken in by a tenth costs 1, by a quarter 6.25
SPLIT_COST = 8.0  # a date or 文号 broken at a sensible place: dearer than any spaced line
LOOSE_COST = 2 * SPLIT_COST  # a line spaced out past STRETCH_SOFT: dearer than a break
WIDOW_COST = 2.0  # a paragraph's last line of one character (and its closing marks)
RAGGED_COST = 40.0  # a line set ragged: a hole mid-paragraph, the last resort
BAD_BREAK_COST = 1000.0  # 避头尾 broken, a name split: only when a line has no other break
_CLOSING = frozenset("。，、；：！？）」』”》’")


def justify_pieces(text: str) -> list[str]:
    """A line cut for justification: runs of CJK characters and whole Latin words / numbers.
    Extra space goes after each CJK character and after each Latin word, never inside a word
    (2026 stays 2026, not 2 0 2 6)."""
    pieces: list[str] = []
    pos = 0
    for m in _LATIN.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        pieces.append(m.group(0))
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:])
    return pieces


def justify_slots(text: str) -> int:
    """How many places a justified line may widen: one after every CJK character and every
    Latin word, but the last."""
    units = sum(1 if _LATIN.fullmatch(p) else len(p) for p in justify_pieces(text))
    return max(units - 1, 0)


def justify_extra(text: str, natural: float, width: float, size: float, last: bool) -> float:
    """The space to add after each character and Latin word of a line (``justify_slots``) so
    that it fills ``width``: negative for a line taken in (``wrap_runs(squeeze=True)``, even
    a paragraph's last), 0 for a paragraph's last line and for a line that would be spaced
    by more than STRETCH_MAX of a character (set ragged instead)."""
    slots = justify_slots(text)
    gap = width - natural
    if not slots or abs(gap) < 1e-6:
        return 0.0
    if gap < 0:
        return max(gap / slots, -SQUEEZE_MAX * size)
    if last or gap / slots > STRETCH_MAX * size + 1e-9:
        return 0.0
    return gap / slots


def text_out_justified(text_object, text: str, base: float, extra: float) -> float:
    """textOut ``text`` with ``base`` character spacing plus ``extra`` after each CJK
    character and each Latin word (a reportlab PDFTextObject); returns the spacing added."""
    added = 0.0
    for piece in justify_pieces(text):
        if _LATIN.fullmatch(piece):
            if len(piece) > 1:
                text_object.setCharSpace(base)
                text_out(text_object, piece[:-1])
            text_object.setCharSpace(base + extra)
            text_out(text_object, piece[-1])
            added += extra
        else:
            text_object.setCharSpace(base + extra)
            text_out(text_object, piece)
            added += extra * len(piece)
    return added


_NUMERAL = "0123456789〇零一二三四五六七八九十"
_DOC_YEAR = re.compile(r"〔\d{4}〕(?=\d|$)")


def soft_breaks(text: str) -> list[tuple[int, float]]:
    """Where a span kept whole (a date, a 文号) may still break when keeping it whole would
    leave a hole, and the price: after the 〕 of a 文号 (before its 〔, dearer), after the 年 or
    月 of a date (before its 上午 / 下午 too). A number, a number with its unit, 第…次 never
    break."""
    out: list[tuple[int, float]] = []
    for k in range(1, len(text)):
        before, after = text[k - 1], text[k]
        numeral_before = k >= 2 and text[k - 2] in _NUMERAL
        if before == "〕" and _DOC_YEAR.search(text[:k]) and after in _NUMERAL:
            out.append((k, SPLIT_COST))
        elif after == "〔" and _DOC_YEAR.match(text[k:]):
            out.append((k, 1.5 * SPLIT_COST))
        elif numeral_before and (before in "年月" and after in _NUMERAL
                                 or before == "日" and text[k : k + 2] in ("上午", "下午")):
            out.append((k, SPLIT_COST))
    return out


class _Run(Protocol):
    @property
    def size(self) -> float: ...


class _Glyph(Protocol):
    @property
    def char(self) -> str: ...

    @property
    def width(self) -> float: ...

    @property
    def run(self) -> _Run: ...


def justified_breaks(
    units: Sequence[Sequence[_Glyph]], costs: Sequence[float], width: float, first: float,
    tracking: float, bad_break: Callable[[int, int], bool],
) -> list[int]:
    """The ends of the lines (unit indices) that break a paragraph of ``units`` best:
    ``costs[k]`` is the price of a break before unit k (a date or 文号 broken), ``bad_break(
    start, k)`` whether a break before unit k on a line from ``start`` breaks 避头尾 or a
    name. The first line is ``first`` wide, the others ``width``."""
    n = len(units)
    if n == 0:
        return [0]
    # per glyph: advance, size, and whether it starts a slot (a CJK character or a Latin word)
    glyphs = [g for unit in units for g in unit]
    starts = [0]
    for unit in units:
        starts.append(starts[-1] + len(unit))
    advance = [0.0]
    slot_start = [0]
    latin = [bool(_LATIN.fullmatch(g.char)) for g in glyphs]
    for k, g in enumerate(glyphs):
        advance.append(advance[-1] + g.width)
        opens = not (latin[k] and k > 0 and latin[k - 1])
        slot_start.append(slot_start[-1] + opens)
    sizes = {g.run.size for g in glyphs}
    uniform = next(iter(sizes)) if len(sizes) == 1 else None
    text = "".join(g.char for g in glyphs)

    def natural(a: int, b: int) -> float:
        x, y = starts[a], starts[b]
        return advance[y] - advance[x] + tracking * (y - x - 1)

    def line_cost(a: int, b: int) -> float | None:
        """The price of a line of units a..b-1, None when it cannot be set."""
        x, y = starts[a], starts[b]
        natural_width = natural(a, b)
        limit = first if a == 0 else width
        slots = slot_start[y] - slot_start[x] - 1 + (1 if latin[x] and x > 0 and latin[x - 1] else 0)
        size = uniform if uniform is not None else max(g.run.size for g in glyphs[x:y])
        gap = limit - natural_width
        cost = 0.0
        if gap < -1e-6:  # taken in
            if slots <= 0 or -gap / slots > SQUEEZE_MAX * size + 1e-9:
                return None if b - a > 1 else BAD_BREAK_COST
            cost = (-gap / slots / size * 10) ** 2
        elif b < n and gap > 1e-6:  # spaced out, or set ragged
            if slots > 0 and gap / slots <= STRETCH_MAX * size + 1e-9:
                cost = (gap / slots / size * 10) ** 2
                if gap / slots > STRETCH_SOFT * size + 1e-9:
                    cost += LOOSE_COST
            else:
                cost = RAGGED_COST + 100 * gap / limit  # the wider the hole, the worse
        if b == n and a > 0 and len(text[x:y].rstrip("".join(_CLOSING))) <= 1:
            cost += WIDOW_COST
        if b < n:
            cost += costs[b] + (BAD_BREAK_COST if bad_break(a, b) else 0.0)
        return cost

    # best[a]: the least price of setting units a..n-1, next_[a] the end of its first line
    best = [0.0] * (n + 1)
    next_ = [n] * (n + 1)
    for a in range(n - 1, -1, -1):
        limit = first if a == 0 else width
        found: tuple[float, int] | None = None
        b = a + 1
        # the longest line that can be set, then shorter ones down to a hole of 12 characters
        while b < n and natural(a, b + 1) <= limit * (1 + SQUEEZE_MAX):
            b += 1
        hole = 12 * (uniform or max(g.run.size for g in glyphs))
        for end in range(b, a, -1):
            if end < b and natural(a, end) < limit - hole and found is not None:
                break
            cost = line_cost(a, end)
            if cost is None:
                continue
            total = cost + best[end]
            if found is None or total < found[0] - 1e-9:
                found = (total, end)
        if found is None:  # nothing fits (cannot happen: a unit alone always does)
            found = (BAD_BREAK_COST, a + 1)
        best[a], next_[a] = found
    ends: list[int] = []
    a = 0
    while a < n:
        a = next_[a]
        ends.append(a)
    return ends
