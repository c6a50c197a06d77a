"""Titles broken into balanced lines (GB/T 9704 §7.3.1: 梯形或菱形 — no line longer than the one
above, or longer to a middle line and shorter after it; never the last line the longest, a 沙漏
waist nor a stray short line), only between words (a 《》 title whole when it fits a line):
``compose_title`` for one face, ``wrap_balanced`` for ``Run`` pieces. Line measuring and the
greedy breaking it falls back to: ``layout``."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from officedesk.printing.layout import NO_END, NO_START, Line, Run, text_width, wrap_runs

_BREAK_AFTER_WORDS = frozenset({"的", "和", "与", "及", "、", "，", "暨", "并"})
_BREAK_BEFORE_WORDS = frozenset({
    "关于", "做好", "进一步", "提高", "加强", "开展", "召开", "印发", "转发", "推进", "落实",
    "深入", "切实", "全面", "建立", "健全", "完善", "有关", "的",
})


# a date or month of a period (2026年1月1日, 12月7日, 2026年3月, 5月) and the words that join two
# of them into one period: “2026年1月1日至12月7日” is one phrase a title never breaks at 至
_PERIOD_END = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年")
_PERIOD_JOIN = frozenset({"至", "到", "—", "－", "～", "~", "-"})


def _glue_periods(pieces: list[str], fits: Callable[[str], bool]) -> list[str]:
    """Pieces with each period (a date, 至, a date) made one piece when it fits a line."""
    out: list[str] = []
    at = 0
    while at < len(pieces):
        three = pieces[at:at + 3]
        if len(three) == 3 and three[1] in _PERIOD_JOIN and _PERIOD_END.fullmatch(three[0]) \
                and _PERIOD_END.fullmatch(three[2]) and fits("".join(three)):
            out.append("".join(three))
            at += 3
        else:
            out.append(pieces[at])
            at += 1
    return out


def _title_pieces(
    text: str, font: str, size: float, width: float, tracking: float, keep: Sequence[str] = ()
) -> tuple[list[str], list[float]]:
    """Unbreakable pieces of a title, punctuation glued to its word (避头尾), and the cost of a
    break after each piece: a 《》 title is whole when it fits the line, else cut at its own
    words at a price; a piece longer than the line (a unit's name the 通讯录 taught whole) at
    its own words, and one with none anywhere, at a higher price."""
    from officedesk.printing import words

    def fits_line(piece: str) -> bool:
        return text_width(piece, font, size, tracking) <= width

    pieces: list[str] = []
    costs: list[float] = []
    for piece in _glue_periods(words.title_words(text, keep), fits_line):
        if piece.startswith("《") and piece.endswith("》") and len(piece) > 4 \
                and text_width(piece, font, size, tracking) > width:
            inner = _book_words(piece)
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


def _book_words(piece: str) -> list[str]:
    """A 《》 title longer than a line, cut at its own words (《 and 》 stay with them)."""
    from officedesk.printing import words

    inner = words.title_words(piece[1:-1])
    if not inner:
        return [piece]
    inner[0] = "《" + inner[0]
    inner[-1] = inner[-1] + "》"
    return inner


def compose_title(
    text: str, font: str, size: float, width: float, tracking: float = 0.0,
    keep: Sequence[str] = (), widest: float | None = None,
) -> list[str]:
    """A title on as few lines as fit ``width``, broken only between words (jieba plus the
    office's terms and ``keep``; numbers, dates, 文号, 第…次, runs of Latin letters and digits
    kept whole, a 《》 title whole when it fits a line — the lines made as wide as it, up to
    ``widest``, when it is wider than ``width`` — a word wider than the line cut at its own
    words) and balanced: lines of about equal length (within a quarter character), each no
    longer than the one above (梯形) or longer to a middle line and shorter after it (菱形),
    never the last line the longest, a middle line shorter than both neighbours (沙漏) or a
    stray short line."""
    if text_width(text, font, size, tracking) <= width + 1e-6:
        return [text]
    width = _book_width(text, font, size, width, tracking, keep, widest)
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
        if right in ("c", "uj", "ul"):
            cost += 0.05  # a line that starts with 和 / 的 (人力资源 / 和社会保障局)
        if left in NOUNISH and right in NOUNISH:
            cost += 0.1  # inside a noun phrase (城市 / 管理)
        return cost

    total = span_width(0, n)
    lines_needed = max(2, int(total // width) + 1)

    def lines(cuts: list[int]) -> list[str]:
        return ["".join(pieces[i:j]).strip() for i, j in zip(cuts, cuts[1:], strict=False)]

    fewest: list[int] | None = None  # the best on the fewest lines that fit
    cut_short = False  # some count's ways were not all tried (WALK_BUDGET)
    # from the lines its width needs to three more (words may not break where the width
    # would): a long 请示's title may need seven lines, never the greedy lines' waist
    for count in range(lines_needed, min(n, lines_needed + 3) + 1):
        best, well_shaped, exhausted = _best_partition(n, count, width, span_width, break_cost, size / 4)
        cut_short = cut_short or exhausted
        if well_shaped is not None:
            return lines(well_shaped)
        if best is None:
            continue
        if fewest is not None:
            break
        # every way has a waist or a stray short line: one line more, when that has neither
        fewest = best
    if cut_short:  # the ways tried first start with short lines: even lines instead
        even = _even_partition(n, width, span_width, break_cost)
        if even is not None:
            return lines(even)
    if fewest is not None:
        return lines(fewest)
    return [line.text for line in wrap_runs([Run(text, font, size)], width, tracking, keep=keep,
                                            words=True)]


def _book_width(
    text: str, font: str, size: float, width: float, tracking: float, keep: Sequence[str],
    widest: float | None,
) -> float:
    """The measure: ``width``, or as wide as the widest 《》 title that is wider than it and
    fits ``widest`` (the 版心), so that title stays whole on its line."""
    if widest is None or widest <= width:
        return width
    from officedesk.printing import words

    books = [text_width(piece, font, size, tracking) for piece in words.title_words(text, keep)
             if piece.startswith("《") and piece.endswith("》")]
    return max([width, *(w for w in books if w <= widest + 1e-6)])


# the ways of breaking a title grow exponentially with its lines: up to about 120 characters
# (seven lines) every way is tried within this; a longer one (a 会议名称 or 标题 as long as its
# field holds, 200 or 300 characters) took hours, and is set as the first ways tried allow
WALK_BUDGET = 20_000


def _best_partition(
    n, count, width, span_width, break_cost, tolerance
) -> tuple[list[int] | None, list[int] | None, bool]:
    """Break positions (0, …, n) into ``count`` lines that fit, with the best shape (None
    when no way fits); the best of those shaped as a 梯形 or a 菱形 with no stray short line
    (lines within ``tolerance`` of each other as equal; None when no way is); and whether
    the ways were cut short by WALK_BUDGET."""
    eps = 1e-6
    best: tuple[float, list[int]] | None = None
    shaped: tuple[float, list[int]] | None = None
    # titles are short (< 60 pieces): enumerate the breaks, pruned by width — a line that does
    # not fit, or one that leaves more than the lines after it could hold (a line's end may
    # drop a space: a slack of an eighth of the width a line)
    room = width * 9 / 8
    visits = 0

    def walk(start: int, left: int, breaks: list[int]) -> None:
        nonlocal best, shaped, visits
        visits += 1
        if visits > WALK_BUDGET:  # a title as long as a field holds: the best found so far
            return
        if left == 1:
            if span_width(start, n) <= width + eps:
                cuts = [*breaks, n]
                lengths = [span_width(i, j) for i, j in zip(cuts, cuts[1:], strict=False)]
                cost = _shape_cost(lengths) + sum(break_cost(k) for k in cuts[1:-1])
                if best is None or cost < best[0] - 1e-9:
                    best = (cost, cuts)
                if not _misshapen(lengths, tolerance) \
                        and (shaped is None or cost < shaped[0] - 1e-9):
                    shaped = (cost, cuts)
            return
        for k in range(start + 1, n - left + 2):
            if span_width(start, k) > width + eps:
                break
            if span_width(k, n) > (left - 1) * room:
                continue
            walk(k, left - 1, [*breaks, k])

    walk(0, count, [0])
    return (best[1] if best else None), (shaped[1] if shaped else None), visits > WALK_BUDGET


def _even_partition(n, width, span_width, break_cost) -> list[int] | None:
    """Break positions for lines as full and even as they can be (the least sum of each
    line's squared shortfall, a line more costing more than any shape; the last line's
    shortfall counted half, as _shape_cost counts it): a title too long for every way to be
    tried. None when a piece is wider than the line."""
    eps = 1e-6
    cost = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            line = span_width(i, j)
            if line > width + eps:
                break
            short = ((width - line) / width) ** 2
            here = cost[i] + 1.0 + (0.5 * short if j == n else short + break_cost(j))
            if here < cost[j]:
                cost[j], back[j] = here, i
    if math.isinf(cost[n]):
        return None
    cuts = [n]
    while cuts[-1]:
        cuts.append(back[cuts[-1]])
    return cuts[::-1]


def _shape_cost(lengths: list[float]) -> float:
    longest = max(lengths)
    cost = sum(((longest - w) / longest) ** 2 for w in lengths[:-1])
    last = lengths[-1]
    cost += 0.5 * ((longest - last) / longest) ** 2  # a shorter last line is a 梯形
    cost += 2.0 * _stray(lengths)
    cost += 0.5 * _waists(lengths)
    return cost


def _stray(lengths: list[float]) -> int:
    """How many lines above the last are shorter than half the longest — but the first line
    of a 菱形 (shorter than the line under it, as its last is) only when shorter than a
    fifth of the longest: 关于印发 / 《2026年全市乡村振兴重点工作任务》 / 的通知, not 关于 / 《…》."""
    longest = max(lengths)
    diamond = len(lengths) > 2 and lengths[0] < lengths[1] and lengths[-1] < longest
    top = 1 if diamond and lengths[0] >= longest / 5 else 0
    # a last line under a third of the longest (…考核工作的 / 通知的通知) is stray too
    tiny_last = 1 if len(lengths) > 2 and lengths[-1] < longest / 3 else 0
    return sum(1 for w in lengths[top:-1] if w < longest / 2) + tiny_last


def _misshapen(lengths: list[float], tolerance: float) -> bool:
    return _stray(lengths) > 0 or not (trapezoid_or_diamond(lengths, tolerance)
                                       or _block(lengths, tolerance))


def _block(lengths: Sequence[float], tolerance: float) -> bool:
    """Lines all within a fifth of the longest, the last no longer than the first: a block
    that reads as one (17 / 14.4 / 16 characters), better than a line more that ends in a
    stray 通知的通知."""
    return min(lengths) >= 0.8 * max(lengths) and lengths[-1] <= lengths[0] + tolerance


def trapezoid_or_diamond(lengths: Sequence[float], tolerance: float) -> bool:
    """GB/T 9704 §7.3.1's shapes: a 梯形 — each line no longer than the one above (上长下短) or
    none shorter than the one above (上短下长: the standard names no direction, and offices
    print both) — or a 菱形, longer down to a middle line and shorter after it, the first and
    the last lines shorter than it. Never a 沙漏 (a short middle between longer lines). Lines
    within ``tolerance`` of each other count as equal."""
    steps = list(zip(lengths, lengths[1:], strict=False))
    if all(b <= a + tolerance for a, b in steps) or all(b >= a - tolerance for a, b in steps):
        return True
    peak = max(range(len(lengths)), key=lambda k: lengths[k])
    if not 0 < peak < len(lengths) - 1:
        return False
    return (all(b >= a - tolerance for a, b in steps[:peak])
            and all(b <= a + tolerance for a, b in steps[peak:])
            and lengths[0] < lengths[peak] - tolerance
            and lengths[-1] < lengths[peak] - tolerance)


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


def wrap_balanced(
    runs: list[Run], width: float, tracking: float = 0.0, widest: float | None = None
) -> list[Line]:
    """A title wrapped by ``compose_title`` (one run: 梯形 or 菱形, words whole, a 《》 title
    whole on a line up to ``widest`` wide), or evenly by width (several runs)."""
    text = "".join(r.text for r in runs)
    if len(runs) == 1 and "\n" not in text:
        run = runs[0]
        return [
            Line(
                [Run(part, run.font, run.size, run.color)],
                text_width(part, run.font, run.size, tracking),
                last=i == len(parts) - 1,
            )
            for parts in [compose_title(text, run.font, run.size, width, tracking, widest=widest)]
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
