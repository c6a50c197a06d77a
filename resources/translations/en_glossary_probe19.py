"""English for the texts of probe19's work (a 文号 hint offering the next free number, a
来文字号's year, 签到 totals, people added after a meeting's notice)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "跳过了 %1 个号": "skips %1 number(s)",
    "已经使用过": "has been used already",
    "%1“%2”应写作“%3”（%4）；但“%3”%5，下一个可用的号是“%6”。请改正后再登记。": (
        "%1 “%2” should be written “%3” (%4); but “%3” %5, and the next free number is “%6”. "
        "Please correct it and register again."
    ),
    "“%1”应使用六角括号〔〕、不加“第”、不编虚位，即“%2”；但“%2”%3，下一个可用的号是“%4”：是否改为“%4”？": (
        "“%1” takes hexagonal brackets 〔〕, no “第” and no leading zeros, i.e. “%2”; but “%2” %3, "
        "and the next free number is “%4”: change it to “%4”?"
    ),
}
