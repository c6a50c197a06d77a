"""English for how the 信息 figures are counted (core.info.counted_by: the 排名 window, the
信息工作通报 and info-ranking say it): a 县级采用 counts on its issue's 印发 date, and the
ranking's scope (period, units, periodicals issued in it).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "计分说明": "How the points are counted",
    "（本期无信息报送）": "(No information was reported in this period)",
    ("报送按报送时间计分，县级采用按刊物印发日期计分（编入尚未印发的一期不计分），"
     "上级采用和领导批示按其日期计分。"
     "得分相同的名次并列，按报送条数由多到少、再按单位名称音序排列。"): (
        "Reports count on their report time; a county adoption counts on the date its issue of "
        "the periodical is issued (an item placed in an issue not yet issued earns nothing); "
        "adoptions higher up and leaders' instructions count on their own dates. Units with "
        "equal points share a rank, listed by reports (most first), then by name (pinyin)."),
    "统计期间：%1（%2至%3）；报送单位%4个；刊物：%5。": (
        "Period: %1 (%2 to %3); %4 reporting units; periodicals: %5."),
    "%1（印发%2期）": "%1 (%2 issues issued)",
    "期间内未印发刊物": "no issue issued in the period",
    # reporting_units.silent_line: the 通报, info-ranking and the window's 排名
    "本期未报送信息的单位：%1。": "Units that reported nothing in this period: %1.",
    "%1、%2、%3": "%1, %2, %3",
    "%1、%2、%3、%4": "%1, %2, %3, %4",
}
