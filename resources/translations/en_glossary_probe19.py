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
    "来文字号“%1”的年份是 %2 年，晚于收文日期（%3）：文件不会在成文的年份之前收到。"
    "请核对来文字号的年份和收文日期，改正其中错的一项。": (
        "The sender's number “%1” carries the year %2, later than the date received (%3): a "
        "document is not received before the year it was numbered in. Please check the year of "
        "the sender's number and the date received, and correct the wrong one."
    ),
    "应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人": "Due %1, present %2, on leave %3, absent %4",
    "（其中 %1 人未登记签到）": " (%1 of them never marked)",
    "，未签到 %1 人": ", not signed in yet %1",
    "%1是会议通知发出之后加入的参会人员，已发出的通知没有送达：请另行送达会议通知（可打印“补发会议通知”，只印给后加入的人员）。": (
        "%1 joined the meeting's people after its notice went out, and the notice sent did not "
        "reach them: please get the meeting notice to them (print “Notice to those added”, made "
        "out to them alone)."
    ),
}
