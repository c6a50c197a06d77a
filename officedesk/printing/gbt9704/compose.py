"""Composition of a 公文 into pages: the red 标志 (``mark``), 份号/密级/紧急程度, 发文字号 and
签发人, the title, 主送, the body, 附件说明, 署名 and 成文日期 (their places: ``signature``), 附注,
版记 (``pagination``) and page numbers."""

from __future__ import annotations

import dataclasses
import re

from reportlab.lib.units import mm

from officedesk.core import settings
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import joined
from officedesk.printing import fonts, print_notes
from officedesk.printing.gbt9704.closing import closing_lines, place_attachments, place_closing
from officedesk.printing.gbt9704.flow import (
    Composed,
    Flow,
    Placed,
    Rule,
    blank_gap,
    text_line,
)
from officedesk.printing.gbt9704.geometry import (
    BODY_RIGHT,
    BODY_TOP,
    BODY_WIDTH,
    COMMAND_MARK_OFFSET,
    LEFT_MARGIN,
    LETTER_MARK_TOP,
    LINES_PER_PAGE,
    MARK_OFFSET,
    PAGE_HEIGHT,
    RED,
    RED_RULE_STAR,
    SIZE_2,
    SIZE_3,
    SIZE_4,
    TIGHT_LINES_MAX,
    UPWARD_MARK_OFFSET,
    DocumentData,
    baseline_for_top,
    line_pitch,
    page_number_baseline,
    paragraph_runs,
    slot_top,
    tracking,
)
from officedesk.printing.gbt9704.mark import draw_mark, letter_rules
from officedesk.printing.gbt9704.signed_page import (
    signature_alone,
    signature_lead_note,
    signature_refusal,
    signed_page,
)
from officedesk.printing.gbt9704.signers import place_signers
from officedesk.printing.gbt9704.title import (
    first_page_short,
    forget_titles,
    lead_note,
    lead_organ_head,
    recipients_moved_note,
    refusal,
    title_lines,
    title_pages,
)
from officedesk.printing.layout import Run, text_width, wrap_runs


# ---------------------------------------------------------------- composition
def compose(data: DocumentData) -> Composed:
    """Lay the document out on pages (no drawing).

    GB/T 9704 §7.3.5.5: a page that would leave the 署名 and 成文日期 (with the room of the
    印章 and the 附注) alone on the next page, or send its last 正文 lines on with them (a page
    left short: the standard's remedy is 调整行距), or (§7.3.3) a first page that would hold no
    正文 because the 主送 and the 正文's opening went on to page 2, is set tighter — one line
    more on its grid, then two, up to ``TIGHT_LINES_MAX`` — when that keeps them on it; else
    the layout stays as it was (the 署名 carries lines with it, the 主送 starts page 2). A
    署名 that would still stand on a page without 正文 (page 1 cannot give it a line) is never
    printed so (``signed_page``)."""
    fonts.refresh_if_settings_changed()
    forget_titles()
    composed, data = _page_one(data)
    if signature_alone(composed):
        composed = _signed_with_text(data, composed)
    return composed


def _page_one(data: DocumentData) -> tuple[Composed, DocumentData]:
    """The layout whose page 1 shows 正文 (§7.3.2, §7.3.3), and the data it was made from (the
    主送 moved to the 版记, the 标志 of the 主办机关 alone)."""
    composed, tight = _settled(data)
    if data.title and data.variant != "command" and first_page_short(composed):
        # §7.3.2: a 主送 of many organs that leaves page 1 no 正文 goes to the 版记
        many = _recipient_lines(data)
        if many >= MANY_RECIPIENT_LINES:
            data = dataclasses.replace(data, recipients_in_colophon=True)
            composed, tight = _settled(data)
            try:
                shown = _short_first_page(data, composed, tight)
            except ValidationError as refused:
                said = joined([recipients_moved_note(many), refused.args[0]])
                raise ValidationError(said, refused.field) from None
            print_notes.note(recipients_moved_note(many))
            return shown
        return _short_first_page(data, composed, tight)
    return composed, data


