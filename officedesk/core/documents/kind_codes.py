"""发文字号 under a 代字 of their own for some 文种: an office that numbers its 函 apart
(云委办函〔2026〕3号) names the 代字 here, and each such 代字 runs its own sequence a year —
numbers run continuously per 机关代字 (DOMAIN.md). The other 文种 take the 机关代字 with 发; a
令 has its 令号 (doc_rules.COMMAND_PREFIX)."""

from __future__ import annotations

import re
from typing import Any

from officedesk.core import i18n, settings
from officedesk.core.documents import doc_rules
from officedesk.core.documents.common import KINDS

KIND_CODES = settings.declare(
    "documents.kind_codes",
    str,
    "",
    "按文种单独编号的代字",
    "编号",
    help="每行一个“文种=代字”，如 函=云委办函：这一文种按这个代字单独编号（云委办函〔2026〕1号，每年从 1 号起）；"
    "没有写的文种用机关代字加“发”。令号见“命令（令）令号前缀”。",
    lines=True,
    blank="每行一个，如：函=云委办函；留空则都用机关代字加“发”",
)
CODE_LONGEST = 12
_PAIR = re.compile(r"^\s*([^=＝]*?)\s*[=＝]\s*(.*?)\s*$")
_NOT_IN_A_CODE = "〔〕[]【】()（）〈〉〖〗号=＝"
# a 令's number is its 令号, set apart
_COMMAND_NAMES = ("命令(令)", "命令（令）", "令", "命令")


def _pairs(value: Any) -> list[tuple[str, str, str]]:
    """(line, 文种, 代字) of each line that is not blank; a line without “=” has them empty."""
    found = []
    for line in str(value or "").splitlines():
        if not line.strip():
            continue
        match = _PAIR.match(line)
        kind, code = (match.group(1), match.group(2)) if match else ("", "")
        found.append((line.strip(), kind, code))
    return found


def codes(value: Any = None) -> dict[str, str]:
    """文种 → its own 代字, as set (or as `value` would set them)."""
    read = settings.get(KIND_CODES.key) if value is None else value
    return {kind: code for _, kind, code in _pairs(read) if kind and code}


def code_for(kind: str | None) -> str | None:
    """The 代字 a document of `kind` is numbered under, when it has its own; None: the 机关代字
    with 发."""
    return codes().get((kind or "").strip()) or None


@settings.check(KIND_CODES.key)
def _codes_form(value: Any) -> str | None:
    seen: set[str] = set()
    kinds = [kind for kind in KINDS if kind not in _COMMAND_NAMES]
    for line, kind, code in _pairs(value):
        if not kind or not code:
            return i18n.text("“%1”：每行写一个“文种=代字”，如 函=云委办函。", line[:40])
        if kind in _COMMAND_NAMES:
            return i18n.text("令号另有设置“命令（令）令号前缀”，这里不写“%1”。", kind)
        if kind not in kinds:
            return i18n.text("“%1”不是公文的文种。可写的有：%2。", kind, "、".join(kinds))
        if kind in seen:
            return i18n.text("文种“%1”写了两次，请删去一行。", kind)
        if any(char.isspace() or char.isdigit() or char in _NOT_IN_A_CODE for char in code):
            return i18n.text("代字“%1”只写代字，如 云委办函（发文字号由程序加年份和序号：云委办函〔2026〕1号），"
                             "不写空格、数字、括号或“号”。", code)
        if len(code) > CODE_LONGEST:
            return i18n.text("代字“%1”最多 %2 个字，现在是 %3 个。", code, CODE_LONGEST, len(code))
        seen.add(kind)
    return None


@settings.between(KIND_CODES.key, doc_rules.COMMAND_PREFIX.key, "org.code")
def _not_the_command_prefix(value: Any, command_prefix: Any, org_code: Any) -> str | None:
    """No 文种 numbered under the 令号's 代字: its numbers would come out of the 令号, which runs
    apart (GB/T 9704 §10.2), and the next 令 would skip them."""
    command = str(command_prefix or "").strip() or f"{org_code or ''}令"
    kind = next((kind for kind, code in codes(value).items() if code == command), None)
    if kind is None:
        return None
    return i18n.text("“%1”是令号的代字（“命令（令）令号前缀”），令号单独编号；文种“%2”不能用它编号，"
                     "请另写一个代字。", command, kind)
