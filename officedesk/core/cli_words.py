"""The command line's own words inside a text that both the window and `officedesk` show (a
step's help, a setting's help): written after the window's words they go with as
“（命令行：…）” — the convention of the step refusals' ““经办人”一栏（命令行：--person 姓名）”.
The command line prints the text whole; the window shows `for_window(text)`, without them, so
it never names a subcommand (info-receipt), an option (--on, --force) or a field=value form
the window has no place for. The English window translates what is left (the glossaries hold
both forms)."""

from __future__ import annotations

import re

# “（命令行：…）” or “（命令行 …）”, one level of brackets inside (复查申请（复核申请）)
_CLI_PART = re.compile(r"（命令行[：\s][^（）]*(?:（[^（）]*）[^（）]*)*）")


def for_window(text: str) -> str:
    """`text` without its “（命令行：…）” parts: what the window shows (before translating)."""
    if not text or "命令行" not in text:
        return text
    return _CLI_PART.sub("", text)
