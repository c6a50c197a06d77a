"""Which GB/T 9704 format a 公文 prints in, by its 文种: 函 in 信函格式, 纪要 in 纪要格式,
命令（令） in 命令格式, every other kind in 文件格式; the office may choose otherwise per 文种
(setting ``print.format_by_kind``)."""

from __future__ import annotations

from officedesk.core import i18n, settings
from officedesk.core.errors import ValidationError

FORMAT_LABELS = {"文件格式": "document", "信函格式": "letter", "纪要格式": "minutes",
                 "命令格式": "command"}
DEFAULT_FORMATS = {"函": "letter", "纪要": "minutes", "命令": "command"}

FORMAT_BY_KIND = settings.declare(
    "print.format_by_kind",
    str,
    "",
    "公文格式（按文种）",
    "打印",
    help="每项写“文种=格式”，用分号或换行分隔，格式为文件格式、信函格式、纪要格式或命令格式，"
    "例如“通知=信函格式；函=文件格式”。未写的文种：函用信函格式，纪要用纪要格式，"
    "命令（令）用命令格式，其余用文件格式。",
    blank="如 通知=信函格式；留空：函、纪要、命令各用其格式，其余用文件格式",
)


def _kind_key(kind: str) -> str:
    """命令(令), 命令（令）, 令 and 命令 are one 文种."""
    text = (kind or "").strip().replace("（", "(").replace("）", ")")
    if text in ("命令(令)", "令", "命令"):
        return "命令"
    return text


def office_choices(text: str | None = None) -> dict[str, str]:
    """The office's setting as 文种 → variant; a clear message when it cannot be read."""
    raw = settings.get(FORMAT_BY_KIND.key) if text is None else text
    out: dict[str, str] = {}
    for item in str(raw or "").replace("\n", "；").replace(";", "；").split("；"):
        item = item.strip()
        if not item:
            continue
        kind, sep, label = item.replace("＝", "=").partition("=")
        variant = FORMAT_LABELS.get(label.strip())
        if not sep or not kind.strip() or variant is None:
            raise ValidationError(i18n.text(
                "设置“公文格式（按文种）”中的“%1”无法识别：请写成“文种=格式”，格式为%2之一。", item, list(FORMAT_LABELS)),
                FORMAT_BY_KIND.key,
            )
        out[_kind_key(kind)] = variant
    return out


@settings.check(FORMAT_BY_KIND.key)
def _check_formats(value: str) -> None:
    office_choices(value)


def variant_for(kind: str) -> str:
    """The engine's variant ("document", "letter", "minutes", "command") for a 文种."""
    key = _kind_key(kind)
    chosen = office_choices()
    if key in chosen:
        return chosen[key]
    return DEFAULT_FORMATS.get(key, "document")
