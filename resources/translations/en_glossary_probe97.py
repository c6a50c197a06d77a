"""English for probe97: a meeting's 发文字号 (the number its 会议通知 goes out under)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "会议通知的发文字号，如 云委办发〔2026〕7号；可不填": (
        "The meeting notice's document number, e.g. 云委办发〔2026〕7号; optional"
    ),
    "发文字号“%1”的年份是 %2 年，晚于会议开始时间（%3）：会议通知在开会之前发出，"
    "字号的年份不会晚于会议的年份。请核对发文字号的年份和开始时间，改正其中错的一项。": (
        "The document number \"%1\" is of the year %2, after the meeting's start (%3): a "
        "meeting notice goes out before the meeting, so its number is of no later year. Check "
        "the number's year and the start time, and correct the wrong one."
    ),
    "发文字号“%1”的年份是 %2 年，晚于今年（%3 年）：发文字号按年连续编号，只能用今年或往年的"
    "年份。请改正年份。": (
        "The document number \"%1\" is of the year %2, after this year (%3): document numbers "
        "run on within a year, so only this year's or a past year's may be used. Correct the year."
    ),
}
