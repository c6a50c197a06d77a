"""The 签发人 of an 上行文 and the 发文字号 beside them (GB/T 9704-2012 §7.2.5, §7.2.6): "签发人："
and the names one character in from the right, the names in the organs' order two a line, left
to right and top down, the 发文字号 one character in from the left on the line of the last
name."""

from __future__ import annotations

from officedesk.printing.gbt9704.flow import Flow, Placed, text_line
from officedesk.printing.gbt9704.geometry import (
    BODY_RIGHT,
    LEFT_MARGIN,
    SIZE_3,
    baseline_for_top,
    slot_top,
)
from officedesk.printing.layout import text_width


def _signer_groupings(count: int, widths: list[float]) -> list[list[list[int]]]:
    """Ways to set ``count`` names in rows, in order: for k = 0, 1, … the k longest names alone
    on their rows and the others two a line between them (one alone at the end of a run)."""
    by_width = sorted(range(count), key=lambda k: (-widths[k], k))
    out = []
    for alone_count in range(count + 1):
        alone = set(by_width[:alone_count])
        rows: list[list[int]] = []
        run: list[int] = []
        for k in range(count + 1):
            if k == count or k in alone:
                rows += [run[j : j + 2] for j in range(0, len(run), 2)]
                run = []
                if k < count:
                    rows.append([k])
            else:
                run.append(k)
        out.append(rows)
    return out


def _signer_layout(widths: list[float], number_right: float, label_w: float, em: float,
                   has_number: bool) -> tuple[list[list[int]], float, float, bool]:
    """Rows of name indexes, the x of the first and of the second column, and whether the
    number goes on the line under the names: the fewest lines, the number beside the last
    names when a character's space is left before them. Each column as wide as its longest
    name on a row of two; a name alone on its row in the first column."""
    best: tuple[int, bool, int, list[list[int]], float, float, bool] | None = None
    for order, rows in enumerate(_signer_groupings(len(widths), widths)):
        pairs = [r for r in rows if len(r) == 2]
        left = max((widths[r[0]] for r in pairs), default=0.0)
        right = max((widths[r[1]] for r in pairs), default=0.0)
        span = max([left + em + right if pairs else 0.0]
                   + [widths[r[0]] for r in rows if len(r) == 1])
        x_names = BODY_RIGHT - em - span
        last_left = x_names - (label_w if len(rows) == 1 else 0.0)
        below = has_number and number_right + em > last_left + 0.01
        key = (len(rows) + below, below, order)
        if best is None or key < best[:3]:
            best = (*key, rows, x_names, x_names + left + em, below)
    assert best is not None
    return best[3], best[4], best[5], best[6]


def place_signers(flow: Flow, signers: list[str], number: str, fang: str, kai: str,
                   track: float, em: float) -> None:
    """GB/T 9704 §7.2.6, §7.2.5: “签发人：” and the names one character in from the right, two names a
    line (each column as wide as its longest name), the 发文字号 one character in from the left
    on the line of the last name. A name too long to share its row stands alone on it, so the
    版头 takes the fewest lines; only the row beside the number needs a character's space
    before it. Only when even a name alone cannot share the number's line does the number go
    on the line under the names, so nothing prints over anything."""
    label = "签发人："
    label_w = text_width(label, fang, SIZE_3, track) + track
    number_w = text_width(number, fang, SIZE_3, track) if number else 0.0
    number_right = LEFT_MARGIN + em + number_w
    widths = [text_width(name, kai, SIZE_3, track) for name in signers]
    rows, x_names, x_second, number_below = _signer_layout(widths, number_right, label_w, em,
                                                           bool(number))
    pitch = flow.pitch
    baseline = baseline_for_top(slot_top(flow.slot, pitch), SIZE_3)
    flow.page.texts.append(
        Placed(text_line(label, fang, SIZE_3, track), x_names - label_w, baseline, track)
    )
    for k, row in enumerate(rows):
        baseline = baseline_for_top(slot_top(flow.slot, pitch), SIZE_3)
        for j, index in enumerate(row):
            flow.page.texts.append(Placed(text_line(signers[index], kai, SIZE_3, track),
                                          x_second if j else x_names, baseline, track))
        if k == len(rows) - 1 and number and not number_below:
            flow.page.texts.append(
                Placed(text_line(number, fang, SIZE_3, track), LEFT_MARGIN + em, baseline, track)
            )
        flow.slot += 1
    if number_below:
        baseline = baseline_for_top(slot_top(flow.slot, pitch), SIZE_3)
        flow.page.texts.append(
            Placed(text_line(number, fang, SIZE_3, track), LEFT_MARGIN + em, baseline, track)
        )
        flow.slot += 1
