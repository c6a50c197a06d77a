"""What a 用户名 may be: what a clerk types at the log-in box and gives to `--as` (a pinyin,
a 工号, a Chinese name). Letters of any script (汉字 among them), digits and _ . -, beginning
with a letter or digit: no space or punctuation, which a shell splits or a log-in box takes
differently, nor a leading - that `--as` would read as an option. Checked when a user is made
(the window and `users add`, the first setup); existing users keep their names."""

from __future__ import annotations

import re

from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.names import INVISIBLE

MAX_LENGTH = 64
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_ALLOWED = re.compile(r"[\w.\-]")  # \w: letters and digits of any script, and _
RULE = "用户名只能由汉字、字母、数字和 _ . - 组成，并以汉字、字母或数字开头，如 zhangsan、zs01、张三"


def check_username(username: str) -> str:
    """The username as it is kept (trimmed), or a ValidationError saying what is allowed."""
    username = username.strip()
    if not username:
        raise ValidationError("请填写用户名。", "username")
    if len(username) > MAX_LENGTH:
        raise ValidationError("用户名最多 64 个字符。", "username")
    if _INVISIBLE.search(username) or not username.isprintable():
        raise ValidationError("用户名中有看不见的字符（如从网页或 Word 粘贴带来的零宽空格、方向控制符），"
                              "会与看上去相同的用户名混淆。请删去后重新输入。", "username")
    bad = next((c for c in username if not _ALLOWED.fullmatch(c)), None)
    if bad is not None:
        shown = text("空格") if bad.isspace() else text("“%1”", bad)
        raise ValidationError(text("用户名“%1”中有%2，不能用：%3。请改后重新输入。", username, shown, RULE),
                              "username")
    if not username[0].isalnum():
        raise ValidationError(text("用户名“%1”不能以“%2”开头：%3。请改后重新输入。", username, username[0], RULE),
                              "username")
    return username
