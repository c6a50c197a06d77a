"""The 归档文件目录 is one compilation (汇编, 《国家秘密定密管理暂行规定》): every page of it
carries the highest 密级 among all the 件 it lists, whichever section a page shows."""

from __future__ import annotations

import pymupdf

from officedesk.printing import forms

from .helpers import archive_it, incoming_to_done, outgoing_to_distributed


def _top_left(pdf: bytes) -> list[str]:
    """The word at the top left of each page (the 密级 mark, or the title when none)."""
    out = []
    with pymupdf.open(stream=pdf) as doc:
        for page in doc:
            words = sorted(page.get_text("words"), key=lambda w: (round(w[1]), w[0]))
            out.append(words[0][4])
    return out


def test_every_page_of_the_list_carries_the_highest_level(office, secretary):
    archive_it("outgoing", outgoing_to_distributed(secretary, 密级="秘密"), secretary,
               retention="定期30年")
    archive_it("incoming", incoming_to_done(secretary, 密级="机密", 保密期限="20年"), secretary,
               retention="永久")
    archive_it("outgoing", outgoing_to_distributed(secretary, 密级="秘密", 标题="关于另一件事的通知"),
               secretary, retention="定期10年")
    forms.load_all()
    pdf = forms.get("archive-list").build([], secretary, year=2026)
    marks = _top_left(pdf)
    assert len(marks) == 3  # one section a page, numbered through as one 目录
    assert marks == ["机密"] * 3


def test_the_strictest_mark_takes_the_longest_term_at_the_highest_level():
    from officedesk.printing.secrecy import strictest

    assert strictest(["秘密★10年", "机密★10年", "机密★20年", "秘密"]) == "机密★20年"
    assert strictest(["秘密★5年", "秘密★10年"]) == "秘密★10年"
    assert strictest(["机密★10年", "机密★长期"]) == "机密★长期"
    assert strictest(["机密", "秘密★10年"]) == "机密"
    assert strictest(["", ""]) == ""
    # a term that cannot be weighed against the others: the level alone
    assert strictest(["机密★10年", "机密★解密时间2030年"]) == "机密"
