"""English for the workstation strings: fitting the screen, keyboard-first forms, export of
what a list shows, settings pages, 职级, first run."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
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
}
