"""A 简报 item's title of two lines is broken between words into balanced lines, as a 公文's
title is (GB/T 9704 §7.3.1): the demo's 每日要情 printed “我县探索“一线工作法”模式推动基层党组织
标准化建 / 设” — a word cut and one character alone on the last line. Measured in the PDF with
PyMuPDF (the items' 18 pt rows)."""

from __future__ import annotations

import pytest

from officedesk.core.info.printed_items import PrintedItem
from officedesk.printing.common import render_forms
from officedesk.printing.info_issue import HEADING_SIZE, compose_issue
from tests.printing.conftest import open_pdf, spans
from tests.printing.test_form_heading_at_foot import _issue

TEXT = "县委组织部在基层党组织标准化建设中探索形成工作模式，相关问题办结率达74%。"


def _title_rows(pdf) -> list[tuple[str, float]]:
    rows: dict[tuple[int, int], list] = {}
    for k, page in enumerate(pdf):
        for s in spans(page):
            if abs(s.size - HEADING_SIZE) < 0.05:
                rows.setdefault((k, round(s.origin_y)), []).append(s)
    return [("".join(x.text for x in sorted(r, key=lambda s: s.x0)),
             max(x.x1 for x in r) - min(x.x0 for x in r)) for _, r in sorted(rows.items())]


@pytest.mark.parametrize(("title", "words"), [
    ("我县探索“一线工作法”模式推动基层党组织标准化建设", ["标准化建设", "“一线工作法”"]),
    ("龙泉镇探索“四议两公开”模式推动基层党建“整乡推进”", ["“整乡推进”", "“四议两公开”"]),
    ("县住房和城乡建设局探索“一线工作法”模式推动城镇老旧小区改造", ["县住房和城乡建设局", "老旧小区"]),
])
def test_an_item_title_breaks_between_words_into_balanced_lines(db, title, words):
    item = PrintedItem(title, TEXT, "县委组织部")
    rows = _title_rows(open_pdf(render_forms([compose_issue(_issue(), [], [item])])))
    assert "".join(text for text, _ in rows) == title
    assert len(rows) == 2, rows
    for word in words:
        assert any(word in text for text, _ in rows), (word, rows)
    widths = [width for _, width in rows]
    assert min(widths) > max(widths) / 2, rows  # no short stray last line
    assert widths[-1] <= widths[0] + HEADING_SIZE / 4, rows  # 梯形: never the last the longest
