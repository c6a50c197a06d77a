"""The 公文's 标题 (GB/T 9704 §7.3.1): 2号小标宋, centred, on one or more balanced lines broken
only between words (``titles.compose_title``; a run of Latin letters and digits, AI+5G, is one
word of ``words.title_words``) and never split across pages: the 标题, the 主送 and at least
the 正文's first line stand on page 1 (§7.3.3). A title too long for that is refused with what
to do, never printed split.

A joint 公文 (联合行文, 上行文 or 下行文) whose 版头 of every organ's name leaves page 1 no room
for that prints its 标志 with the 主办机关's name alone (GB/T 9704-2012 §7.2.4: the 联署发文机关's
names are shown “如需”; the 1999 standard: 联合行文机关过多 — 必须保证公文首页显示正文; 条例
第九条), saying so (``lead_note``) and that a shorter title keeps every name; refused only
when even that head leaves no room, saying so."""

from __future__ import annotations

import dataclasses
import functools

from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.printing.gbt9704.flow import Composed
from officedesk.printing.gbt9704.geometry import DocumentData
from officedesk.printing.layout import Line, Run, text_width
from officedesk.printing.titles import compose_title


def title_lines(title: str, face: str, size: float, width: float, widest: float,
                organs: tuple[str, ...] = ()) -> list[Line]:
    """The title broken into balanced lines of ``width`` (``titles.compose_title``: words
    whole, a run of Latin letters and digits one word, and the document's ``organs`` named in
    it: 中共某某市委办公室某某市人民政府办公室关于…, never 某某 / 市人民政府办公室), a line as
    wide as ``widest`` (the 版心) only to hold a 《》 title whole."""
    parts = _title_parts(title, face, size, width, widest, organs)
    return [Line([Run(part, face, size)], text_width(part, face, size, 0.0),
                 last=k == len(parts) - 1) for k, part in enumerate(parts)]


@functools.lru_cache(maxsize=8)
def _title_parts(title: str, face: str, size: float, width: float, widest: float,
                 organs: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The title's lines, kept while one document is composed (forget_titles): its layout is
    tried again and again (tighter pages, a shorter title), the title's lines the same each time."""
    return tuple(compose_title(title, face, size, width, 0.0, keep=organs, widest=widest))


def forget_titles() -> None:
    """Before a document is composed: the office's terms or faces may have changed since."""
    _title_parts.cache_clear()


def title_pages(composed: Composed) -> set[int]:
    return {k for k, page in enumerate(composed.pages)
            for placed in page.texts if placed.kind == "title"}


def first_page_short(composed: Composed) -> bool:
    """The title runs past page 1, or page 1 holds no 正文 (the 主送 and the 正文's opening
    went on) while a later page does."""
    pages = composed.pages
    if title_pages(composed) - {0}:
        return True
    has_body = [any(t.kind == "body" for t in page.texts) for page in pages]
    return not has_body[0] and any(has_body[1:])


def lead_organ_head(data: DocumentData) -> DocumentData | None:
    """The joint 公文 (上行文 or 下行文) with its 标志 of the 主办机关 (the first organ) alone,
    still in “文件” style; None when its 标志 is not one of several organs' names (a 信函, 命令
    or 纪要 prints one name already, a ``mark_text`` is the office's own). Before, a 下行文 was
    refused, never told that its 主办机关 alone would fit: five organs' stacked names leave a
    three-line title no room as 签发人 rows do."""
    organs = [o for o in data.organs if o.strip()]
    if data.variant != "document" or data.mark_text or len(organs) < 2:
        return None
    return dataclasses.replace(data, organs=organs[:1])


def lead_note(organ: str, upward: bool = True) -> str:
    """What the clerk is told of a joint 公文 printed with the 主办机关's name alone: the
    签发人 of an 上行文, the 署名 of either, still every organ's."""
    if not upward:
        return text("联合发文机关较多，版头列出全部机关名称时首页放不下标题和正文：发文机关标志只用主办"
                    "机关名称“%1”（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），"
                    "署名仍列出全部发文机关。如需列出全部机关名称，请缩短标题。", organ)
    return text("联合发文机关较多，版头列出全部机关名称时首页放不下标题和正文：发文机关标志只用主办"
                "机关名称“%1”（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），"
                "签发人仍按发文机关顺序全部列出。"
                "如需列出全部机关名称，请缩短标题。", organ)


def refusal(lines: int, fit: int, per_line: int, head: bool = False,
            alone: bool = False) -> ValidationError:
    """Why the title cannot be printed, and what to do: shorten it to ``fit`` lines. ``head``:
    the 版头 (a 标志 of many organs, rows of 签发人) leaves page 1 room for no more than ``fit``
    lines of title and none for the 主送 and the 正文 — none for the title at all when ``fit``
    is 0. ``alone``: counted with the 标志 of the 主办机关 alone (a joint 公文), so saying that
    even that head is too tall."""
    if head and not fit:
        return ValidationError(
            text("版头太高：即使发文机关标志只用主办机关名称，发文机关标志和签发人也占满首页，标题放不下（GB/T 9704 "
                 "第7.3.3条：首页应显示正文，标题不跨页）。请减少联合发文机关或签发人，再打印。") if alone else
            text("版头太高：发文机关标志和签发人占满首页，标题放不下（GB/T 9704 第7.3.3条：首页应显示正文，"
                 "标题不跨页）。请减少联合发文机关或签发人，再打印。"), "title")
    if head:
        return ValidationError(
            text("标题太长：排成 %1 行，即使发文机关标志只用主办机关名称，首页在版头下只放得下 %2 行标题（GB/T 9704 "
                 "第7.3.3条：标题不跨页；版头已占去首页，主送和正文从第2页开始）。请把标题缩短到 %2 行以内（每行约 %3 字），"
                 "或减少联合发文机关、签发人，再打印。", lines, fit, per_line) if alone else
            text("标题太长：排成 %1 行，首页在版头下只放得下 %2 行标题（GB/T 9704 第7.3.3条：标题不跨页；版头已占去首页，"
                 "主送和正文从第2页开始）。请把标题缩短到 %2 行以内（每行约 %3 字），或减少联合发文机关、签发人，再打印。",
                 lines, fit, per_line), "title")
    return ValidationError(
        text("标题太长：排成 %1 行，即使发文机关标志只用主办机关名称，首页放不下标题、主送和正文第一行（GB/T 9704 "
             "第7.3.3条：首页应显示正文，标题不跨页）。请把标题缩短到 %2 行以内（每行约 %3 字），再打印。",
             lines, fit, per_line) if alone else
        text("标题太长：排成 %1 行，首页放不下标题、主送和正文第一行（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。"
             "请把标题缩短到 %2 行以内（每行约 %3 字），再打印。", lines, fit, per_line), "title")


def recipients_moved_note(lines: int) -> str:
    """What the clerk is told of a 主送 of ``lines`` lines printed in the 版记 (GB/T 9704
    §7.3.2), and what a refusal after it starts with."""
    return text("主送机关较多，排成 %1 行，首页放不下标题、主送和正文：按 GB/T 9704 第7.3.2条，主送机关移至版记，"
                "排在抄送机关之上。", lines)

