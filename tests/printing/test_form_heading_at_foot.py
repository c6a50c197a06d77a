"""The papers that flow text as forms (``common.FormDocument``: the 简报, the 信访 答复意见书)
never end a page with a heading of its own line (一、, （一）, 1., （1）) and its text on the
next: it goes on with the first line under it, as the 公文's does (test_heading_at_foot,
pagination.heading_run). A 简报 item's title goes on with its opening headings and their text.
Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import json
import types

import pytest

from officedesk.core.info.printed_items import PrintedItem
from officedesk.printing.common import SIZE_3, FormDocument, render_forms
from officedesk.printing.info_issue import compose_issue
from tests.printing.conftest import open_pdf, spans

TEXT = "内容" * 30  # two or three lines


def page_lines(pdf) -> list[list[str]]:
    """Each page's 3号 lines, top to bottom (a 简报 item's 18 pt title and the footers left out)."""
    out = []
    for page in pdf:
        rows: dict[float, str] = {}
        for s in spans(page):
            if abs(s.size - SIZE_3) < 0.1:
                rows[round(s.top, 1)] = rows.get(round(s.top, 1), "") + s.text
        out.append([text for _top, text in sorted(rows.items())])
    return out


def assert_kept(pages: list[list[str]], heading: str, label: object) -> None:
    where = [(k, i) for k, lines in enumerate(pages) for i, text in enumerate(lines)
             if text == heading]
    assert len(where) == 1, (label, pages)
    k, i = where[0]
    assert i + 1 < len(pages[k]), (label, heading, "heading at the foot of a page", pages[k][-3:])


def _issue() -> types.SimpleNamespace:
    head = {"unit": "中共云岭县委办公室", "send_up": "市委办公室", "send_to": "县委常委",
            "send_down": "各乡镇党委"}
    return types.SimpleNamespace(
        periodical=types.SimpleNamespace(name="云岭信息"), state="已印发", year=2026, seq=3,
        total=103, issued_on=None, printed_head=json.dumps(head, ensure_ascii=False))


@pytest.mark.parametrize("heading", ["一、总体要求", "（二）加强组织领导", "1.强化责任落实"])
def test_a_heading_in_a_bulletin_item_goes_on_with_its_text(db, heading):
    for before in range(0, 20):
        content = "\n".join(["测" * 40 + "。"] * before + [heading, TEXT, "测" * 40 + "。"])
        doc = compose_issue(_issue(), [], [PrintedItem("云岭县信息标题", content, "县农业农村局")])
        pages = page_lines(open_pdf(render_forms([doc])))
        assert_kept(pages, heading, before)
        k = next(k for k, lines in enumerate(pages) if heading in lines)
        assert pages[k][pages[k].index(heading) + 1].startswith("内容"), (before, pages[k])


def test_a_bulletin_item_title_goes_on_with_its_opening_headings(db):
    """Title, 一、 and （一） over the first line of text: none of them ends a page alone."""
    for before in range(0, 24):
        first = PrintedItem("前一条信息", "\n".join(["测" * 40 + "。"] * before), "县林业局")
        second = PrintedItem("云岭县第二条信息", "\n".join(["一、总体要求", "（一）加强组织领导",
                                                        TEXT]), "县农业农村局")
        pdf = open_pdf(render_forms([compose_issue(_issue(), [], [first, second])]))
        pages = page_lines(pdf)
        for heading in ("一、总体要求", "（一）加强组织领导"):
            assert_kept(pages, heading, before)
        # the item's title stands on the page of its first heading
        k = next(k for k, lines in enumerate(pages) if "一、总体要求" in lines)
        assert "云岭县第二条信息" in pdf[k].get_text(), before


def test_form_paragraphs_keep_a_run_of_headings_with_the_text_under_them():
    for before in range(0, 26):
        doc = FormDocument(title="信访事项答复意见书", body_size=SIZE_3)
        doc.paragraphs(["测" * 40 + "。"] * before + ["一、关于补偿款", "（一）发放标准", TEXT],
                       size=SIZE_3, indent_chars=2, leading=1.75)
        pages = page_lines(open_pdf(doc.render()))
        assert_kept(pages, "一、关于补偿款", before)
        assert_kept(pages, "（一）发放标准", before)


def test_a_list_of_entries_is_no_heading():
    """1.县财政局 / 2.县发改局 is a list: its entries run over a page turn as text does."""
    entries = [f"{n}.云岭县第{n}中学" for n in range(1, 30)]
    doc = FormDocument(body_size=SIZE_3)
    doc.paragraphs(entries, size=SIZE_3, indent_chars=2, leading=1.75)
    pages = page_lines(open_pdf(doc.render()))
    assert len(pages) == 2
    rows = (doc.top - doc.bottom) // (SIZE_3 * 1.75)
    assert len(pages[0]) == rows  # page 1 full: nothing pushed over


def test_a_bulletin_item_source_never_stands_alone_on_a_page(db):
    """The item's source line “（县农业农村局）” goes on with its text's last line: an issue
    printed it alone at the top of page 2, its item ending on page 1 (每日要情 of the demo)."""
    for before in range(0, 24):
        first = PrintedItem("前一条信息", "\n".join(["测" * 40 + "。"] * before), "县林业局")
        second = PrintedItem("云岭县第二条信息", "\n".join(["内容" * 20 + "。"] * 2),
                             "县农业农村局")
        pages = page_lines(open_pdf(render_forms([compose_issue(_issue(), [], [first, second])])))
        for source in ("（县林业局）", "（县农业农村局）"):
            where = [(k, i) for k, lines in enumerate(pages) for i, text in enumerate(lines)
                     if text == source]
            assert len(where) == 1, (before, source, pages)
            k, i = where[0]
            if before or source == "（县农业农村局）":  # an item of no text has no line to keep
                assert i > 0 and not pages[k][i - 1].startswith("（"), (before, source, pages[k])
