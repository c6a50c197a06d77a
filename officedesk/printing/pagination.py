"""Pagination rules of the 公文 engine (GB/T 9704 §7): the 版记 on the last even page with a
blank page before it when needed (that blank page and the 版记 page after it unnumbered),
headings and the 主送 kept with the text after them.

Forms (``common.FormDocument``) keep a table row, a 回执 and a signature block together on
their own (``keep_together``)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from reportlab.lib.units import mm

from officedesk.printing import fonts
from officedesk.printing.gbt9704 import (
    ASCENT,
    BLACK,
    BODY_BOTTOM,
    BODY_HEIGHT,
    BODY_RIGHT,
    BODY_WIDTH,
    LEFT_MARGIN,
    SIZE_4,
    DocumentData,
    Flow,
    Placed,
    Rule,
    date_text,
    heading_level,
    paragraph_runs,
    text_line,
)
from officedesk.printing.layout import Run, text_width, wrap_runs
from officedesk.printing.titles import compose_title


def place_colophon(flow: Flow, data: DocumentData, pitch: float, drop_empty: bool = True,
                   labelled: Sequence[tuple[str, str]] | None = None) -> set[int]:
    """Place the 版记 at the bottom of the last even page (封四): on the body's last page when
    that is even and has room; else on the next even page, with a blank page before it when
    the body ends on an even page without room. Returns the indexes of the pages that get no
    number: GB/T 9704 §7.5 “公文的版记页前有空白页的，空白页和版记页均不编排页码” — the blank
    page and the 版记 page after it; a 版记 page right after a body page is numbered. ``drop_empty=False`` for a
    flow whose pages stand for pages drawn otherwise (the 效能通报's): none of them is empty.
    ``labelled``: the rows above the 印发机关 as (label, organs) — a 简报's 报/送/发 — in
    place of the 抄送 of ``data.cc``; each set as the 抄送 is (GB/T 9704 §7.4.2)."""
    fang = fonts.font(fonts.FANGSONG)
    em4 = SIZE_4
    inner_left, inner_width = LEFT_MARGIN + em4, BODY_WIDTH - 2 * em4
    rows: list[list[Placed]] = []
    if labelled is None:  # the 主送 moved here (§7.3.2) on the line above the 抄送
        moved = data.recipients.strip().rstrip("：:") if data.recipients_in_colophon else ""
        labelled = [("主送", moved), ("抄送", data.cc)]
    for word, organs in labelled:
        if not organs.strip():
            continue
        cc = organs.strip()
        if not cc.endswith("。"):
            cc = cc.rstrip("，,；;.") + "。"
        label = f"{word}："
        label_w = text_width(label, fang, SIZE_4, 0.0)
        lines = [text_line(text, fang, SIZE_4, 0.0)
                 for text in organ_lines(label + cc, fang, inner_width, inner_width - label_w)]
        for k, line in enumerate(lines):
            x = inner_left if k == 0 else inner_left + label_w
            rows.append([Placed(line, x, 0.0, 0.0, "colophon")])
    letter = data.variant == "letter"  # 信函格式: no 印发机关/日期 and no rules in the 版记
    printing_rows = [] if letter else _printing_rows(data, fang, inner_left, inner_width)
    cc_rows = len(rows)
    rows += printing_rows
    if not rows:
        return set()
    # one grid line a row; a very long 抄送 list is set tighter so the 版记 fits one page
    if drop_empty:
        _drop_empty_last_page(flow)
    row_pitch = min(pitch, max(SIZE_4 * 1.1, BODY_HEIGHT / len(rows)))
    # in lines of the page's own grid: the body's last page may be set tighter (§7.3.5.5)
    needed = math.ceil(len(rows) * row_pitch / flow.pitch - 1e-6)
    unnumbered: set[int] = set()
    if flow.slot + needed > flow.lines or len(flow.pages) % 2 == 1:
        if len(flow.pages) % 2 == 0:  # an even page without room: a blank odd page between,
            flow.new_page()  # it and the 版记 page unnumbered
            flow.new_page()
            unnumbered = {len(flow.pages) - 2, len(flow.pages) - 1}
        else:
            flow.new_page()
    page = flow.page
    bottom = BODY_BOTTOM
    for k, row in enumerate(rows):
        row_bottom = bottom + (len(rows) - 1 - k) * row_pitch
        baseline = row_bottom + (row_pitch - SIZE_4) / 2 + (1 - ASCENT) * SIZE_4
        for placed in row:
            placed.baseline = baseline
            page.texts.append(placed)
    top = bottom + len(rows) * row_pitch
    if not letter:
        page.rules.append(Rule(LEFT_MARGIN, BODY_RIGHT, top, 0.35 * mm, BLACK))
        if cc_rows and printing_rows:
            middle = bottom + len(printing_rows) * row_pitch
            page.rules.append(Rule(LEFT_MARGIN, BODY_RIGHT, middle, 0.25 * mm, BLACK))
        page.rules.append(Rule(LEFT_MARGIN, BODY_RIGHT, bottom, 0.35 * mm, BLACK))
    flow.slot = flow.lines
    return unnumbered


# a line of the 抄送 ends between organ names when at least this full there (a name cut by a
# line that had room to end before it left 云岭县应急管理 / 局)
ORGAN_LINE_FILL = 1 / 2
_ORGAN = re.compile(r"[^，、；,;。]+[，、；,;。]*")


def organ_lines(text: str, face: str, first_width: float, width: float) -> list[str]:
    """A list of organs (抄送：…，…。) broken into lines (4号): between organ names, unless the
    line would be left less than ``ORGAN_LINE_FILL`` full — then between the words of one
    (中共某某市委 / 全面深化改革委员会办公室), never inside a word (…委员 / 会办公室), nor leaving
    a name's last character alone on the next line (云岭县应急管理 / 局)."""
    lines = [""]

    def room() -> float:
        return first_width if len(lines) == 1 else width

    def fits(line: str) -> bool:
        return text_width(line, face, SIZE_4, 0.0) <= room() + 1e-6

    for organ in _ORGAN.findall(text):
        while organ:
            if fits(lines[-1] + organ):
                lines[-1] += organ
                break
            if not lines[-1]:  # a name longer than a line: cut between its words, else anywhere
                cut = _cut_at("", organ, face, room(), 1) or len(
                    wrap_runs([Run(organ, face, SIZE_4)], room(), words=True)[0].text)
            elif text_width(lines[-1], face, SIZE_4, 0.0) >= ORGAN_LINE_FILL * room():
                cut = 0  # full enough: the name starts the next line
            else:
                cut = _cut_at(lines[-1], organ, face, room())
            lines[-1] += organ[:cut]
            organ = organ[cut:]
            lines.append("")
    return [line for line in lines if line]


def _cut_at(line: str, organ: str, face: str, room: float, least: int = 2) -> int:
    """Where ``organ`` may be cut for the part before it to end ``line`` (of ``room``): between
    its words, leaving at least ``least`` characters of the name (its marks not counted) on
    each side; 0 for nowhere."""
    name = organ.rstrip("，、；,;。")
    first = wrap_runs([Run(line + organ, face, SIZE_4)], width=room, words=True)[0].text
    cut = len(first) - len(line)
    if cut <= 0:
        return 0
    cuts = [k for k in range(cut, 0, -1)
            if min(k, len(name) - k) >= least and _word_edge(organ, k)]
    return cuts[0] if cuts else 0


def _word_edge(organ: str, at: int) -> bool:
    from officedesk.printing.words import title_words

    edge = 0
    for piece in title_words(organ):
        edge += len(piece)
        if edge >= at:
            return edge == at
    return False


def _printing_rows(
    data: DocumentData, fang: str, inner_left: float, inner_width: float
) -> list[list[Placed]]:
    """印发机关 one character in from the left, 印发日期 one from the right, on one row; an organ
    too long to leave a character's gap before the date is wrapped between words into the room
    left of it (the title's line breaking), the date on its last row."""
    organ = data.printer_organ.strip()
    day = date_text(data.print_date)
    text = (day if day.endswith("印发") else day + "印发") if day else ""
    date_w = text_width(text, fang, SIZE_4, 0.0)
    room = inner_width - (date_w + SIZE_4 if text else 0.0)
    if not organ:
        lines = []
    elif text_width(organ, fang, SIZE_4, 0.0) <= room + 1e-6:
        lines = [organ]
    else:
        lines = compose_title(organ, fang, SIZE_4, room)
    rows = [[Placed(text_line(line, fang, SIZE_4, 0.0), inner_left, 0.0, 0.0, "colophon")]
            for line in lines]
    if text:
        date = Placed(text_line(text, fang, SIZE_4, 0.0), inner_left + inner_width - date_w,
                      0.0, 0.0, "colophon")
        if rows:
            rows[-1].append(date)
        else:
            rows.append([date])
    return rows


def _drop_empty_last_page(flow: Flow) -> None:
    """A page break after the last full page may have opened an empty page: remove it."""
    while len(flow.pages) > 1 and not flow.page.texts and not flow.page.rules:
        flow.pages.pop()
        flow.slot = flow.lines


HEADING_LINES_MAX = 3  # a longer 一、/（一） paragraph with no 。 is text, not a heading


def heading_run(paragraphs: Sequence[str], k: int, lines_of: Callable[[str], int]) -> list[int]:
    """The lines (``lines_of`` a paragraph, as the paper sets it) of each heading of its own line
    from ``paragraphs[k]`` on — a run of them (一、 then （一）) goes on as one; empty when
    ``paragraphs[k]`` is none. One of more than ``HEADING_LINES_MAX`` lines is text (it ends the
    run as the text under it would). The 公文 (``heading_chain_lines``) and the forms that flow
    text (``common.FormDocument.paragraphs``: 简报, 答复意见书) read the same rule here."""
    run: list[int] = []
    j = k
    while j < len(paragraphs) and _own_line_heading(paragraphs, j):
        lines = lines_of(paragraphs[j])
        if lines > HEADING_LINES_MAX:
            break  # a paragraph's length with no full stop: text, not a heading to keep on
        run.append(lines)
        j += 1
    return run


def heading_chain_lines(paragraphs: list[str], k: int, track: float, em: float) -> int:
    """For a heading paragraph of its own line (一、 or （一） with no text after it): the lines
    it and the headings right after it take, plus the first line of the text that follows —
    they must stand on one page. 0 for any other paragraph (``heading_run``)."""

    def lines_of(paragraph: str) -> int:
        runs = paragraph_runs(paragraph)
        return len(wrap_runs(runs, BODY_WIDTH, track, first_width=BODY_WIDTH - 2 * em))

    run = heading_run(paragraphs, k, lines_of)
    if not run:
        return 0
    return sum(run) + (1 if k + len(run) < len(paragraphs) else 0)


def opening_lines(paragraphs: list[str], track: float, em: float) -> int:
    """The lines the 主送 goes with: the 正文's first line, or its opening headings and the
    first line of text under them; 0 for no 正文."""
    if not paragraphs:
        return 0
    return heading_chain_lines(paragraphs, 0, track, em) or 1


# a sentence goes on after one of these: a 1. or （1） line with one inside is text, not a heading
_INSIDE_PUNCTUATION = frozenset("。；，：！？;,:!?")


def _own_line_heading(paragraphs: Sequence[str], j: int) -> bool:
    """A heading standing on its own line(s): 一、 or （一） with no text after it (its 。 the
    last character, if any); 1. or （1） with no punctuation before its end, followed by the
    text under it or a heading of a lower level — an item followed by the next item of its
    level (1.县财政局 / 2.县发改局) is a list's entry, not a heading."""
    paragraph = paragraphs[j]
    level = heading_level(paragraph)
    if level in (1, 2):
        return len(paragraph_runs(paragraph)) == 1
    if level not in (3, 4) or _INSIDE_PUNCTUATION & set(paragraph.rstrip("。")):
        return False
    after = heading_level(paragraphs[j + 1]) if j + 1 < len(paragraphs) else -1
    return after == 0 or after > level
