"""Table column widths from the content, as a browser lays out an auto table: no column
narrower than its widest unsplittable piece (a phone number, 文号, date, name), the spare width
shared so the table is as short as it can be, a column to write in keeping its share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from officedesk.printing.layout import NO_END, NO_START, char_width, text_width
from officedesk.printing.names import CELL_LEAST, cell_name, least_width
from officedesk.printing.words import protected_spans

if TYPE_CHECKING:
    from officedesk.printing.form_boxes import Column


UNIT_WHOLE = 6  # a 通讯录 unit name up to this many characters (县自然资源局) is never split in a cell


def _cell_extent(text: str, font: str, size: float) -> tuple[float, float]:
    """(narrowest, natural) width of a cell's text: the widest piece no line may split (a
    phone number, 文号, date, number with its unit, a name or other short word, a unit name of
    the 通讯录: 县自然资源局, never 县 / 自然资源 / 局), and the whole text on one line (its
    longest paragraph)."""
    from officedesk.printing.words import is_unit_name

    units = tuple(p.strip() for p in text.split("\n")
                  if len(p.strip()) <= UNIT_WHOLE and is_unit_name(p.strip()))
    return _extent(text, font, size, units)


@lru_cache(maxsize=20000)
def _extent(text: str, font: str, size: float, units: tuple[str, ...]) -> tuple[float, float]:
    from officedesk.printing.words import protected_spans

    natural = max((text_width(p, font, size) for p in text.split("\n")), default=0.0)
    narrowest = 0.0
    for part in text.split("\n"):
        stripped = part.strip()
        if stripped in units or 0 < len(stripped) <= 4 \
                and not any(c in "，。、；：" for c in stripped):
            narrowest = max(narrowest, text_width(stripped, font, size))  # 姓名, 局长 …
            continue
        for start, end in protected_spans(part):
            narrowest = max(narrowest, text_width(part[start:end], font, size))
        for word in _LATIN_RUN.findall(part):
            narrowest = max(narrowest, text_width(word, font, size))
        narrowest = max([narrowest] + [char_width(c, font, size) * 2 for c in part[:1]])
    return narrowest, natural


_LATIN_RUN = re.compile(r"[A-Za-z0-9.\-/:_%@+#&]+")


@lru_cache(maxsize=20000)
def _words(text: str, font: str, size: float) -> tuple[tuple[tuple[str, float], ...], ...]:
    """Per paragraph of a cell, the words its lines break between and their widths (the
    segmenter's, as ``form_boxes`` wraps a cell; 避头尾 marks glued to their word)."""
    from officedesk.printing.words import names_in, person_names, title_words

    paragraphs = []
    for part in text.split("\n"):
        glued: list[str] = []
        for piece in title_words(part, names_in(part, person_names())) if part else []:
            if glued and (piece[0] in NO_START or glued[-1][-1] in NO_END):
                glued[-1] += piece
            else:
                glued.append(piece)
        paragraphs.append(tuple((p, text_width(p, font, size)) for p in glued))
    return tuple(paragraphs)


@lru_cache(maxsize=20000)
def _cut_widths(word: str, font: str, size: float, width: float) -> tuple[float, ...]:
    """The widths of the pieces a word wider than a line is cut into, as the cell's wrapping
    cuts it (``words.split_wide``: at its own words, 党组 / 书记、, else anywhere): each
    piece starts where the last ended, so a cut word may take a line more than its width
    says (a cell counted as if cut anywhere came out two lines short)."""
    from officedesk.printing.words import split_wide

    def fits(piece: str) -> bool:
        return text_width(piece, font, size) <= width + 1e-6

    return tuple(text_width(p, font, size) for p, _ in split_wide(word, fits))


def _lines_at(text: str, natural: float, width: float, font: str, size: float) -> int:
    """How many lines a cell takes at ``width``, filled word by word as ``form_boxes`` wraps
    it (a word wider than the line cut at its own words first). Cheap: the words are
    measured once, a cut word once per width."""
    if natural <= width + 1e-6:
        return 1
    lines = 0
    for words in _words(text, font, size):
        lines += 1
        used = 0.0
        for word, w in words:
            pieces = (w,) if w <= width + 1e-6 or len(word) < 2 \
                else _cut_widths(word, font, size, round(width, 3))
            for piece in pieces:
                if used and used + piece > width + 1e-6:
                    lines += 1
                    used = 0.0
                used += piece
    return lines


WRITE_IN_LEAST = 0.75  # of a ``write_in`` column's share of the page: room left to sign in


def column_widths(
    columns: Sequence[Column], rows: Sequence[Sequence[object]], page_width: float,
    font: str, size: float, header_font: str, header_size: float, pad: float,
) -> list[float]:
    """Column widths (points) from the content, as a browser lays out an auto table: no column
    narrower than its widest unsplittable piece (phone numbers, 文号 and dates never wrap),
    columns that want one line each get it when the page allows, the rest of the page shared
    in proportion to what each column still wants. A column with no text (签名, a box to write
    in) keeps its nominal share of the page; one marked ``write_in`` whatever a few of its cells
    hold keeps ``WRITE_IN_LEAST`` of it at the least."""
    total = sum(c.width for c in columns) or 1.0
    nominal = [c.width * page_width / total for c in columns]
    low: list[float] = []
    high: list[float] = []
    naturals: list[list[float]] = []  # per column, each cell's one-line width
    texts: list[list[str]] = []
    for k, column in enumerate(columns):
        title = column.title
        # a header of up to three characters on one line (序号, 姓名); a longer one may take
        # two (按期 / 办结, 逾期未 / 办结)
        half = title if len(title) <= 3 else title[: (len(title) + 1) // 2]
        lo = max(text_width(half, header_font, header_size),
                 char_width(title[:1] or "字", header_font, header_size),
                 *(text_width(title[a:b], header_font, header_size)  # （按件计） never split
                   for a, b in protected_spans(title)))
        hi = text_width(title, header_font, header_size)
        cells: list[float] = []
        cell_texts: list[str] = []
        for row in rows:
            value = row[k] if k < len(row) else ""
            text = "" if value is None else str(value)
            cell_texts.append(text)
            if not text:
                cells.append(0.0)
                continue
            narrowest, natural = _cell_extent(text, font, size)
            if column.whole:  # a name, never broken: as wide as it is long at the least
                # size of a name cell (9 pt), up to twice the column's share of the page (a
                # name longer still wraps after its ·: its widest part)
                narrowest = max(narrowest, least_width(text, font, size * CELL_LEAST,
                                                       2 * nominal[k] - 2 * pad))
            cells.append(natural)
            lo, hi = max(lo, narrowest), max(hi, natural)
        lo, hi = lo + 2 * pad + 0.5, hi + 2 * pad + 0.5
        if not any(cells):  # a column to write in by hand
            lo = hi = max(lo, nominal[k])
        elif column.write_in:  # one to write in, a few cells of it filled: room to sign in
            # (three quarters of its share at the least), its share when the page allows
            lo = max(lo, WRITE_IN_LEAST * nominal[k])
            hi = max(hi, nominal[k])
        low.append(lo)
        high.append(max(hi, lo))
        naturals.append(cells)
        texts.append(cell_texts)
    if sum(high) <= page_width:
        spare = page_width - sum(high)
        return [h + spare * n / page_width for h, n in zip(high, nominal, strict=True)]
    if sum(low) > page_width:  # nothing fits: every column as narrow as it must be, scaled
        scale = page_width / sum(low)
        return [lo * scale for lo in low]
    # share the spare width so that the table is as short as it can be: try sharing it in
    # proportion to what each column wants, evenly (water-filling), and blends of the two;
    # keep the one with the fewest lines (counted as the cells wrap: between words), then
    # move width from column to column while that saves lines (a 单位 column one character
    # wider keeps 党政综合办公室 on one line)
    spare = page_width - sum(low)
    wants = [h - lo for h, lo in zip(high, low, strict=True)]
    total_want = sum(wants) or 1.0
    proportional = [spare * w / total_want for w in wants]
    even = _water_fill(wants, spare)
    count = _LineCount(texts, naturals, low, [c.whole for c in columns], pad, font, size)
    best: tuple[tuple[int, int, float], list[float]] | None = None
    for mix in (0.0, 0.25, 0.5, 0.75, 1.0):
        widths = [lo + mix * p + (1 - mix) * e
                  for lo, p, e in zip(low, proportional, even, strict=True)]
        lines = count(widths)
        if best is None or lines < best[0]:
            best = (lines, widths)
    assert best is not None
    step = char_width("字", font, size) / 2
    widths = _shift(best[1], best[0], count, low, high, step)
    for _ in range(4):  # what the names took may leave a move that saves a line, and back
        widened = _widen_names(widths, count, low, high)
        if widened == widths:
            break
        widths = _shift(widened, count(widened), count, low, high, step)
    return widths


class _LineCount:
    """The lines of a table at given widths, rows that wrap alike counted once: a cell no
    wider than its column's least width is one line at any width, so a row is told by its
    other cells (the 单位 and 职务 of a 签到表: a few kinds in hundreds of rows). A name cell
    (``whole``) is one line, set smaller, down to ``CELL_LEAST`` of the size, then two: it
    counts lines only when even that is too wide, and is otherwise told by how much it is
    shrunk."""

    def __init__(self, texts: list[list[str]], naturals: list[list[float]], low: list[float],
                 whole: Sequence[bool], pad: float, font: str, size: float) -> None:
        groups: dict[tuple[tuple[int, str, float], ...], int] = {}
        shrunk: dict[tuple[int, float], int] = {}  # name cells that may be set smaller
        for r in range(len(texts[0]) if texts else 0):
            key = []
            for k in range(len(texts)):
                natural = naturals[k][r]
                if natural <= low[k] - 2 * pad + 1e-6:
                    continue  # one line at any width the column gets
                if whole[k]:
                    shrunk[(k, natural)] = shrunk.get((k, natural), 0) + 1
                    if natural * CELL_LEAST <= low[k] - 2 * pad + 1e-6:
                        continue  # smaller, but one line at any width
                key.append((k, texts[k][r], natural))
            groups[tuple(key)] = groups.get(tuple(key), 0) + 1
        self.groups = list(groups.items())
        self.shrunk = [(k, natural, times) for (k, natural), times in shrunk.items()]
        self.wrapping = sorted({k for key, _ in self.groups for k, _, _ in key}
                               | {k for k, _, _ in self.shrunk})
        self.whole = list(whole)
        self.pad, self.font, self.size = pad, font, size
        self._memo: dict[tuple[str, float], int] = {}

    def __call__(self, widths: Sequence[float]) -> tuple[int, int, float]:
        """(lines of the table, lines of its cells, how much its names are shrunk): of two
        layouts equally tall the one with fewer wrapped cells (县自然资源局 whole beside a
        two-line 进展情况 cell), then the one that sets its names larger (买买提·艾力 at
        12 pt when the 职务 column can spare the width)."""
        total = cells = 0
        memo = self._memo
        for key, times in self.groups:
            most = 1
            for k, text, natural in key:
                at = max(widths[k] - 2 * self.pad, 1.0)
                if self.whole[k]:  # as names.cell_name sets it
                    lines = 1 if natural * CELL_LEAST <= at + 1e-6 else memo.get((text, at), 0)
                    if not lines:
                        lines = memo[(text, at)] = len(cell_name(
                            text, self.font, self.size, self.size * CELL_LEAST, at)[0])
                else:
                    known = memo.get((text, at))
                    if known is None:
                        known = memo[(text, at)] = _lines_at(text, natural, at, self.font, self.size)
                    lines = known
                most = max(most, lines)
                cells += lines * times
            total += most * times
        shrunk = sum(max(natural - (widths[k] - 2 * self.pad), 0.0) * times
                     for k, natural, times in self.shrunk)
        return total, cells, round(shrunk, 2)


def _shift(widths: list[float], lines: tuple[int, int, float], count: _LineCount, low: list[float],
           high: list[float], step: float) -> list[float]:
    """Move width (up to four characters at a time) from one column to another that wraps
    (or to a name set smaller) while the table gets shorter, by ``count``'s measure; no column
    below its least width (a column to write in keeps its share) or above what it wants."""
    for _ in range(12):
        found: tuple[tuple[int, int, float], list[float]] | None = None
        for r in count.wrapping:
            for d in range(len(widths)):
                if d == r:
                    continue
                for n in range(1, 9):
                    delta = n * step
                    if widths[d] - delta < low[d] - 1e-6 or widths[r] + delta > high[r] + step:
                        break
                    trial = list(widths)
                    trial[r] += delta
                    trial[d] -= delta
                    got = count(trial)
                    if got < lines and (found is None or got < found[0]):
                        found = (got, trial)
            for n in range(1, 9):  # what several columns spare together (the 督查通报's
                pooled = _pooled(widths, low, r, n * step)  # number columns, to 牵头单位)
                if pooled is None or pooled[r] > high[r] + step:
                    break
                got = count(pooled)
                if got < lines and (found is None or got < found[0]):
                    found = (got, pooled)
        if found is None:
            break
        lines, widths = found
    return widths


def _pooled(widths: list[float], low: list[float], r: int, delta: float) -> list[float] | None:
    """``delta`` more for column ``r``, taken from every other column in proportion to what it
    has above its least width; None when together they have not that much."""
    spare = [0.0 if d == r else max(0.0, w - lo) for d, (w, lo) in enumerate(zip(widths, low,
                                                                               strict=True))]
    total = sum(spare)
    if total < delta - 1e-6:
        return None
    trial = [w - delta * sp / total for w, sp in zip(widths, spare, strict=True)]
    trial[r] = widths[r] + delta
    return trial


def _widen_names(widths: list[float], count: _LineCount, low: list[float],
                 high: list[float]) -> list[float]:
    """A name set smaller takes from the other columns what they can spare without a line
    more (of the table or of a cell): the bit a half-character step of ``_shift`` misses
    (买买提·艾力 at 12 pt, not 11, when 职务 and 单位 have 4 pt and 2 pt to spare)."""
    now = count(widths)
    if not now[2]:
        return widths
    widths = list(widths)
    for k in sorted({k for k, _, _ in count.shrunk}):
        for d in range(len(widths)):
            most = min(high[k] - widths[k], widths[d] - low[d])
            if d == k or most <= 1e-3:
                continue

            def costs(delta: float, d: int = d, k: int = k) -> bool:
                trial = list(widths)
                trial[k] += delta
                trial[d] -= delta
                return count(trial)[:2] > now[:2]

            if costs(most):  # the most this column can give without a line more
                below, above = 0.0, most
                for _ in range(8):
                    middle = (below + above) / 2
                    below, above = (below, middle) if costs(middle) else (middle, above)
                most = below
            widths[k] += most
            widths[d] -= most
    return widths


def _water_fill(wants: list[float], spare: float) -> list[float]:
    """Every column that wants more grows by the same amount until it has all it wants."""
    lo_level, hi_level = 0.0, max(wants, default=0.0)
    for _ in range(40):
        level = (lo_level + hi_level) / 2
        if sum(min(w, level) for w in wants) > spare:
            hi_level = level
        else:
            lo_level = level
    return [min(w, lo_level) for w in wants]
