"""English for the strings of helper session probe125 (信息 ranking)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # a ranking of a period not begun (core.info.scoring.ranked)
    "统计期间%1（%2起）尚未开始（今天是%3），还没有可以通报的信息工作情况。请选择已经开始的期间。": (
        "The period %1 (from %2) has not begun (today is %3): there is nothing to report on "
        "information work yet. Choose a period that has begun."
    ),
    # an issue dated before an earlier issue of the year (core.info.periodicals.publish)
    "印发日期（%1）不能早于%2的印发日期（%3）：刊物按期号顺序印发。请填写实际印发的日期。": (
        "The issue date (%1) cannot be before the issue date of %2 (%3): a periodical's issues "
        "go out in the order of their numbers. Enter the day it actually went out."
    ),
}
