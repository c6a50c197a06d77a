"""Composed pages in memory: lines placed on the 22-line grid page after page, rules, and the
cursor (`Flow`) that composition moves."""

from __future__ import annotations

from dataclasses import dataclass, field

from officedesk.printing.gbt9704.geometry import (
    BLACK,
    BODY_WIDTH,
    LEFT_MARGIN,
    LINES_PER_PAGE,
    RED,
    SIZE_3,
    baseline_for_top,
    slot_top,
)
from officedesk.printing.layout import (
    Line,
    Run,
    justify_extra,
    justify_slots,
    text_width,
    wrap_runs,
)


# ---------------------------------------------------------------- composed pages
@dataclass
class Placed:
    """A line of text placed on a page: baseline, left x, extra character spacing."""

    line: Line
    x: float
    baseline: float
    char_space: float
    kind: str = "text"  # "body" lines may be carried to the next page with the 署名
    fake_bold: bool = False
    h_scale: float = 100.0
    keep_next: bool = False  # a heading line that must not end a page
    extra: float = 0.0  # justification: added after each CJK character and Latin word


@dataclass
class Rule:
    x1: float
    x2: float
    y: float
    width: float
    color: tuple[float, float, float] = RED
    star: bool = False


@dataclass
class ComposedPage:
    texts: list[Placed] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    number: int | None = None  # printed page number, None for none


@dataclass
class Composed:
    pages: list[ComposedPage]
    title: str
    # the pages whose last lines went on to the next with the 署名 or the 附件说明 (carry_on),
    # or whose 附件说明 runs over the page turn (place_attachments)
    carried: tuple[int, ...] = ()


class Flow:
    """Places lines on the grid, page after page. ``tight`` maps a page's index to the lines
    added to its grid (GB/T 9704 §7.3.5.5: 调整行距): the 版心 holds 22 + n lines on that page,
    at a pitch 22 / (22 + n) of the others'."""

    def __init__(self, pitch: float, track: float, tight: dict[int, int] | None = None) -> None:
        self.base_pitch = pitch
        self.track = track
        self.tight = dict(tight or {})
        self.pages: list[ComposedPage] = [ComposedPage()]
        self.slot = 0
        self.carried: tuple[int, ...] = ()  # see Composed.carried

    @property
    def page(self) -> ComposedPage:
        return self.pages[-1]

    @property
    def lines(self) -> int:
        """The grid lines of the current page: 22, more on a page set tighter."""
        return LINES_PER_PAGE + self.tight.get(len(self.pages) - 1, 0)

    @property
    def pitch(self) -> float:
        """The line pitch of the current page."""
        return self.base_pitch * LINES_PER_PAGE / self.lines

    def new_page(self) -> None:
        self.pages.append(ComposedPage())
        self.slot = 0

    def snap_to(self, top: float) -> None:
        """Move the cursor to the first grid line whose top is at or below ``top``."""
        slot = 0
        while slot_top(slot, self.pitch) > top + 0.01:
            slot += 1
        self.slot = max(self.slot, slot)

    def blank(self, n: int = 1) -> None:
        if self.slot == 0:
            return  # no blank lines at the top of a page
        self.slot += n
        if self.slot >= self.lines:
            self.new_page()

    def room(self) -> int:
        return self.lines - self.slot

    def place(
        self,
        line: Line,
        left: float,
        width: float,
        align: str = "left",
        kind: str = "text",
        justify: bool = False,
        fake_bold: bool = False,
    ) -> Placed:
        if self.slot >= self.lines:
            self.new_page()
        size = max(r.size for r in line.runs) if line.runs else SIZE_3
        char_space = self.track
        natural = line.width
        extra = 0.0
        if justify and align == "left":
            extra = justify_extra(line.text, natural, width, size, line.last)
            natural += extra * justify_slots(line.text)
        if align == "center":
            x = left + (width - natural) / 2
        elif align == "right":
            x = left + width - natural
        else:
            x = left
        top = slot_top(self.slot, self.pitch)
        placed = Placed(line, x, baseline_for_top(top, size), char_space, kind, fake_bold)
        placed.extra = extra
        self.page.texts.append(placed)
        self.slot += 1
        return placed

    def paragraph(
        self,
        runs: list[Run],
        left: float = LEFT_MARGIN,
        width: float = BODY_WIDTH,
        first_indent: float = 0.0,
        hanging: float = 0.0,
        align: str = "left",
        kind: str = "text",
        justify: bool = True,
        fake_bold: bool = False,
        head: Run | None = None,
        head_indent: float = 0.0,
        keep_together: bool = False,
        keep_with: int = 0,
    ) -> None:
        """Wrap and place a paragraph; ``first_indent`` for the first line, ``hanging`` for the
        others (both in points from ``left``). A ``head`` (纪要's 出席：) is set at its own width
        at ``head_indent`` and the text after it starts at ``hanging`` on every line: only the
        text is justified, so the first line's text lines up with the others. A paragraph
        ``keep_together`` (an entry of the 附件说明) starts a new page rather than run over the
        page turn, and no line of it but the last may end a page when lines are carried on
        with the 署名 (``keep_next``). A paragraph that goes with the ``keep_with`` lines
        after it (the 主送 with the 正文's first line) starts a new page rather than end one,
        and none of its lines is carried on without the next."""
        lines = wrap_runs(runs, width - hanging, self.track, first_width=width - first_indent,
                          squeeze=justify and align == "left")
        whole = len(lines) + keep_with if keep_together or keep_with else 0
        if whole and self.slot > 0 and self.room() < whole <= self.lines:
            self.new_page()
        for k, line in enumerate(lines):
            indent = first_indent if k == 0 else hanging
            placed = self.place(line, left + indent, width - indent, align, kind, justify,
                                fake_bold)
            placed.keep_next = keep_with > 0 or keep_together and k < len(lines) - 1
            if k == 0 and head is not None:
                label = text_line(head.text, head.font, head.size, self.track, head.color)
                # on the page (and before the line) its text landed on
                self.page.texts.insert(
                    len(self.page.texts) - 1,
                    Placed(label, left + head_indent, placed.baseline, self.track, kind),
                )


def text_line(
    text: str, font_name: str, size: float, track: float, color: tuple[float, float, float] = BLACK
) -> Line:
    return Line(
        [Run(text, font_name, size, color)], text_width(text, font_name, size, track), last=True
    )


def blank_gap(blank_lines: int, pitch: float, size: float = SIZE_3) -> float:
    """Vertical distance from the bottom of one element to the top of the next with
    ``blank_lines`` empty 3号 lines between them."""
    return blank_lines * pitch + (pitch - size)
