"""The 公文's red 发文机关标志 (GB/T 9704 §7.2.4: one organ's name, or a joint document's names
stacked with 文件 to their right; the 纪要's, 信函's and 令's own) and the 信函格式's red double
rules (§10.1), placed on a composed page."""

from __future__ import annotations

from reportlab.lib.units import mm

from officedesk.core import settings
from officedesk.printing import fonts
from officedesk.printing.gbt9704.flow import ComposedPage, Placed, Rule, text_line
from officedesk.printing.gbt9704.geometry import (
    BODY_WIDTH,
    LEFT_MARGIN,
    MARK_CHAR_WIDTH,
    MARK_HEIGHT,
    PAGE_WIDTH,
    RED,
    DocumentData,
    baseline_for_top,
)


# ---------------------------------------------------------------- the red 标志
def _mark_geometry(data: DocumentData) -> tuple[list[str], str]:
    if data.mark_text:
        return [data.mark_text], ""
    organs = [o for o in data.organs if o.strip()] or [""]
    if data.variant == "minutes":
        return [organs[0] + ("" if organs[0].endswith("纪要") else "纪要")], ""
    if data.variant == "letter":
        return [organs[0]], ""
    if data.variant == "command":
        return [organs[0] + ("" if organs[0].endswith("令") else "令")], ""
    return organs, data.mark_suffix


def draw_mark(page: ComposedPage, data: DocumentData, top: float) -> float:
    """Place the red 标志 with its top at ``top``; return the y of its bottom."""
    organs, suffix = _mark_geometry(data)
    face = fonts.font(fonts.TITLE)
    height = float(settings.get(MARK_HEIGHT.key)) * mm
    size = height  # the CJK em box is the glyph height
    char_w = float(settings.get(MARK_CHAR_WIDTH.key)) * mm
    bold = fonts.fake_bold(fonts.TITLE)
    longest = max(len(o) for o in organs) + len(suffix) + (1 if suffix and len(organs) > 1 else 0)
    char_w = min(char_w, BODY_WIDTH / max(longest, 1))
    scale = 100.0 * char_w / size
    if len(organs) == 1:
        text = organs[0] + suffix
        line = text_line(text, face, size, 0.0, RED)
        width = len(text) * char_w
        placed = Placed(
            line,
            LEFT_MARGIN + (BODY_WIDTH - width) / 2,
            baseline_for_top(top, size),
            0.0,
            "mark",
            bold,
            scale,
        )
        page.texts.append(placed)
        return top - height
    # joint document: organ names stacked, 文件 to their right, vertically centred
    row = height * 1.25
    names_w = max(len(o) for o in organs) * char_w
    suffix_w = len(suffix) * char_w + (char_w if suffix else 0)
    x0 = LEFT_MARGIN + (BODY_WIDTH - names_w - suffix_w) / 2
    for k, organ in enumerate(organs):
        line = text_line(organ, face, size, 0.0, RED)
        # justify shorter names to the longest (分散对齐)
        n = len(organ)
        spare = names_w - n * char_w
        cs = spare / (n - 1) * 100.0 / scale if n > 1 else 0.0
        page.texts.append(
            Placed(line, x0, baseline_for_top(top - k * row, size), cs, "mark", bold, scale)
        )
    block_h = (len(organs) - 1) * row + height
    if suffix:
        mid = top - block_h / 2
        line = text_line(suffix, face, size, 0.0, RED)
        page.texts.append(
            Placed(
                line,
                x0 + names_w + char_w,
                baseline_for_top(mid + height / 2, size),
                0.0,
                "mark",
                bold,
                scale,
            )
        )
    return top - block_h


def letter_rules(rule_y: float) -> list[Rule]:
    """The 信函格式's red double rules (GB/T 9704 §10.1), 170 mm long and centred on the page:
    thick over thin with its top line at ``rule_y`` under the 标志, and thin over thick 20 mm
    above the paper's bottom edge."""
    x1, x2 = (PAGE_WIDTH - 170 * mm) / 2, (PAGE_WIDTH + 170 * mm) / 2
    return [
        Rule(x1, x2, rule_y, 1.0 * mm),  # 上粗
        Rule(x1, x2, rule_y - 1.5 * mm, 0.35 * mm),  # 下细
        Rule(x1, x2, 20 * mm + 1.5 * mm, 0.35 * mm),  # 上细
        Rule(x1, x2, 20 * mm, 1.0 * mm),  # 下粗
    ]
