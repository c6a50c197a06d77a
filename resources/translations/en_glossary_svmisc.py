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
    # 督查通报: what each figure counts, rates by item or by task, an item on time
    "在办：截至期末已交办、尚未办结的任务；"
    "逾期未办结：办理时限在期末之前（含期末）、期末当天过完仍未办结的任务，不论何时交办"
    "（统计截至今天的，今天到期的任务计入应办结，今天过完才算逾期）；"
    "逾期天数：已结束的期间算至期末次日（期末当天到期的为1天），统计截至今天的算至今天；"
    "办结、按期办结、逾期办结：在本期内办结的任务，办结日期不晚于时限的为按期办结；"
    "应办结：办理时限在期末之前（含期末）、期初尚未办结的任务，加上本期内提前办结的任务，"
    "尚未到期的任务不计入；"
    "办结率＝办结÷应办结，按期办结率＝按期办结÷应办结；"
    "各单位的数字按件计（一项分解任务为一件），督查事项的按项计（一个事项为一项）；"
    "事项在办结时限内办结、且各项任务均按期办结的，为按期办结；"
    "各单位按按期办结率由低到高排列，相同的再按办结率，再按单位名称音序。"
    "督查时限按工作日计算时，逾期天数也按工作日计，与预警灯相同。"
    "百分比四舍五入保留一位小数。": (
        "Open: tasks assigned and not yet completed at the end of the period; "
        "overdue and not completed: tasks whose deadline falls on or before the end of the period "
        "and that are still not completed when its last day is over, whenever they were assigned "
        "(counted up to today, a task due today is due but overdue only once today is over); "
        "days overdue: for a period that has ended, counted to the day after its end (a task due "
        "on the last day is 1 day overdue); counted up to today, to today; "
        "completed, on time, late: tasks completed within the period, on time when completed no "
        "later than their deadline; "
        "due: tasks whose deadline falls on or before the end of the period and that were not "
        "completed at its start, plus tasks completed early within the period; tasks not yet due "
        "are not counted; "
        "completion rate = completed ÷ due, on-time rate = completed on time ÷ due; "
        "the units' figures count tasks (by task), the supervision items' count items (by item); "
        "an item is completed on time when it is closed by its deadline and every one of its "
        "tasks was completed on time; "
        "units are listed by on-time rate from lowest to highest, then by completion rate, then "
        "by name. When supervision deadlines count working days, days overdue are working days "
        "too, as on the warning lights. Percentages are rounded half up to one decimal place."
    ),
    # core/rates.ROUNDING: how the rates are rounded, said in the 通报s' 说明
    "百分比四舍五入保留一位小数。": "Percentages are rounded half up to one decimal place.",
}
