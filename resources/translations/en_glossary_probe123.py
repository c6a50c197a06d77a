"""English for the strings of the probe123 session (督查: 延期, 催办, 归档)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the 延期 step's note (core.supervision.steps_spec)
    "延长事项的办结时限时，时限与原办结时限相同的未办结任务一并延长；时限更早的任务不变，需要时逐项延期（填单位或任务序号）": (
        "Extending the item's deadline extends with it the open tasks whose deadline was the item's "
        "old one; tasks with an earlier deadline keep theirs: extend them one by one if needed "
        "(give the unit or the task number)"
    ),
    # 归档 of a 督查事项 (core.supervision.archiving, steps_spec; ui.supervision)
    "办结后作为一件归档：按全宗号、年度（办结年度）、保管期限、机构代码编档号，载入归档文件目录；归档后不能重新打开": (
        "Once closed, file the item as one piece: its archival reference is made from the fonds "
        "number, the year (of its closing), the retention period and the department code, and it "
        "is entered in the archive file list; a filed item can no longer be reopened"
    ),
    "办结后作为一件载入归档文件目录，编档号": (
        "Once closed, enter the item in the archive file list as one piece, with its archival reference"
    ),
    "这个督查事项已归档（档号 %1），不能再“%2”。归档文件的更正须按档案管理的规定办理，请联系档案管理员（系统管理员）。": (
        "This supervision item has been archived (reference %1) and can no longer take “%2”. "
        "Archived files are corrected under the archives rules: contact the archivist (the "
        "system administrator)."
    ),
    "这个督查事项现在是“%1”，尚未办结，不能归档。请先办结事项。": (
        "This supervision item is “%1”, not closed yet, and cannot be archived. Close the item first."
    ),
    "归档日期（%1）不能晚于今天。": "The archiving date (%1) cannot be later than today.",
    "督查事项归档：%1，档号 %2，保管期限%3": "Supervision item archived: %1, reference %2, retention %3",
    # the 催办 step's note (core.supervision.steps_spec)
    "给临期、逾期、反馈逾期和进度严重滞后（红灯）的任务发催办（逐次升级；延期后，或反馈后已回到正常进度的，再催办时从第一次催办起）": (
        "Send reminders for tasks due soon, overdue, late with a progress report or far behind "
        "schedule (red), each one level higher than the last; after an extension, or a report "
        "that brought the task back on schedule, the next reminder is a first reminder again"
    ),
    # the 督查 tab's detail of an item filed (ui.supervision)
    "已归档：档号 %1": "Archived: reference %1",
    # the 催办 window's button (ui.supervision.dialogs)
    "为临期、逾期和反馈逾期的任务登记催办，再次催办时升级（延期后或反馈回到正常进度后从第一次催办起）": (
        "Record reminders for tasks due soon, overdue or late with a progress report; each further "
        "reminder is one level up (after an extension, or a report back on schedule, a first "
        "reminder again)"
    ),
}
