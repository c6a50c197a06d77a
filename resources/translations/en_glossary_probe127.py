"""English for probe127's strings: the 系统设置 pages 效能 and 信息, apart from 其他 (their
titles' English, Efficiency and Information, are the glossary's already), and the step dialogs'
日期 as core's date messages name it."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.menu_paths: the places messages name (tests/ui/test_menu_paths.py walks them)
    "工具 → 系统设置 → 效能": "Tools → Settings → Efficiency",
    "工具 → 系统设置 → 信息": "Tools → Settings → Information",
    # a step dialog's 日期 (the day a step was done: core's name for `--on`), named in the
    # message on a date that does not read (“办理日期”不是有效日期…): the caption reads “Date”
    "办理日期": "Date",
}
