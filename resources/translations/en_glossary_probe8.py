"""English for the printed papers' 份数 / 份号 refusals (a 0 refused with the bounds and what to
do, a 发文's bound its recorded copies; a 分发 row of 0 份) and the joint 下行文's title refusal;
same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1%2只能在 1 到 %3 之间（整数），现在是“%4”：请改为这个范围内的%2再打印。":
        "%1the %2 must be a whole number from 1 to %3, not “%4”: change the %2 to one in that "
        "range and print again.",
    "“%1”登记的%2是 %3 份，":
        "“%1” records %3 as its %2; ",
    "分发给“%1”的份数是 %2：每个单位 1 到 %3 份（合计不超过印制的 %3 份）。不分发给它的，请删去这一行；否则请改正份数。":
        "The copies for “%1” are %2: each unit gets 1 to %3 copies (%3 printed in all). If it "
        "gets none, delete its line; otherwise correct the copies.",
}
