"""English for the 督查 rules a clerk can trust: every rate says whether it counts 督查事项
(按项计) or their tasks (按件计), the 通报's 说明 saying so; working-day counts into a year whose
holidays are not entered yet marked 暂按, fixed-date holidays rested on meanwhile.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the 通报 dialog (the window): its figures are the tasks'
    "截至期末在办任务 %1 件，逾期未办结 %2 件；本期应办结 %3 件，办结 %4 件（按期 %5 件）；"
    "办结率（按件计）%6，按期办结率（按件计）%7。": (
        "At the period's end %1 tasks open, %2 overdue; %3 due in the period, %4 completed "
        "(%5 on time); completion rate (by task) %6, on-time rate (by task) %7."),
    "各单位办结率、按期办结率（按件计，%）": "Completion and on-time rates by unit (by task, %)",
    "办结率（按件计）": "Completion rate (by task)",
    "按期办结率（按件计）": "On-time rate (by task)",
    "办结率（按项计）": "Completion rate (by item)",
    "按期办结率（按项计）": "On-time rate (by item)",
    # the 办结 step: an item on time only with every task on time
    "各项任务办结后，事项办结（在办结时限内办结且各项任务均按期办结的为按期办结，否则为逾期办结）": (
        "Conclude the item once every task is completed (on time when closed by its deadline with "
        "every task completed on time, otherwise late)"),
    # a working-day count reaching into a year whose holidays are not entered yet
    "（暂按：该年国务院节假日安排尚未录入）": (
        " (provisional: the State Council's holiday arrangement for that year is not entered yet)"),
    # 效能: its working days counted into such a year
    "%1 年的国务院节假日安排尚未录入，落在该年的工作日暂按周末及元旦、劳动节、国庆节的固定假日计算（暂按）。": (
        "The State Council's holiday arrangement for %1 is not entered yet: working days in that "
        "year count weekends and the fixed-date holidays (New Year's Day, Labour Day, National "
        "Day) only (provisional)."),
    # core/rates.ROUNDING: how the rates are rounded, said in the 通报s' 说明
    "百分比四舍五入保留一位小数。": "Percentages are rounded half up to one decimal place.",
}
