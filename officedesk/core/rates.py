"""Rates and shares as a clerk works them out by hand: 四舍五入 to one decimal, counted exactly.

Python's round() rounds a half to even (1 of 16 = 6.25 % → 6.2) and reads a binary float
(0.15 is 0.1499… → 0.1); the figures a 主任 signs — 办结率, 按期办结率, 按时率, a step's share of
the time, 退回 per 100 — must come out as the units' own check does: 6.3, 0.2."""

from __future__ import annotations

import math
from fractions import Fraction

# how the rates are rounded, said where their definitions are printed (the 效能通报's and the
# 督查通报's 说明): a unit checking 6.3 % by hand knows it is not 6.2 %
ROUNDING = "百分比四舍五入保留一位小数。"


def half_up(value: Fraction | int, places: int = 1) -> float:
    """`value` (exact) rounded half away from zero to `places` decimals."""
    scale = 10 ** places
    scaled = abs(Fraction(value)) * scale
    rounded = math.floor(scaled + Fraction(1, 2))
    return math.copysign(rounded / scale, value) if rounded else 0.0


def percent(part: int, whole: int, places: int = 1) -> float | None:
    """part ÷ whole × 100, 四舍五入 to `places` decimals; None when there is nothing to divide by
    (no 100 %, nor 0 %, of nothing)."""
    return half_up(Fraction(100 * part, whole), places) if whole else None
