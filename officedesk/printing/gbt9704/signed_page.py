"""The 署名 and 成文日期 never on a page of their own (GB/T 9704 §7.3.5).

The standard's remedy when the room left under the 正文 cannot hold the 印章 (or 签名章) and the
成文日期 is 调整行距、字距 (§7.3.5.5; ``compose`` sets the page tighter, up to
``TIGHT_LINES_MAX`` lines) — not a page of 署名 and date marked “此页无正文” (GB/T 9704-1999
forbade that mark in words). When no spacing makes room and no 正文 line can go on with
them — page 1's only line of 正文 stays on page 1 (§7.3.3: 首页必须显示正文) — a joint 公文
prints its 标志 with the 主办机关's name alone (《党政机关公文处理工作条例》第九条) when that makes
room, and says so; else the paper is refused, saying how short a title would leave room.

The 署名 under a 附件说明 carried to the next page (page 1's one line of 正文 kept on it) is no
署名 alone: the standard sets its 印章 “上距正文（或附件说明）一行之内” (§7.3.5.1)."""

from __future__ import annotations

from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.printing.gbt9704.flow import Composed


def _has(composed: Composed, index: int, kind: str) -> bool:
    return any(t.kind == kind for t in composed.pages[index].texts)


def signed_page(composed: Composed) -> int | None:
    """The index of the page where the 署名 starts; None for a 公文 without one."""
    return next((k for k in range(len(composed.pages)) if _has(composed, k, "signature")), None)


def signature_alone(composed: Composed) -> bool:
    """The 署名 starts a page (not the first) that holds neither 正文 nor 附件说明 — the page of
    署名 and date (and 附注) §7.3.5 leaves no place for."""
    signed = signed_page(composed)
    if not signed:  # none, or on page 1
        return False
    return not _has(composed, signed, "body") and not _has(composed, signed, "attachment")


def signature_lead_note(organ: str) -> str:
    """What the clerk is told of a joint 公文 printed with the 主办机关's name alone so that the
    署名 stands with the 正文."""
    return text("联合发文机关较多，版头列出全部机关名称时首页的正文之下放不下发文机关署名和成文日期，署名和日期"
                "又不能单独成页（GB/T 9704 第7.3.5条）：发文机关标志只用主办机关名称“%1”"
                "（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），"
                "署名仍列出全部发文机关。如需列出全部机关名称，请缩短标题。", organ)


def signature_refusal(page: int, fit: int, per_line: int) -> ValidationError:
    """Why the 公文 cannot be printed: its 署名 and 成文日期 would stand on page ``page`` (1-based)
    without 正文, and page 1 cannot give them a line. ``fit``: the title's lines that would leave
    room (0: none would)."""
    if fit:
        return ValidationError(
            text("首页放不下发文机关署名和成文日期：首页的正文不能再移到下一页（GB/T 9704 第7.3.3条：首页应显示"
                 "正文），署名和日期就会单独排在第 %1 页，而 GB/T 9704 第7.3.5条不容许只有署名和日期"
                 "（“此页无正文”）的一页。请把标题缩短到 %2 行以内（每行约 %3 字），再打印。",
                 page, fit, per_line), "title")
    return ValidationError(
        text("首页放不下发文机关署名和成文日期：首页的正文不能再移到下一页（GB/T 9704 第7.3.3条：首页应显示"
             "正文），署名和日期就会单独排在第 %1 页，而 GB/T 9704 第7.3.5条不容许只有署名和日期"
             "（“此页无正文”）的一页。请缩短标题，或减少联合发文机关、签发人，再打印；正文在首页多排"
             "一行时，这一行可随署名排到下一页。", page), "title")
