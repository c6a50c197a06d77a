"""CJK line breaking: widths, 避头尾, words kept whole."""

from __future__ import annotations

import random

import pytest

from officedesk.printing import fonts
from officedesk.printing.gbt9704 import BODY_WIDTH
from officedesk.printing.layout import NO_END, NO_START, Run, text_width, wrap_cjk, wrap_runs
from officedesk.printing.titles import wrap_balanced


@pytest.fixture
def fang():
    return fonts.font(fonts.FANGSONG)


def test_28_characters_a_line_at_16pt_with_default_tracking(fang):
    lines = wrap_cjk("公" * 60, fang, 16, BODY_WIDTH, tracking=-0.22)
    assert [len(x) for x in lines] == [28, 28, 4]
    # without the negative tracking only 27 fit in 156 mm
    assert len(wrap_cjk("公" * 60, fang, 16, BODY_WIDTH)[0]) == 27


def test_no_line_starts_with_a_closing_mark(fang):
    # the 。 would fall at the start of the second line: the character before goes with it
    text = "一二三四五六七八九十。之后的文字"
    lines = wrap_cjk(text, fang, 16, 16 * 10)
    assert lines == ["一二三四五六七八九", "十。之后的文字"]


def test_no_line_ends_with_an_opening_mark(fang):
    text = "一二三四五六七八九《公文格式》"
    lines = wrap_cjk(text, fang, 16, 16 * 10)
    assert lines[0] == "一二三四五六七八九"
    assert lines[1].startswith("《")


def test_runs_of_closing_marks_move_together(fang):
    text = "一二三四五六七八九十”。后面"
    lines = wrap_cjk(text, fang, 16, 16 * 10)
    assert lines[1].startswith("十”。")


def test_latin_words_and_numbers_stay_whole(fang):
    text = "各单位于2026年12月3日前报送GB/T 9704执行情况"
    for width in range(6, 16):
        lines = wrap_cjk(text, fang, 16, 16 * width)
        assert "".join(lines) == text
        for line in lines:
            assert not line.endswith(("20", "202")), lines
        joined = "|".join(lines)
        assert "20|26" not in joined and "GB/|T" not in joined


def test_overlong_word_is_cut(fang):
    lines = wrap_cjk("x" * 100, fang, 16, 100)
    assert "".join(lines) == "x" * 100
    assert all(text_width(x, fang, 16) <= 100 for x in lines)


def test_random_text_obeys_the_rules(fang):
    rng = random.Random(7)
    alphabet = (
        "公文处理工作规范机关办公室要求" * 3 + "，。、；：？！）》」（《「“”" + "0123456789ab"
    )
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120)))
        width = 16 * rng.randint(4, 28)
        lines = wrap_cjk(text, fang, 16, width, tracking=-0.22)
        assert "".join(lines) == text
        for k, line in enumerate(lines):
            assert text_width(line, fang, 16, -0.22) <= width + 1e-6 or len(line) == 1
            if k > 0 and line[0] in NO_START:
                # only when the line before had no better place to break
                assert not _has_good_break(lines[k - 1] + line[0]), (lines, k)
            if k < len(lines) - 1 and line[-1] in NO_END:
                assert not _has_good_break(line + lines[k + 1][0]), (lines, k)


def _has_good_break(text: str) -> bool:
    word = set("0123456789ab")
    for p in range(1, len(text) - 1):
        if text[p] in NO_START or text[p - 1] in NO_END:
            continue
        if text[p] in word and text[p - 1] in word:
            continue
        return True
    return False


def test_newlines_start_paragraphs(fang):
    lines = wrap_runs([Run("第一段\n第二段", fang, 16)], 400)
    assert [x.text for x in lines] == ["第一段", "第二段"]
    assert all(x.last for x in lines)


def test_mixed_runs_keep_their_fonts(fang):
    hei = fonts.font(fonts.HEITI)
    lines = wrap_runs([Run("一、总体要求。", hei, 16), Run("正文" * 20, fang, 16)], 16 * 10)
    assert lines[0].runs[0].font == hei and lines[0].runs[0].text == "一、总体要求。"
    assert lines[0].runs[1].font == fang


def test_balanced_title_breaks_between_words():
    title = fonts.font(fonts.TITLE)
    lines = wrap_balanced(
        [Run("关于进一步规范机关公文处理工作提高办文质量和效率的通知", title, 22)], 380
    )
    assert [x.text for x in lines] == ["关于进一步规范机关公文处理工作", "提高办文质量和效率的通知"]