def _signed_with_text(data: DocumentData, composed: Composed) -> Composed:
    """The 署名 would stand on a page without 正文 though that page's predecessor was set as
    tight as a page is (§7.3.5.5: 调整行距): a joint 公文 with the 标志 of the 主办机关 alone
    where that keeps it with the 正文, saying so; else refused, saying how short a title would
    leave room (§7.3.5, ``signed_page``)."""
    lead = lead_organ_head(data)
    if lead is not None:
        alone, _tight = _settled(lead)
        if not signature_alone(alone) and not first_page_short(alone):
            print_notes.note(signature_lead_note(lead.organs[0]))
            return alone
    data = lead or data
    lines = sum(t.kind == "title" for page in composed.pages for t in page.texts)
    tightest = {0: TIGHT_LINES_MAX - LINES_PER_PAGE}

    def fits(cut: int) -> bool:
        trial = _compose(data, tightest, cut)
        return not signature_alone(trial) and not first_page_short(trial)

    fit = next((k for k in range(lines - 1, 0, -1) if fits(k)), 0)
    raise signature_refusal((signed_page(composed) or 0) + 1, fit, _title_chars_per_line())


def _title_chars_per_line() -> int:
    """About how many 2号 characters a title's line holds (two characters in on each side)."""
    return int((BODY_WIDTH - 4 * (SIZE_3 + tracking())) // SIZE_2)


# how far the red rule may reach into the top of the first of the two blank lines over the title
RULE_IN_BLANK_LINE = 1 * mm


# a 主送 of this many lines or more is “主送机关名称过多” (§7.3.2) when page 1 shows no 正文
MANY_RECIPIENT_LINES = 3


def _recipient_lines(data: DocumentData) -> int:
    if not data.recipients.strip() or data.recipients_in_colophon:
        return 0
    return len(wrap_runs([Run(data.recipients.strip(), fonts.font(fonts.FANGSONG), SIZE_3)],
                         BODY_WIDTH, tracking()))


def _short_first_page(data: DocumentData, composed: Composed,
                      tight: dict[int, int]) -> tuple[Composed, DocumentData]:
    """Page 1 shows no 正文: the 标志 of the 主办机关 alone where that makes room, else refused
    for a title that a shorter one would let fit (else the layout as it is); with the data
    laid out."""
    if not first_page_short(composed):
        return composed, data
    lead = lead_organ_head(data)
    if lead is None:
        _refuse_long_title(data, composed, tight)
        return composed, data
    # a joint 公文's 版头 of every organ too tall (签发人 rows of an 上行文, the stacked
    # names of a 下行文's many organs): the 标志 of the 主办机关 alone (§7.2.4)
    alone, alone_tight = _settled(lead)
    if not first_page_short(alone):
        print_notes.note(lead_note(lead.organs[0], data.is_upward))
        return alone, lead
    if title_pages(composed) == {0}:
        return composed, data  # the title whole on page 1 under every name, the 主送 on page 2
    _refuse_long_title(lead, alone, alone_tight, alone=True)
    print_notes.note(lead_note(lead.organs[0], data.is_upward))
    return alone, lead


def _settled(data: DocumentData) -> tuple[Composed, dict[int, int]]:
    """The layout with the pages that should hold more (``_stranded``) set tighter where that
    helps, and those pages' extra lines."""
    tight: dict[int, int] = {}
    composed = _compose(data, tight)
    tried: set[int] = set()
    while (page := next((p for p in _stranded(composed) if p not in tried), None)) is not None:
        tried.add(page)  # a page tightens once: only the pages after it move
        for extra in range(1, TIGHT_LINES_MAX - LINES_PER_PAGE + 1):
            trial = _compose(data, {**tight, page: extra})
            if page not in _stranded(trial):
                tight[page] = extra
                composed = trial
                break
    return composed, tight


def _refuse_long_title(data: DocumentData, composed: Composed, tight: dict[int, int],
                       alone: bool = False) -> None:
    """The title, the 主送 and the 正文's first line do not fit page 1 even set tightest: when
    a shorter title would make them fit, refuse, saying to how many lines; else the head alone
    (rows of 签发人 under an 80 mm 标志, a 标志 of many organs) leaves no room and the 主送
    starts page 2 — the title still whole on page 1: one that is not (split, or gone on to
    page 2) is refused, saying to how many lines it would stand there, or that the 版头 leaves
    it no room."""
    lines = sum(t.kind == "title" for page in composed.pages for t in page.texts)
    tightest = {**tight, 0: TIGHT_LINES_MAX - LINES_PER_PAGE}
    per_line = _title_chars_per_line()
    fit = next((k for k in range(lines - 1, 0, -1)
                if not first_page_short(_compose(data, tightest, k))), 0)
    if fit:
        raise refusal(lines, fit, per_line, alone=alone)
    if title_pages(composed) == {0}:
        return
    whole = next((k for k in range(lines - 1, 0, -1)
                  if title_pages(_compose(data, tightest, k)) == {0}), 0)
    raise refusal(lines, whole, per_line, head=True, alone=alone)


def _stranded(composed: Composed) -> list[int]:
    """The indexes of the pages that should hold more: page 1 when it holds no 正文 and page 2
    does (the 主送 went on with it), the page before one where the 署名 stands without 正文,
    and a page whose last 正文 lines went on with the 署名 or the 附件说明 (``carry_on``) or
    whose 附件说明 runs over the page turn (``place_attachments``)."""
    def has_body(index: int) -> bool:
        return any(t.kind == "body" for t in composed.pages[index].texts)

    pages = composed.pages
    out = []
    if len(pages) > 1 and not has_body(0) and has_body(1):
        out.append(0)
    signed = next((k for k, p in enumerate(pages) if any(t.kind == "signature" for t in p.texts)),
                  None)
    if signed and not has_body(signed) and has_body(signed - 1):
        out.append(signed - 1)
    out.extend(page for page in composed.carried if page not in out)
    return out


def corner_lines(copy_number: str, secret: str, urgency: str = "") -> list[tuple[str, str]]:
    """The 版头's top-left elements as (text, face), one a line in their order (GB/T 9704
    §7.2.1–7.2.3): the 份号 in six 3号 digits, the 密级★保密期限 and the 紧急程度 in 3号黑体.
    Only the first page carries them; every paper laid out as a 公文 takes them from here."""
    corner: list[tuple[str, str]] = []
    if copy_number:
        digits = re.sub(r"\D", "", str(copy_number))
        corner.append((digits.zfill(6) if digits else str(copy_number), fonts.font(fonts.FANGSONG)))
    if secret:
        corner.append((secret, fonts.font(fonts.HEITI)))
    if urgency:
        corner.append((urgency, fonts.font(fonts.HEITI)))
    return corner


def _compose(data: DocumentData, tight: dict[int, int], title_cut: int | None = None) -> Composed:
    """Lay the document out with the pages of ``tight`` set tighter (``Flow``); ``title_cut``:
    only the title's first lines (to find how many would fit)."""
    track = tracking()
    fang = fonts.font(fonts.FANGSONG)
    hei = fonts.font(fonts.HEITI)
    kai = fonts.font(fonts.KAITI)
    title_face = fonts.font(fonts.TITLE)
    title_bold = fonts.fake_bold(fonts.TITLE)
    em = SIZE_3 + track  # one character cell
    flow = Flow(line_pitch(), track, tight)
    pitch = flow.pitch  # page 1's
    page = flow.page

    secret = data.secret_level + (f"★{data.secret_period}" if data.secret_period else "")
    corner = corner_lines(data.copy_number, secret if data.secret_level else "", data.urgency)

    if data.variant == "letter":
        mark_bottom = draw_mark(page, data, PAGE_HEIGHT - LETTER_MARK_TOP)
        rule_y = mark_bottom - 4 * mm
        page.rules.extend(letter_rules(rule_y))
        flow.snap_to(rule_y - 1.5 * mm - (pitch - SIZE_3))
        first = flow.slot
        before = len(page.texts)
        for text, face in corner:
            flow.place(text_line(text, face, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH)
        if data.doc_number:
            flow.slot = first
            flow.place(
                text_line(data.doc_number, fang, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH, "right"
            )
            flow.slot = max(flow.slot, first + len(corner))
        # the first of them 7/8 of a 3号 character under the thin rule (GB/T 9704 §10.1), not
        # where the grid would put it
        shift = baseline_for_top(rule_y - 1.5 * mm - 0.175 * mm - 7 / 8 * SIZE_3, SIZE_3) \
            - baseline_for_top(slot_top(first, pitch), SIZE_3)
        for placed in page.texts[before:]:
            placed.baseline += shift
        flow.blank(1)
    else:
        for text, face in corner:
            flow.place(text_line(text, face, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH)
        if data.is_upward and data.variant == "document":
            offset = float(settings.get(UPWARD_MARK_OFFSET.key)) * mm
        elif data.variant == "command":
            offset = COMMAND_MARK_OFFSET
        else:
            offset = MARK_OFFSET
        mark_bottom = draw_mark(page, data, BODY_TOP - offset)
        # 发文字号 (and 签发人) two blank lines under the 标志
        number_top = mark_bottom - blank_gap(2, pitch)
        flow.snap_to(number_top)
        signers = [s for s in data.signers if s.strip()] if data.is_upward else []
        if data.variant == "command":
            # 令号 two blank lines under the 标志, the text two blank lines under it; no rule
            if data.doc_number:
                flow.place(text_line(data.doc_number, fang, SIZE_3, track), LEFT_MARGIN,
                           BODY_WIDTH, "center")
            flow.blank(2)
        elif data.variant == "minutes":
            if data.doc_number:
                flow.place(
                    text_line(data.doc_number, fang, SIZE_3, track),
                    LEFT_MARGIN,
                    BODY_WIDTH,
                    "center",
                )
        elif signers:
            place_signers(flow, signers, data.doc_number, fang, kai, track, em)
        elif data.doc_number:
            flow.place(
                text_line(data.doc_number, fang, SIZE_3, track), LEFT_MARGIN, BODY_WIDTH, "center"
            )
        if data.variant != "command":
            number_bottom = slot_top(flow.slot - 1, pitch) - SIZE_3 if flow.slot else number_top
            if not (data.doc_number or signers):
                number_bottom = mark_bottom - blank_gap(0, pitch)
            rule_y = number_bottom - 4 * mm
            star = bool(settings.get(RED_RULE_STAR.key)) and data.variant == "document"
            page.rules.append(Rule(LEFT_MARGIN, BODY_RIGHT, rule_y, 0.75 * mm, RED, star))
            # the title two blank lines under the rule (§7.3.1): two lines of the grid with no
            # text on them. The rule, 4 mm under the 发文字号 (§7.2.7), falls in the gap between
            # its line and the next on the 22-line grid, but a few tenths of a millimetre into
            # the next line's top on a page set tighter (24 lines: its gap is 3.7 mm); that line
            # is blank all the same — the title does not drop a third line for it
            flow.snap_to(rule_y - blank_gap(2, pitch) + (pitch - SIZE_3) + RULE_IN_BLANK_LINE)

    # 标题: 2号小标宋, centred, wrapped on several lines (a 令 has none)
    if data.title and data.variant != "command":
        lines = title_lines(data.title, title_face, SIZE_2, BODY_WIDTH - 4 * em, BODY_WIDTH,
                            tuple(dict.fromkeys([*data.organs, *data.signer_organs])))
        for line in lines[:title_cut]:
            flow.place(line, LEFT_MARGIN, BODY_WIDTH, "center", "title", fake_bold=title_bold)

    # 正文: a heading of its own line (and a run of them) goes with the first line of the text
    # after it, never alone at the foot of a page
    from officedesk.printing.pagination import heading_chain_lines, opening_lines

    paragraphs = [p.strip() for p in data.body.splitlines() if p.strip()]
    opening: set[int] = set()
    if data.title and data.variant != "command":
        # a blank line under the title; none when only without it the 主送 and the 正文's
        # opening still stand on page 1 (GB/T 9704 §7.3.3: the first page shows 正文)
        head = opening_lines(paragraphs, track, em)
        if data.recipients and head and not data.recipients_in_colophon:
            head += len(wrap_runs([Run(data.recipients, fang, SIZE_3)], BODY_WIDTH, track))
        squeeze = (len(flow.pages) == 1 and head
                   and flow.slot + 1 + head > flow.lines >= flow.slot + head)
        flow.blank(0 if squeeze else 1)

    # 主送机关: never the last line of a page, it goes with the 正文's opening
    if data.recipients and not data.recipients_in_colophon:
        recipients = data.recipients.rstrip()
        if not recipients.endswith(("：", ":")):
            recipients += "："
        recipients = recipients[:-1] + "：" if recipients.endswith(":") else recipients
        before = len(flow.page.texts)
        flow.paragraph([Run(recipients, fang, SIZE_3)], kind="body",
                       keep_with=opening_lines(paragraphs, track, em))
        opening = {id(placed) for placed in flow.page.texts[before:]}

    for k, paragraph in enumerate(paragraphs):
        runs = paragraph_runs(paragraph)
        chain = heading_chain_lines(paragraphs, k, track, em)
        if chain and flow.slot > 0 and flow.slot + chain > flow.lines:
            flow.new_page()
        before = len(flow.page.texts)
        flow.paragraph(runs, first_indent=2 * em, kind="body")
        if chain:
            for placed in flow.page.texts[before:]:
                placed.keep_next = True

    # 附件说明: whole on one page, with the 正文's last line(s) when it goes on
    closing = closing_lines(data, fang, track, em, flow.pitch) if data.variant != "minutes" else 0
    place_attachments(flow, [a.strip() for a in data.attachments if a.strip()], fang, track, em,
                      opening, closing)

    # 纪要: 出席 / 请假 / 列席
    if data.variant == "minutes":
        lists = [("出席", data.attendees), ("请假", data.absentees), ("列席", data.observers)]
        lists = [(label, names.strip()) for label, names in lists if names.strip()]
        if lists:
            flow.blank(1)
        for label, names in lists:
            listed = label + "："
            head_w = text_width(listed, hei, SIZE_3, track) + track
            # the names start at one x on every line; the label, two characters in, is not
            # letter-spaced with the names when their first line is justified
            flow.paragraph(
                [Run(names, fang, SIZE_3)],
                first_indent=2 * em + head_w,
                hanging=2 * em + head_w,
                kind="body",
                head=Run(listed, hei, SIZE_3),
                head_indent=2 * em,
            )

    # 署名, 成文日期 and 附注
    place_closing(flow, data, fang, track, em, opening)

    # 版记 at the bottom of the last even page (封四), blank page before it when needed
    from officedesk.printing.pagination import place_colophon

    unnumbered = place_colophon(flow, data, flow.base_pitch)

    # page numbers "— N —": odd pages right, even pages left, one character in; none on a
    # blank page before the 版记 and on the 版记 page after it (GB/T 9704 §7.5)
    song = fonts.font(fonts.SONG)
    for index, cpage in enumerate(flow.pages):
        number = index + 1
        if data.variant == "letter" and number == 1:
            continue
        if index in unnumbered:
            continue
        cpage.number = number
        text = f"— {number} —"
        width = text_width(text, song, SIZE_4, 0.0)
        x = BODY_RIGHT - SIZE_4 - width if number % 2 else LEFT_MARGIN + SIZE_4
        cpage.texts.append(
            Placed(
                text_line(text, song, SIZE_4, 0.0),
                x,
                page_number_baseline(SIZE_4),
                0.0,
                "page-number",
            )
        )
    return Composed(flow.pages, data.title, flow.carried)
