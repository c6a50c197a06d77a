"""The structure of a 公文's body as the editor and the printed 发文稿纸 see it: headings by level
(一、 （一） 1. （1）) and the next heading number at a place in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING_PATTERNS = (
    (1, re.compile(r"^[一二三四五六七八九十百]+、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")),
    (3, re.compile(r"^\d+[.．]")),
    (4, re.compile(r"^[（(]\d+[）)]")),
)


@dataclass(frozen=True)
class Block:
    level: int  # 0 a paragraph; 1–4 the heading levels 一、 （一） 1. （1）
    text: str


def body_blocks(text: str) -> list[Block]:
    """The 正文 as paragraphs and headings: the structure the printing engine lays out."""
    blocks: list[Block] = []
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        level = 0
        for number, pattern in HEADING_PATTERNS:
            if pattern.match(line):
                level = number
                break
        blocks.append(Block(level, line))
    return blocks


_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else _CN_DIGITS[n]
    if n < 20:
        return "十" + _CN_DIGITS[n - 10]
    tens, ones = divmod(n, 10)
    return _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")


def next_heading(text_before: str, level: int) -> str:
    """The numbering for a new heading of `level` after the text so far (一、 → 二、)."""
    count = 0
    for block in body_blocks(text_before):
        if block.level == level:
            count += 1
        elif 0 < block.level < level:
            count = 0
    n = count + 1
    return {1: f"{chinese_number(n)}、", 2: f"（{chinese_number(n)}）", 3: f"{n}.", 4: f"（{n}）"}[
        level
    ]
