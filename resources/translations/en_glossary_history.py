"""English for a field's length message (core/fields.py), 历史记录 (ui/widgets/history.py: every action of the audit trail, the changes, how
a step was done for someone: core/step_signs.sign_text) and the 督查通报's definitions
(core/supervision/figures.DEFINITIONS); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the audit trail's actions (history.ACTION_LABELS; 反馈, 催办 … are in other glossaries)
    "查看敏感信息": "View personal data",
    "登录失败": "Failed login",
    "锁定账号": "Lock account",
    "修改角色": "Change role",
    "修改密级权限": "Change clearance",
    "修改岗位": "Change post",
    "启用账号": "Enable account",
    "停用账号": "Disable account",
    "初始设置": "First setup",
    "修改设置": "Change setting",
    "备份": "Backup",
    "恢复数据": "Restore data",
    "导入": "Import",
    "重新取号": "Reissue number",
    "添加附件": "Add attachment",
    "任务": "Task",
    "恢复办理": "Reopen",
    "登记出席": "Attendance",
    "冲突仍保存": "Saved despite conflict",
    "排座": "Seating",
    "转督查": "To supervision",
    # a field's length (core/fields.parse_value), said at the field
    "“%1”最多 %2 个字，现在是 %3 个。请删减%4。": "“%1” takes at most %2 characters; it has %3. Please shorten it%4.",
    "，或把长文放进附件": ", or put the long text in an attachment",
    # the changes and the mark
    "（空）": "(empty)",
    "%1：%2 → %3": "%1: %2 → %3",
    "办理人：%1": "Done by: %1",
    "%1（代录：%2 %3%4）%5": "%1 (entered by %2 at %3%4)%5",
    "，纸质件日期 %1": ", paper dated %1",
    " 退回至“%1”：%2": " returned to “%1”: %2",
    "%1（代理%2）%3": "%1 (acting for %2)%3",
    "%1%2": "%1%2",
    "（未注明）": "(not stated)",
    # 督查通报: what each figure counts (the summary line's tooltip)
    "在办：截至期末已交办、尚未办结的任务；"
    "逾期未办结：办理时限在期末之前（含期末）、期末当天过完仍未办结的任务，不论何时交办"
    "（统计截至今天的，今天到期的任务计入应办结，今天过完才算逾期）；"
    "逾期天数：已结束的期间算至期末次日（期末当天到期的为1天），统计截至今天的算至今天；"
    "办结、按期办结、逾期办结：在本期内办结的任务，办结日期不晚于时限的为按期办结；"
    "应办结：办理时限在期末之前（含期末）、期初尚未办结的任务，加上本期内提前办结的任务，"
    "尚未到期的任务不计入；"
    "办结率＝办结÷应办结，按期办结率＝按期办结÷应办结；"
    "各单位按按期办结率由低到高排列，相同的再按办结率，再按单位名称音序。": (
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
        "by name."
    ),
}
