"""The close of a 公文's text: the 署名 and 成文日期 (their places: ``signature``) and the 附注,
kept together on the page of the 正文's last lines (GB/T 9704 §7.3.5, §7.3.6).

- The 署名 never stands alone on a page: when it does not fit, the last two body lines go with
  it to the next page (``carry_on``, which notes the page in ``Flow.carried``). ``compose``
  first sets that page tighter (§7.3.5.5: 调整行距) where that keeps the 署名, the date and
  the 附注 on it — carried lines leave it short, which the standard does not ask — and when
  nothing could be carried and the 署名 would stand alone.
- Page 1 always shows 正文 (§7.3.3): lines are never carried so far that the page they leave
  keeps no line of the 正文 (the 主送 alone is no 正文); when nothing could be carried without
  that, the text stays and the 署名 goes on alone — a layout ``compose`` does not print
  (``signed_page``: the 主办机关's 标志 alone, else refused).
- The 附注 takes the lines it really takes, on the page of the 成文日期.
- The 附件说明 (§7.3.4) is kept whole on one page and is no 正文: the 正文's last lines go on
  with it (and the 署名), never the 附件说明 alone while a 正文 line could go — unless that
  would leave the foot of the page they leave emptier than the 署名 block (its blank lines,
  rows of seals, date and 附注) and one line (``FOOT_SPARE``), or than ``FOOT_MAX`` lines: a
  long 附件说明 or a tall joint 署名 left ten lines and more empty there. Then only the 正文's last line goes with them;
  and when that too leaves the foot so empty, the 附件说明 breaks between entries (an entry
  stays whole) and the 署名 takes only its last lines with it: §7.3.5.1 sets the first row of
  seals “上距正文（或附件说明）一行之内”, so the 署名 under the 附件说明's last entry stands with
  its text (GB/T 9704-1999's “印章与正文同处一面” is not the 2012 standard's)."""

from __future__ import annotations

import itertools

from officedesk.printing.gbt9704.flow import Flow, Placed, text_line
from officedesk.printing.gbt9704.geometry import (
    ASCENT,
    BODY_TOP,
    BODY_WIDTH,
    LEFT_MARGIN,
    SIZE_3,
    DocumentData,
    baseline_for_top,
    slot_top,
)
from officedesk.printing.gbt9704.signature import joint_sealed, place_signature
from officedesk.printing.layout import Run, text_width, wrap_runs


def note_text(data: DocumentData) -> str:
    """The 附注 as printed: in parentheses."""
    note = data.note.strip()
    if note and not note.startswith(("（", "(")):
        note = f"（{note}）"
    return note


def note_lines(data: DocumentData, face: str, track: float, em: float) -> int:
    note = note_text(data)
    if not note:
        return 0
    return len(wrap_runs([Run(note, face, SIZE_3)], BODY_WIDTH, track,
                         first_width=BODY_WIDTH - 2 * em, squeeze=True))


CARRIED = 2  # the 正文 lines that go on with the 署名
FOOT_SPARE = 1  # empty lines a page's foot may keep beyond the 署名 block that did not fit there
FOOT_MAX = 6  # and never more (a sealed 署名's block with its 附注 is five lines): see carry_on


def _carry_start(body: list[Placed], opening: set[int], count: int = CARRIED) -> int:
    """Index of the first of ``body`` (a page's body lines) to carry on with the 署名: the last
    ``count`` (two), a heading before them with them; but never all of the page's 正文
    (``opening``: the ids of the 主送's lines, which are no 正文)."""
    start = max(0, len(body) - count)
    while start > 0 and body[start - 1].keep_next:  # a heading goes with its text
        start -= 1
    # the first line of 正文 that may end a page stays, with all before it
    floor = next((k + 1 for k, placed in enumerate(body)
                  if id(placed) not in opening and not placed.keep_next), len(body))
    return max(start, floor)


def _slot_of(placed: Placed, pitch: float) -> int:
    """The grid line a 3号 line stands on, on a page of ``pitch``."""
    return round((BODY_TOP - ASCENT * SIZE_3 - placed.baseline) / pitch)


def carry_on(flow: Flow, opening: set[int], after: int = 0, count: int = CARRIED) -> None:
    """Start a new page and carry on to it the current page's last ``count`` (two) 正文 lines
    (see ``_carry_start``) with the 附件说明 after them, at the same distances; when no 正文
    line may go, the 附件说明 alone, so the 署名 does not stand alone. A page of 附件说明 only (a
    list longer than a page) gives its last two lines, an entry kept whole. ``after``: the
    lines that follow them on the new page (the 署名's), which choose what goes
    (``_tail_to_carry``)."""
    previous, old_pitch, old_lines = flow.page, flow.pitch, flow.lines
    flow.carried += (len(flow.pages) - 1,)
    flow.new_page()
    texts = [p for p in previous.texts if p.kind in ("body", "attachment")]
    carried = _tail_to_carry(texts, opening, after, count, old_pitch, old_lines, flow.lines)
    if not carried:
        return
    first = _slot_of(carried[0], old_pitch)
    for placed in carried:
        previous.texts.remove(placed)
        slot = _slot_of(placed, old_pitch) - first
        placed.baseline = baseline_for_top(slot_top(slot, flow.pitch), SIZE_3)
        flow.page.texts.append(placed)
    flow.slot = _slot_of(carried[-1], flow.pitch) + 1


