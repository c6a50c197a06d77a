"""English for the bound on a meeting's length (core/meetings/spec.py LONGEST_MEETING)."""

GLOSSARY = {
    "会议从 %1 开到 %2，长达 %3 天，超过 %4 天：请核对结束时间的年份和月份。":
        "The meeting runs from %1 to %2, %3 days, more than %4 days: check the year and month of "
        "the end time.",
}
