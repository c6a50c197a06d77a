"""Titles of seven lines and more (reviewer's D6): a 95-character 请示 title that no way of
breaking between words sets on six lines went to the plain greedy lines — 15/17/17/13/14/17/2
characters, a waist and 「请示」 alone on the last line — because the balanced breaking tried at
most six lines. Measured in the PDF with PyMuPDF (the 2号 rows of page 1)."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing import fonts
from officedesk.printing.gbt9704 import BODY_WIDTH, SIZE_2, SIZE_3, compose, render_document
from officedesk.printing.layout import text_width
from officedesk.printing.samples import sample_document
from officedesk.printing.titles import compose_title
from tests.printing.conftest import open_pdf, spans

REVIEWED = ("关于进一步加强和改进新时代全县机关事务管理、公文处理、督查督办、信访工作、效能建设、"
            "基层治理体系和治理能力现代化以及全面推进乡村振兴、营商环境优化提升和安全生产专项整治"
            "三年行动若干问题的请示")
LONGER = "关于" + "农村公路建设补助资金" * 11 + "的请示"  # eight lines and more


def _rows(pdf: bytes) -> list[tuple[str, float, float]]:
    """The title's rows on page 1: (text, left, right)."""
    rows: dict[int, list] = {}
    for s in spans(open_pdf(pdf)[0]):
        if abs(s.size - SIZE_2) < 0.05 and not s.is_red:
            rows.setdefault(round(s.origin_y), []).append(s)
    return [("".join(x.text for x in sorted(r, key=lambda s: s.x0)), min(x.x0 for x in r),
             max(x.x1 for x in r)) for _, r in sorted(rows.items())]


def _waists(lengths: list[float]) -> list[tuple[int, int]]:
    """Runs of middle lines all shorter than the line above and the one below."""
    return [(a, b) for a in range(1, len(lengths) - 1) for b in range(a, len(lengths) - 1)
            if max(lengths[a: b + 1]) < min(lengths[a - 1], lengths[b + 1]) - 0.5]


@pytest.mark.parametrize("title", [REVIEWED, LONGER])
def test_a_title_of_seven_lines_and_more_has_no_waist_nor_a_lone_last_word(title):
    data = sample_document(1)
    data.title = title
    rows = _rows(render_document(data))
    assert "".join(text for text, _, _ in rows) == title
    widths = [right - left for _, left, right in rows]
    assert len(rows) >= 7 and _waists(widths) == [], rows
    assert len(rows[-1][0]) > len("请示") and widths[-1] > max(widths) / 3, rows
    for _, left, right in rows:  # centred, inside the measure of the title
        assert right - left <= BODY_WIDTH - 4 * SIZE_3 + 1
        assert (left + right) / 2 == pytest.approx((rows[0][1] + rows[0][2]) / 2, abs=1)


def test_the_reviewed_title_keeps_its_words():
    lines = compose_title(REVIEWED, fonts.font(fonts.TITLE), SIZE_2, BODY_WIDTH - 4 * SIZE_3)
    text, pos = "".join(lines), 0
    assert len(lines) > 1 and text == REVIEWED, lines  # broken somewhere, and nothing lost
    for line in lines[:-1]:
        pos += len(line)
        for word in ("机关事务", "公文处理", "督查督办", "乡村振兴", "营商环境", "安全生产", "请示"):
            start = text.find(word)
            assert not start < pos < start + len(word), (word, lines)


@contextlib.contextmanager
def _no_hang(seconds: int) -> Iterator[None]:
    """Fails the test instead of hanging the suite (not a timing: the work takes a fraction of
    this; before the fix it took hours)."""
    def hung(*_: object) -> None:
        raise AssertionError(f"still composing after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# as long as the fields hold: a 会议名称 (200 characters, its 纪要's title) and a 发文's 标题 (300)
LONGEST = [("关于进一步加强和改进新时代机关效能建设推动全县经济社会高质量发展工作的实施意见" * 8)[:n]
           for n in (200, 300)]


@pytest.mark.parametrize("title", LONGEST)
def test_a_title_as_long_as_its_field_holds_is_broken_into_lines_that_fit(title):
    """Every way of breaking a title was tried: a 200-character 会议名称 never came back from
    printing its 纪要 (the ways grow exponentially with the lines)."""
    width = BODY_WIDTH - 4 * SIZE_3
    face = fonts.font(fonts.TITLE)
    with _no_hang(120):
        lines = compose_title(title, face, SIZE_2, width)
    assert "".join(lines) == title and len(lines) >= 9
    assert all(text_width(line, face, SIZE_2) <= width + 1e-6 for line in lines)


def test_a_document_with_the_longest_title_is_refused_saying_how_short():
    data = sample_document(1)
    data.title = LONGEST[-1]
    with _no_hang(120), pytest.raises(ValidationError) as refused:
        compose(data)
    assert "缩短" in refused.value.message and refused.value.field == "title"
