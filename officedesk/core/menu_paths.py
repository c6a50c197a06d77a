"""Where in the window a clerk finds a thing, said by the messages that send him there (“请先在
“工具 → 系统设置 → 单位信息”中填写全宗号”): one place for the menus' and pages' names.

Refusals named pages that did not exist (设置 → 机关, 系统设置 → 逐级负责, 系统设置 → 公文,
系统设置 → 打印): a setting's page is the 系统设置 dialog's page of its group, which the dialog lays
out from `PAGES` here; the 逐级负责 settings live in their own dialog (工具 → 审批链与职务).
tests/ui/test_menu_paths.py walks every path of `named()` in the window (menu, item, page), in
Chinese and in English; each path is one catalogue text, so the English window names its English
menus."""

from __future__ import annotations

from typing import Any

ARROW = " → "
TOOLS, FILE = "工具", "文件"
SETTINGS = "系统设置"
CHAINS = "审批链与职务"

# the 系统设置 dialog's pages: title -> the settings groups it holds, in order; a group not named
# goes to OTHER_PAGE
PAGES: list[tuple[str, tuple[str, ...]]] = [
    ("打印与字体", ("打印",)),
    ("期限", ("期限", "公文")),
    ("督查", ("督查",)),
    ("信访", ("信访",)),
    ("会议与座次", ("会议",)),
    # 效能 and 信息 apart from 其他: one page of their 17 fields and 5 others left three
    # English captions without an Alt+letter (a page's letters are shared by all its fields)
    ("效能", ("效能",)),
    ("信息", ("信息",)),
    ("编号", ("编号", "归档")),
    ("单位信息", ("机关", "安全")),
]
OTHER_PAGE = "其他"
# groups with a dialog of their own (multi-line chains, not fields of a page): group -> its item
OWN_DIALOGS = {"逐级负责": CHAINS}


def path(*parts: str) -> str:
    """工具 → 系统设置 → 单位信息: a menu, its item, a page or box in the window it opens."""
    return ARROW.join(parts)


CHAIN_EDITOR = path(TOOLS, CHAINS)
POSITION_TABLE = path(TOOLS, CHAINS, "职务表")
HOLIDAYS = path(TOOLS, "节假日调整")
IMPORT_TEMPLATE = path(FILE, "下载导入模板")


def page_of(group: str) -> str:
    """The 系统设置 page that shows a settings group's fields."""
    for title, groups in PAGES:
        if group in groups:
            return title
    return OTHER_PAGE


def setting_path(setting: Any) -> str:
    """Where the administrator changes a setting (a declared `Setting`, or its group's name):
    工具 → 系统设置 → its page, or 工具 → 审批链与职务 for the 逐级负责 group."""
    group = getattr(setting, "group", setting)
    if group in OWN_DIALOGS:
        return path(TOOLS, OWN_DIALOGS[group])
    return path(TOOLS, SETTINGS, page_of(group))


def named() -> list[str]:
    """Every path a message may name (each page of 系统设置, the dialogs of their own)."""
    pages = [path(TOOLS, SETTINGS, title) for title, _groups in PAGES]
    return [*pages, path(TOOLS, SETTINGS, OTHER_PAGE), CHAIN_EDITOR, POSITION_TABLE, HOLIDAYS,
            IMPORT_TEMPLATE]
