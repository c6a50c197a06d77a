"""The command line's own words inside a text that both the window and `officedesk` show (a
step's help, a setting's help, a refusal): written after the window's words they go with as
“（命令行：…）” — the convention of the step refusals' ““经办人”一栏（命令行：--person 姓名）”;
an option right after the name of the window's button that does the same, as
“仍然新增”（--matched add）.
The command line prints the text whole; the window shows `for_window(text)`, without them, so
it never names a subcommand (info-receipt), an option (--on, --force) or a field=value form
the window has no place for. `i18n.display()` does it for every core text the window shows (a
composed text's pattern before it is translated: the English glossaries hold the window's form).
Where the window has a control of its own for the option, `WINDOW_WORDS` names it instead."""

from __future__ import annotations

import re

# “（命令行：…）” or “（命令行 …）”, one level of brackets inside (复查申请（复核申请）); or an option
# in brackets right after a quoted button name (“仍然新增”（--matched add）)
_CLI_PART = re.compile(r"（命令行[：\s]((?:[^（）]|（[^（）]*）)*)）|(?<=”)（--[a-z][^（）]*）")

# what the window says for a command-line part it has a control of its own for (the part as
# written after “命令行：”): the import check's buttons; a number reissued only by the administrator
WINDOW_WORDS = {
    "--skip-bad": "点“跳过有问题的行，导入其余”",
    "--history": "在导入检查中点“按往年台账导入”",
    "add 或 step 编号：--reissue 理由；导入不能重新使用，请逐条登记": "窗口中不能重新使用，请管理员办理",
}


def _window_part(found: re.Match[str]) -> str:
    said = WINDOW_WORDS.get(found.group(1) or "")
    return f"（{said}）" if said else ""


def for_window(text: str) -> str:
    """`text` without its “（命令行：…）” parts (or with the window's own words for one, as
    `WINDOW_WORDS` has them): what the window shows (before translating)."""
    if not text or ("命令行" not in text and "（--" not in text):
        return text
    return _CLI_PART.sub(_window_part, text)
