"""Every title's shape (GB/T 9704 §7.3.1: 标题排列应当使用梯形或菱形，词意完整): lines no longer
than the one above (梯形) or rising to a longer middle and falling again (菱形) — never the
last line the longest; a 《》 title whole on one line when it fits one; a run of Latin letters
and digits (AI+5G, Phase II) never cut. The 公文, the 会议通知 and a form's heading (签到表)
alike, measured in their PDFs."""

from __future__ import annotations

import dataclasses

import pytest

from officedesk.printing import fonts
from officedesk.printing.common import FormDocument
from officedesk.printing.gbt9704 import BODY_WIDTH, SIZE_2
from officedesk.printing.layout import Run, text_width
from officedesk.printing.notice import render_notice
from officedesk.printing.samples import sample_notice
from officedesk.printing.titles import wrap_balanced
from tests.printing.conftest import MM, open_pdf, spans
from tests.printing.test_titles import split_words

# the reviewer's 会议名称 (print18, meeting 217): 87.3 / 100.6 / 107.6 / 123.0 mm, and
# 《云岭县冬春季安全生产 / 攻坚行动方案》
REVIEWED = ("云岭县2026年度城乡供水一体化（Phase II）项目暨《云岭县冬春季安全生产攻坚行动方案》"
            "推进工作会议")
MEETINGS = [
    REVIEWED,
    "全县2026年岁末年初安全生产和冬季森林防火工作会议",
    "云岭县推进人工智能AI+5G智慧城市建设工作推进会暨《云岭县数字政府建设三年行动方案》解读会",
    "全县学习贯彻《中华人民共和国安全生产法》暨2026年度安全生产工作会议",
    "县委常委会2026年第12次会议",
    "全县城乡供水一体化（Phase II）项目建设推进会",
]
BOOKS = ["《云岭县冬春季安全生产攻坚行动方案》", "《云岭县数字政府建设三年行动方案》",
         "《中华人民共和国安全生产法》"]
LATIN = ["AI+5G", "Phase II", "2026年度", "第12次"]


def shaped(widths: list[float], size: float) -> bool:
    """A 梯形 (no line longer than the one above, or none shorter) or a 菱形 (longer to a
    middle line, shorter after it, the first and the last shorter than it): lines within a
    quarter character of each other count as equal. One line is either."""
    tol = size / 4
    steps = list(zip(widths, widths[1:], strict=False))
    if all(b <= a + tol for a, b in steps) or all(b >= a - tol for a, b in steps):
        return True
    peak = max(range(len(widths)), key=lambda k: widths[k])
    return (0 < peak < len(widths) - 1
            and all(b >= a - tol for a, b in zip(widths[:peak], widths[1:peak + 1], strict=False))
            and all(b <= a + tol for a, b in zip(widths[peak:], widths[peak + 1:], strict=False))
            and widths[0] < widths[peak] - tol and widths[-1] < widths[peak] - tol)


def whole(lines: list[str], pieces: list[str]) -> list[str]:
    """The pieces of ``pieces`` that a break between ``lines`` cuts."""
    return split_words(lines, pieces)


def _title_rows(pdf: bytes, size: float) -> list[tuple[str, float]]:
    """Page 1's lines of ``size`` (the title), each with its inked width in points."""
    rows: dict[int, list] = {}
    for s in spans(open_pdf(pdf)[0]):
        if abs(s.size - size) < 0.05 and not s.is_red:
            rows.setdefault(round(s.origin_y), []).append(s)
    out = []
    for _, row in sorted(rows.items()):
        row.sort(key=lambda s: s.x0)
        out.append(("".join(s.text for s in row), row[-1].x1 - row[0].x0))
    return out


@pytest.mark.parametrize("meeting", MEETINGS)
def test_notice_titles_are_trapezoids_or_diamonds_with_words_whole(meeting):
    data = dataclasses.replace(sample_notice(), meeting_name=meeting)
    rows = _title_rows(render_notice(data), SIZE_2)
    lines = [text for text, _ in rows]
    assert "".join(lines).replace(" ", "") == f"关于召开{meeting}的通知".replace(" ", "")
    widths = [w for _, w in rows]
    assert shaped(widths, SIZE_2), [(t, round(w / MM, 1)) for t, w in rows]
    assert whole(lines, [*BOOKS, *LATIN]) == [], lines
    # no line wider than the 版心
    assert max(widths) <= BODY_WIDTH + 0.5


def test_the_reviewed_title_keeps_its_book_title_on_one_line():
    data = dataclasses.replace(sample_notice(), meeting_name=REVIEWED)
    rows = _title_rows(render_notice(data), SIZE_2)
    assert any("《云岭县冬春季安全生产攻坚行动方案》" in text for text, _ in rows), rows
    widths = [w for _, w in rows]
    assert widths[-1] < max(widths) - SIZE_2 / 4  # the last line is not the longest


@pytest.mark.parametrize("title", [
    f"关于召开{m}的通知" for m in MEETINGS] + [f"{m}签到表" for m in MEETINGS])
def test_wrap_balanced_shapes_every_title(title):
    """wrap_balanced, the forms' heading (签到表, 回执 …): the same shape and whole words."""
    face = fonts.font(fonts.TITLE)
    width, widest = BODY_WIDTH - 2 * SIZE_2, BODY_WIDTH
    lines = wrap_balanced([Run(title, face, SIZE_2)], width, widest=widest)
    texts = [line.text for line in lines]
    assert "".join(texts).replace(" ", "") == title.replace(" ", "")
    widths = [text_width(t, face, SIZE_2) for t in texts]
    assert shaped(widths, SIZE_2), [(t, round(w / MM, 1)) for t, w in zip(texts, widths, strict=True)]
    assert whole(texts, [*BOOKS, *LATIN]) == [], texts
    assert max(widths) <= widest + 1e-6
    # a 《》 title wider than the measure only widens it as far as it needs
    books = [b for b in BOOKS if b in title]
    need = max([width, *(text_width(b, face, SIZE_2) for b in books)])
    assert max(widths) <= need + 1e-6


def test_a_form_heading_keeps_latin_runs_and_book_titles_whole():
    title = "云岭县推进人工智能AI+5G智慧城市建设工作推进会暨《云岭县数字政府建设三年行动方案》解读会签到表"
    rows = _title_rows(FormDocument(title=title).render(), SIZE_2)
    lines = [text for text, _ in rows]
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")
    assert whole(lines, [*BOOKS, *LATIN]) == [], lines
    assert shaped([w for _, w in rows], SIZE_2), rows