def _tail_to_carry(texts: list[Placed], opening: set[int], after: int, count: int,
                   pitch: float, lines: int, next_lines: int) -> list[Placed]:
    """The last of ``texts`` (a page's 正文 and 附件说明 lines, on a page of ``lines`` at
    ``pitch``) to carry on before the ``after`` lines of the 署名 (none: ``count`` 正文 lines
    and all after them). The first that fits the next page (``next_lines``) with them and
    leaves this page's foot no emptier than they and ``FOOT_SPARE``, of: the 正文's last two
    lines with the 附件说明 after them; its last line with it; the 附件说明's last two lines (an
    entry whole) without 正文 (§7.3.5.1: the seal within a line of the 附件说明) — no foot
    emptier than ``FOOT_MAX`` either. Else, of those that fit, the one leaving the least empty
    (a tall joint 署名 with no 附件说明: it needs more room than tightening made)."""
    least = texts[_carry_start(texts, set()):]  # the last two lines, an entry kept whole
    if not any(p.kind == "body" for p in texts):
        return least
    options = [_with_text(texts, opening, k) for k in dict.fromkeys((count, 1))]
    if not after or not options[0]:
        return options[0]  # nothing may go but page 1's only 正文 line: nothing goes
    if any(p.kind == "attachment" for p in options[0]) and len(least) < len(options[-1]):
        options.append(least)

    def fits(tail: list[Placed]) -> bool:
        span = _slot_of(tail[-1], pitch) - _slot_of(tail[0], pitch) + 1 if tail else 0
        return span + after <= next_lines or not any(p.kind == "attachment" for p in tail)

    def foot(tail: list[Placed]) -> int:
        return lines - _slot_of(tail[0], pitch) if tail else 0

    limit = _foot_limit(after)
    fitting = [tail for tail in options if tail and fits(tail)]
    return next((tail for tail in fitting if foot(tail) <= limit),
                min(fitting, key=foot) if fitting else least)


def _foot_limit(after: int) -> int:
    """The empty lines a page's foot may keep before a 署名 block of ``after`` lines."""
    return min(after + FOOT_SPARE, FOOT_MAX)


def _with_text(texts: list[Placed], opening: set[int], count: int = CARRIED) -> list[Placed]:
    """The tail of ``texts`` (a page's 正文 and 附件说明 lines) that goes on with the 署名 when
    正文 goes with it: the 正文's last ``count`` lines (``_carry_start``) and all after them;
    when no 正文 line may go (page 1 keeps its only one), the 附件说明 after it alone; none for
    no 正文."""
    body = [p for p in texts if p.kind == "body"]
    if not body:
        return []
    start = _carry_start(body, opening, count)
    last = body[start] if start < len(body) else body[-1]
    return texts[next(k for k, p in enumerate(texts) if p is last) + (start == len(body)):]


def _foot_if_carried(flow: Flow, opening: set[int], count: int) -> int:
    """The empty lines the current page would keep at its foot were its 正文's last ``count``
    lines carried on (``_with_text``) now."""
    texts = [p for p in flow.page.texts if p.kind in ("body", "attachment")]
    whole = _with_text(texts, opening, count)
    return flow.lines - (_slot_of(whole[0], flow.pitch) if whole else flow.slot)


def closing_lines(data: DocumentData, face: str, track: float, em: float, pitch: float) -> int:
    """The lines the 署名, 成文日期 and 附注 take with the blank lines over them."""
    signature = place_signature(data, face, track, em, pitch)
    if not signature:
        return 0
    return (2 if data.sealed else 1) + len(signature) + note_lines(data, face, track, em)


