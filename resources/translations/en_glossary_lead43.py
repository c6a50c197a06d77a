"""English for the lead's strings of session 43."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the global search's status when some hits were left off (core.global_search.found)
    "只列出最新的 %1 条，还有更多：请多写几个字缩小范围，或在要找的那一页用它的查找框（列出全部）": (
        "Only the newest %1 are listed; there are more. Type more words to narrow it down, "
        "or use the Find box on the page you are looking in (it lists them all)."
    ),
    # 检查数据库 beside its result (core.check.run_checks' notes)
    "没有找到锚定文件 %1，已按现在的审计链新建。若本数据库不是刚拷来或新恢复的，锚定文件可能被人删除：请用保存在纸面上的审计校验码核对（officedesk check --anchor 审计校验码）。": (
        "No anchor file was found at %1; a new one was made from the audit chain as it is now. Unless this "
        "database was just copied in or restored, the anchor file may have been deleted: compare against the "
        "audit code kept on paper (officedesk check --anchor CODE)."
    ),
    "无法更新锚定文件 %1，审计链这次没有锚定到数据库之外。%2": (
        "The anchor file %1 could not be updated: the audit chain was not anchored outside the database this time. %2"
    ),
    "请管理员给锚定文件所在的文件夹写入权限（或清理磁盘空间），再运行 officedesk audit-code 锚定": (
        "Ask the administrator to make the anchor file's folder writable (or to free disk space), "
        "then run officedesk audit-code to anchor it"
    ),
    # the question before a meeting is cancelled names it (ui.meetings.cancel_dialog)
    "确定取消会议“%1”吗？取消后不能再修改。": "Cancel the meeting “%1”? A cancelled meeting cannot be edited.",
    # 反馈's word on the 进度 saved as typed (core.supervision.steps_spec._progress_note)
    "进度已填 100%。这项任务若已完成，请办理“任务办结”（填办结日期和办结情况）。": (
        "Progress is 100%. If the task is finished, record it with “Conclude task” (the date and what was done)."
    ),
    "进度 %1% 低于上次反馈（%2）的 %3%，已照录。若是填错了，请再反馈一次改正。": (
        "Progress %1% is lower than the %3% of the last report (%2); it was recorded as entered. "
        "If it was a slip, report again to correct it."
    ),
}
