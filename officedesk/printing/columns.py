"""Table column widths from the content, as a browser lays out an auto table: no column
narrower than its widest unsplittable piece (a phone number, 文号, date, name), the spare width
shared so the table is as short as it can be, a column to write in keeping its share."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from officedesk.printing.layout import char_width, text_width

if TYPE_CHECKING:
    from officedesk.printing.form_boxes import Column


@lru_cache(maxsize=20000)
def _cell_extent(text: str, font: str, size: float) -> tuple[float, float]:
    """(narrowest, natural) width of a cell's text: the widest piece no line may split (a
    phone number, 文号, date, number with its unit, a name or other short word), and the whole
    text on one line (its longest paragraph)."""
    from officedesk.printing.words import protected_spans

    natural = max((text_width(p, font, size) for p in text.split("\n")), default=0.0)
    narrowest = 0.0
    for part in text.split("\n"):
        stripped = part.strip()
        if 0 < len(stripped) <= 4 and not any(c in "，。、；：" for c in stripped):
            narrowest = max(narrowest, text_width(stripped, font, size))  # 姓名, 局长 …
            continue
        for start, end in protected_spans(part):
            narrowest = max(narrowest, text_width(part[start:end], font, size))
        for word in _LATIN_RUN.findall(part):
            narrowest = max(narrowest, text_width(word, font, size))
        narrowest = max([narrowest] + [char_width(c, font, size) * 2 for c in part[:1]])
    return narrowest, natural


_LATIN_RUN = re.compile(r"[A-Za-z0-9.\-/:_%@+#&]+")


def column_widths(
    columns: Sequence[Column], rows: Sequence[Sequence[object]], page_width: float,
    font: str, size: float, header_font: str, header_size: float, pad: float,
) -> list[float]:
    """Column widths (points) from the content, as a browser lays out an auto table: no column
    narrower than its widest unsplittable piece (phone numbers, 文号 and dates never wrap),
    columns that want one line each get it when the page allows, the rest of the page shared
    in proportion to what each column still wants. A column with no text (签名, a box to write
    in) keeps its nominal share of the page."""
    total = sum(c.width for c in columns) or 1.0
    nominal = [c.width * page_width / total for c in columns]
    low: list[float] = []
    high: list[float] = []
    naturals: list[list[float]] = []  # per column, each cell's one-line width
    for k, column in enumerate(columns):
        title = column.title
        # a header of up to three characters on one line (序号, 姓名); a longer one may take
        # two (按期 / 办结, 逾期未 / 办结)
        half = title if len(title) <= 3 else title[: (len(title) + 1) // 2]
        lo = max(text_width(half, header_font, header_size),
                 char_width(title[:1] or "字", header_font, header_size))
        hi = text_width(title, header_font, header_size)
        cells: list[float] = []
        for row in rows:
            value = row[k] if k < len(row) else ""
            text = "" if value is None else str(value)
            if not text:
                cells.append(0.0)
                continue
            narrowest, natural = _cell_extent(text, font, size)
            cells.append(natural)
            lo, hi = max(lo, narrowest), max(hi, natural)
        lo, hi = lo + 2 * pad + 0.5, hi + 2 * pad + 0.5
        if not any(cells):  # a column to write in by hand
            lo = hi = max(lo, nominal[k])
        low.append(lo)
        high.append(max(hi, lo))
        naturals.append(cells)
    if sum(high) <= page_width:
        spare = page_width - sum(high)
        return [h + spare * n / page_width for h, n in zip(high, nominal, strict=True)]
    if sum(low) > page_width:  # nothing fits: every column as narrow as it must be, scaled
        scale = page_width / sum(low)
        return [lo * scale for lo in low]
    # share the spare width so that the table is as short as it can be: try sharing it in
    # proportion to what each column wants, evenly (water-filling), and blends of the two,
    # and keep the one with the fewest estimated lines
    spare = page_width - sum(low)
    wants = [h - lo for h, lo in zip(high, low, strict=True)]
    total_want = sum(wants) or 1.0
    proportional = [spare * w / total_want for w in wants]
    even = _water_fill(wants, spare)
    best: tuple[float, list[float]] | None = None
    for mix in (0.0, 0.25, 0.5, 0.75, 1.0):
        widths = [lo + mix * p + (1 - mix) * e
                  for lo, p, e in zip(low, proportional, even, strict=True)]
        lines = 0.0
        for r in range(len(rows)):
            lines += max(
                (math.ceil(naturals[k][r] / max(widths[k] - 2 * pad, 1.0) - 1e-6)
                 for k in range(len(columns)) if naturals[k][r]),
                default=1,
            )
        if best is None or lines < best[0] - 1e-9:
            best = (lines, widths)
    assert best is not None
    return best[1]


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
