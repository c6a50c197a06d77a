"""Settings the table keeps that their declaration refuses (a 办结时限 of 0 days kept from
before its bound, a value imported or written by hand): `get` reads each as its default; here
they are told, with what is read instead and how to put it right — `check`'s [系统设置] part and
the 系统设置 dialog, beside the field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from officedesk.core import i18n, menu_paths, settings
from officedesk.store.models import AppSetting


@dataclass(frozen=True)
class Refused:
    key: str
    stored: Any  # as the table keeps it (its JSON read back, or the text itself)
    reason: str  # the declaration's refusal, in words
    read: Any  # what the program reads instead: the default

    @property
    def label(self) -> str:
        return settings.setting(self.key).label


def refusal(key: str) -> Refused | None:
    """Why the stored value of `key` is refused (None: none stored, or it is read as kept)."""
    row = AppSetting.get_or_none(AppSetting.key == key)
    return None if row is None else _refused(settings.setting(key), row.value)


def refused() -> list[Refused]:
    """Every declared setting whose stored value its declaration refuses, in key order."""
    declared = {item.key: item for item in settings.declared()}
    found = (_refused(declared[row.key], row.value)
             for row in AppSetting.select().order_by(AppSetting.key) if row.key in declared)
    return [item for item in found if item is not None]


def _refused(setting: settings.Setting, text: str) -> Refused | None:
    read, reason = settings.read_stored(setting, text)
    if reason is None:
        return None
    return Refused(setting.key, settings.kept_value(text), reason, read)


def shown(value: Any) -> str:
    """A value as the command line takes it back (是/否 for a yes/no, a text as it is)."""
    if isinstance(value, bool):
        return "是" if value else "否"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def problem_text(item: Refused) -> str:
    """The finding of `check`: what is kept, why it is refused, what is read, the command."""
    default = shown(item.read)
    return i18n.text(
        "系统设置“%1”（%2）保存的值 %3 不被接受：%4 程序现按默认值“%5”使用。请管理员改正："
        "officedesk settings %2 %6（或另一个允许的值；也可在“%7”中改正后保存）",
        item.label, item.key, json.dumps(item.stored, ensure_ascii=False), item.reason,
        "；".join(default.splitlines()), _quoted(default), menu_paths.setting_path(settings.setting(item.key)))


def field_text(item: Refused) -> str:
    """Beside the field in the 系统设置 dialog: the box shows the default, which 保存 stores."""
    return i18n.text("保存的值 %1 不被接受：%2 现按默认值使用，保存即改为框中的值。",
                     json.dumps(item.stored, ensure_ascii=False), item.reason)


def _quoted(value: str) -> str:
    """A value as typed in a shell: an empty text or one with spaces or lines in quotes."""
    if value and not any(char.isspace() or char in "\"'$`\\" for char in value):
        return value
    if "\n" in value:  # bash's $'…': the lines on one line of the message
        return "$'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"
    return "'" + value.replace("'", "'\\''") + "'"
