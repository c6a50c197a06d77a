"""English for the workstation strings: fitting the screen, keyboard-first forms, export of
what a list shows, settings pages, 职级, first run."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "机关办公桌面": "OfficeDesk",
    # ---- toolbars that fold
    "更多": "More",
    "更多操作": "More actions",
    "窗口放不下的按钮": "Buttons the window has no room for",
    # ---- forms
    "请选择": "Choose…",
    "放弃填写的内容？": "Discard what you typed?",
    "这个窗口里有还没有保存的内容。关闭后这些内容会丢失。": (
        "This window has content that is not saved yet. Closing it loses that content."
    ),
    "放弃内容并关闭": "Discard and close",
    "继续填写": "Keep editing",
    # ---- export what the list shows
    "导出哪些记录？\n“当前列表”按现在的查找、筛选、排序和显示的列导出。": (
        "Which records to export?\n\"Current list\" exports the present search, filters, "
        "sort and visible columns."
    ),
    "当前列表（%1 条）": "Current list (%1 records)",
    "全部记录": "All records",
    "导出哪些记录": "Which records to export",
    # ---- lights and deadline texts made in core (core.i18n.text patterns)
    "● %1灯 %2": "● %1 %2",
    "● %1灯": "● %1",
    "绿": "Green",
    "黄": "Yellow",
    "红": "Red",
    "蓝": "Blue",
    "橙": "Orange",
    "灰": "Grey",
    "进度滞后 %1 个百分点": "%1 points behind",
    "剩 %1 天": "%1 d left",
    "反馈逾期 %1 天": "report %1 d overdue",
    "%1，%2": "%1, %2",
    "%1（%2 项）": "%1 (%2 tasks)",
    "任务均已办结，事项逾期 %1 天未办结": "all tasks closed, item %1 d overdue",
    "逾期 %1 天，未交办": "%1 d overdue, not assigned",
    "剩 %1 天，未交办": "%1 d left, not assigned",
    "任务均已办结，待事项办结": "all tasks closed, item to close",
    "%1 持有": "held by %1",
    "临期": "Due soon",
    # ---- login errors (core.users)
    "请输入用户名和密码。": "Enter your user name and password.",
    "用户名或密码不正确；账号若已停用，请联系管理员。": (
        "Wrong user name or password; if the account was disabled, ask the administrator."
    ),
    "密码错误次数过多，账号已锁定，请于 %1 后再试，或请管理员解锁。": (
        "Too many wrong passwords: the account is locked. Try again after %1, "
        "or ask the administrator to unlock it."
    ),
    "密码错误。已连续错误 %1 次，账号锁定 %2 分钟，请于 %3 后再试，或请管理员解锁。": (
        "Wrong password. %1 wrong attempts in a row: the account is locked for %2 minutes. "
        "Try again after %3, or ask the administrator to unlock it."
    ),
    "密码错误，还可以再试 %1 次，之后账号将锁定 %2 分钟。": (
        "Wrong password. %1 more tries, then the account is locked for %2 minutes."
    ),
}
