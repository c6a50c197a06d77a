"""English for the 督查 dates on one calendar: a 时限 on a rest day, the one 临期 rule of the
lights and 催办, red-for-lag tasks chased, the 催办 window, and the 通报's 说明 on working days.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # a 时限 typed on a rest day is saved, with a word to the clerk (step result, window, CLI)
    "%1 %2 是休息日或法定节假日，不是工作日。已按所填日期保存；如需改到工作日，请用“%3”改正。": (
        "%1 %2 is a rest day or a public holiday, not a working day. Saved as entered; to move "
        "it to a working day, use “%3”."),
    "时限是休息日": "Deadline on a rest day",
    # the one 临期 rule
    "临期的天数：距时限这么多天以内的任务亮预警灯，并列入催办。督查时限按工作日计算时按工作日数。": (
        "Days before the deadline that count as due soon: such tasks show the warning light and "
        "are offered for reminders. Counted in working days when supervision deadlines count "
        "working days."),
    "给临期、逾期、反馈逾期和进度严重滞后（红灯）的任务发催办（逐次升级）": (
        "Remind the tasks due soon, overdue, late to report or far behind schedule (red light) "
        "(each reminder one level up)"),
    # 工作台: a task's next 反馈 due (on a working day now, so the demo shows one)
    "进展反馈": "Progress report due",
    # the 催办 window
    "%1（%2 项待催办）": "%1 (to remind: %2)",
    "今天是 %1。逾期、反馈逾期或进度严重滞后的任务 %2 项，涉及 %3 个单位；临期任务 %4 项。": (
        "Today is %1. Tasks overdue, late with reports or far behind schedule: %2 (units: %3); "
        "tasks due soon: %4."),
    # 督查通报: what each figure counts, with the days overdue in working days when so set
    "在办：截至期末已交办、尚未办结的任务；"
    "逾期未办结：办理时限在期末之前（含期末）、期末当天过完仍未办结的任务，不论何时交办"
    "（统计截至今天的，今天到期的任务计入应办结，今天过完才算逾期）；"
    "逾期天数：已结束的期间算至期末次日（期末当天到期的为1天），统计截至今天的算至今天；"
    "办结、按期办结、逾期办结：在本期内办结的任务，办结日期不晚于时限的为按期办结；"
    "应办结：办理时限在期末之前（含期末）、期初尚未办结的任务，加上本期内提前办结的任务，"
    "尚未到期的任务不计入；"
    "办结率＝办结÷应办结，按期办结率＝按期办结÷应办结；"
    "各单位按按期办结率由低到高排列，相同的再按办结率，再按单位名称音序。"
    "督查时限按工作日计算时，逾期天数也按工作日计，与预警灯相同。": (
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
        "units are listed by on-time rate from lowest to highest, then by completion rate, then "
        "by name. When supervision deadlines count working days, days overdue are working days "
        "too, as on the warning lights."
    ),
}
