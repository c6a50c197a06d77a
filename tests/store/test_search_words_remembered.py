"""A batch's index tokens made with the runs met before remembered (search_words.tokens_remembered)
are those tokens() makes of the text: the FTS rows a batch writes must be byte for byte those a
record saved alone gets."""

from __future__ import annotations

import random

import pytest

from officedesk.store import search_words

# runs of every kind, met again in other texts and in other places: a CJK run of one character
# and of many, Latin words and numbers (short, and longer than a token is cut to), case mixed,
# characters the index leaves out between them
_PIECES = ["信", "信访", "松坪乡田坝村", "反映工程款结算存在质量问题", "2025", "13031144123", "GB/T",
           "Ab", "x", "a" * 40, "9704", "é", "カタカナ", "한국", "・", "×", " ", "\n", "-", "〔", "〕", "号",
           "𠀀", "Ｑ", "ß"]


@pytest.mark.parametrize("seed", range(20))
def test_remembered_tokens_are_those_of_the_text(seed):
    rng = random.Random(seed)
    known: dict[str, str] = {}  # kept across the texts, as a batch keeps it across its rows
    for _ in range(60):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        assert search_words.tokens_remembered(text, known) == search_words.tokens(text), text


def test_a_run_remembered_is_not_taken_for_another():
    known: dict[str, str] = {}
    assert search_words.tokens_remembered("信访 信访x", known) == search_words.tokens("信访 信访x")
    assert search_words.tokens_remembered("信访件", known) == search_words.tokens("信访件")
    assert search_words.tokens_remembered("ABC abc", known) == search_words.tokens("ABC abc")