def place_attachments(flow: Flow, items: list[str], face: str, track: float, em: float,
                      opening: set[int], after: int = 0) -> None:
    """The 附件说明 (§7.3.4), one blank line under the 正文, two characters in: “附件：1．…”, the
    entries aligned. Kept whole on one page: when it does not fit under the 正文 it goes on
    with the 正文's last lines (``carry_on``), as the 署名 would carry them after it; only a
    list longer than a page breaks, between entries — and so does one that, with the 正文's
    last lines carried and the ``after`` lines of the 署名, would not fit the next page either
    (the 署名 takes its last entry along then: carrying it whole left a page half empty), and
    a list of several entries whose carrying on with the 正文's last lines would leave the
    page's foot emptier than the ``after`` lines and ``FOOT_SPARE`` (or ``FOOT_MAX``): it starts under the 正文
    and runs over the page turn (that page then tried set tighter, as a page whose lines went
    on). Its lines are no 正文 (kind "attachment"), but the 署名 may stand under them (§7.3.5.1:
    the seal “上距正文（或附件说明）一行之内”)."""
    if not items:
        return
    label = "附件："
    label_w = text_width(label, face, SIZE_3, track) + track
    indent = 2 * em + label_w
    entries = []
    for k, item in enumerate(items):
        prefix = f"{k + 1}." if len(items) > 1 else ""
        runs = [Run((label if k == 0 else "") + prefix + item.rstrip("。．.，,；;"), face, SIZE_3)]
        number_w = text_width(prefix, face, SIZE_3, track) + (track if prefix else 0)
        entries.append((runs, 2 * em if k == 0 else indent, indent + number_w))
    lines = sum(len(wrap_runs(runs, BODY_WIDTH - hanging, track, first_width=BODY_WIDTH - first,
                              squeeze=True)) for runs, first, hanging in entries)
    page = len(flow.pages) - 1
    if flow.slot > 0 and flow.slot + 1 + lines > flow.lines and 1 + lines <= flow.lines \
            and CARRIED + 1 + lines + after <= flow.lines:
        # the 正文's last two lines with it, else its last one, when that leaves the foot no
        # emptier than the 署名 and FOOT_SPARE (nor FOOT_MAX); else a list of several breaks
        # (a 纪要's, with no 署名 after it: the 正文's last two lines with it, as ever)
        limit = _foot_limit(after) if after else flow.lines
        count = next((k for k in (CARRIED, 1) if _foot_if_carried(flow, opening, k) <= limit),
                     1 if len(entries) == 1 else 0)
        if count:
            carry_on(flow, opening, count=count)
            page = len(flow.pages) - 1
    flow.blank(1)
    for runs, first, hanging in entries:
        flow.paragraph(runs, first_indent=first, hanging=hanging, kind="attachment",
                       keep_together=True)  # one entry on one page (…巩固提 / 升阶段 split it)
    if len(flow.pages) - 1 > page and page not in flow.carried:
        flow.carried += (page,)  # broken over the page turn: tried set tighter (§7.3.5.5)


def place_closing(flow: Flow, data: DocumentData, face: str, track: float, em: float,
                  opening: set[int]) -> None:
    """Place the 署名, 成文日期 and 附注 after the text. ``opening``: ids of the 主送's lines."""
    signature = place_signature(data, face, track, em, flow.pitch)
    if signature:
        # the seal's top comes within a line of the text; 署名 and date sit under its centre
        blank_before = 2 if data.sealed else 1
        needed = blank_before + len(signature) + note_lines(data, face, track, em)
        # (not under a row of joint seals, each centred on its 署名: it would press the text)
        over = flow.slot + needed - flow.lines
        if over == 1 and not joint_sealed(data):
            blank_before -= 1  # squeeze one blank line rather than break the page
            needed -= 1
        if flow.slot + needed > flow.lines:
            # never leave the 署名 alone on a page: carry the last two 正文 lines with it, and
            # the 附件说明 after them, keeping the blank line between them
            carry_on(flow, opening, needed)
        flow.blank(blank_before)
        for k, line in enumerate(signature):  # one text a line, or several side by side
            if not line:  # between rows of joint seals; none at the top of a page
                flow.slot += 1 if flow.slot else 0
                continue
            if not k or not signature[k - 1]:
                # a row of seals too many for one page: the next row starts the next page
                # (the first too, rather than run under the 版心)
                rows = len(list(itertools.takewhile(bool, signature[k:])))
                if flow.slot and flow.slot + rows > flow.lines:
                    flow.new_page()
            for text, x in line:
                flow.page.texts.append(
                    Placed(
                        text_line(text, face, SIZE_3, track),
                        x,
                        baseline_for_top(slot_top(flow.slot, flow.pitch), SIZE_3),
                        track,
                        "signature",
                    )
                )
            flow.slot += 1

    # 附注: in parentheses, two characters in, the line after the date
    note = note_text(data)
    if note:
        lines = note_lines(data, face, track, em)
        if not signature and flow.slot and flow.slot + lines > flow.lines:
            # no 署名 to take it along (a 纪要's): the 正文's last lines go on with the 附注
            # rather than leave it alone on a page (and the page is tried set tighter first)
            carry_on(flow, opening, lines)
        flow.paragraph([Run(note, face, SIZE_3)], left=LEFT_MARGIN, first_indent=2 * em,
                       kind="note", keep_together=True)
