"""The 简报 (an issue of a periodical) composed in GB/T 9704 geometry: 版心 156 × 225 mm, 天头
37 mm, 正文 3号仿宋 on the 公文's line pitch, page numbers “— N —” in 4号宋体 (odd pages right,
even left); the masthead (the periodical's name in red over 期号, 编发单位 and date, a red
rule); the items with their headings; the 版记 (报/送/发, 印发机关 and 印发日期 between rules)
at the foot of the last even page, and no number on a page that holds only the 版记.

An 印发 issue prints its items, 编发单位 and 报/送/发 as they went out (core.info.printed_items);
one still being edited prints the records and settings as they stand, marked 征求意见稿 and 未印发
in place of the date."""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib.units import mm

from officedesk.core.fields import chinese_date
from officedesk.core.info.printed_items import PrintedItem, head_to_print
from officedesk.printing import fonts, secrecy
from officedesk.printing.common import SIZE_3, SIZE_4, FormDocument
from officedesk.printing.efficiency_bulletin import BulletinDocument, head_corner
from officedesk.printing.gbt9704 import RED, line_pitch
from officedesk.printing.layout import Run, text_width, wrap_runs
from officedesk.printing.titles import compose_title

TITLE_SIZE = 40.0  # the periodical's name: large red 小标宋, as 简报 mastheads are
MASTHEAD_LEAST = 26.0  # 一号: a long name is set down to this to stay on one line
HEADING_SIZE = SIZE_3 + 2  # an item's heading
HEADING_LEADING = 1.5
DRAFT_MARK = "征求意见稿"  # an issue not yet 印发: never mistaken for one that went out
NOT_ISSUED = "（未印发）"


def compose_issue(issue: Any, items: list[Any], printed: list[PrintedItem],
                  copy: int | None = None) -> BulletinDocument:
    """The pages of `issue`: `items` its records (for the 密级), `printed` what it prints."""
    from officedesk.core.info import periodicals

    p = issue.periodical
    issued = issue.state == periodicals.ISSUED
    head = head_to_print(issue)  # as it went out, once 印发
    doc = secrecy.mark(BulletinDocument(letter=False), *items)
    draft = "" if issued else DRAFT_MARK
    if doc.secrecy:  # 份号 and 密级 in the 版头 of page 1 only, as a 公文's (GB/T 9704 §7.2)
        doc.copy_number = secrecy.copy_number(secrecy.highest_of(items), copy)
        head_corner(doc, draft, size=SIZE_4, role=fonts.HEITI)
    else:
        doc.pair_line("内部资料  注意保存", draft, size=SIZE_4, role=fonts.HEITI)
    doc.spacer(4)
    size, lines = masthead_lines(doc, p.name)
    for line in lines:
        doc.text(line, align="center", size=size, role=fonts.TITLE, color=RED, leading=1.3)
    doc.spacer(2)
    doc.text(f"{issue.year}年第{issue.seq}期（总第{issue.total}期）", align="center", size=SIZE_3,
             role=fonts.FANGSONG)
    doc.spacer(3)
    day = chinese_date(issue.issued_on) if issued and issue.issued_on else NOT_ISSUED
    doc.pair_line(head.unit, day, size=SIZE_3, role=fonts.FANGSONG)
    doc.rule(2.0, RED)
    doc.spacer(4)
    leading = body_leading()
    for item in printed:
        paragraphs = [p.strip() for p in item.content.splitlines() if p.strip()]
        # a heading never ends a page (README 分页): it goes over with its first two lines, or
        # with the headings it opens with (一、 then （一）) and the first line under them
        opening = doc.keep_lines(paragraphs, 0, SIZE_3, None, 2, most=2) if paragraphs else 0
        if opening >= sum(doc.lines_of(p, SIZE_3, None, 2) for p in paragraphs):
            opening += 1  # all its text: the source line under it goes along
        line = SIZE_3 * leading / mm
        title = item_title_lines(doc, item.title)
        doc.ensure(len(title) * HEADING_SIZE * HEADING_LEADING / mm + 1 + opening * line)
        for part in title:
            doc.text(part, align="center", size=HEADING_SIZE, role=fonts.TITLE,
                     leading=HEADING_LEADING)
        doc.spacer(1)
        # the source line never stands alone at a page's top: the text's last line goes with it
        doc.paragraphs(paragraphs, size=SIZE_3, indent_chars=2, leading=leading, keep_after=line)
        doc.text(f"（{item.unit}）", align="right", size=SIZE_3, role=fonts.KAITI, leading=leading)
        doc.spacer(4)
    body_pages = len(doc.pages)
    doc.colophon(head.unit, issue.issued_on if issued else None,
                 labelled=[("报", head.send_up), ("送", head.send_to), ("发", head.send_down)])
    # a page after the body holds the 版记 alone: it carries no number
    doc.unnumbered |= set(range(body_pages, len(doc.pages)))
    return doc


def masthead_lines(doc: FormDocument, name: str) -> tuple[float, list[str]]:
    """The periodical's name on one line across the 版心: in TITLE_SIZE, or smaller as far as
    MASTHEAD_LEAST when it is long; a name longer still on balanced lines broken between words
    (``titles.compose_title``), never cut greedily inside a word (应急管 / 理)."""
    font = fonts.font(fonts.TITLE)
    wide = text_width(name, font, TITLE_SIZE)
    size = TITLE_SIZE if wide <= doc.width else max(
        MASTHEAD_LEAST, math.floor(TITLE_SIZE * doc.width / wide * 10) / 10)
    return size, compose_title(name, font, size, doc.width) if name else []


def item_title_lines(doc: FormDocument, title: str) -> list[str]:
    """An item's title on balanced lines broken between words, as a 公文's title is
    (``titles.compose_title``: 梯形 or 菱形), in the measure ``FormDocument.heading`` gives
    its titles (a character's room each side); a 《》 title up to the 版心's width."""
    return compose_title(title, fonts.font(fonts.TITLE), HEADING_SIZE, doc.width - 2 * HEADING_SIZE,
                         widest=doc.width) if title else []


def body_leading() -> float:
    """The 正文's leading: the 公文's line pitch (22 lines in the 版心) over 3号."""
    return line_pitch() / SIZE_3


def text_height(doc: FormDocument, text: str, size: float, role: str | None, leading: float,
            align: str = "left", indent_chars: float = 0, most: int | None = None) -> float:
    """The height in mm of ``text`` set as FormDocument.text sets it (its first ``most``
    lines only, when given)."""
    if not text:
        return 0.0
    font = fonts.font(role) if role else doc.body_font
    lines = len(wrap_runs([Run(text, font, size)], doc.width,
                          first_width=doc.width - indent_chars * size, squeeze=align == "left"))
    return min(lines, most or lines) * size * leading / mm
