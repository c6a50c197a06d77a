"""Whether a font file a setting names (print.font.<role>: a path, "#index" for a face of a
.ttc collection) is one reportlab can embed, read from its table directory only, and why not in
words a clerk can act on (printing/fonts.py: checked when the setting is saved, and said on the
打印与字体 page when the file went wrong since)."""

from __future__ import annotations

from pathlib import Path

from officedesk.core import i18n

# what reportlab needs to embed a face: TrueType outlines (glyf/loca) and a character map
NEEDED_TABLES = (b"cmap", b"glyf", b"head", b"loca")


def split_setting(value: str) -> tuple[Path, int]:
    """A setting's path and face index (``C:\\Windows\\Fonts\\simsun.ttc#1``)."""
    text = value.strip().strip('"')
    index = 0
    if "#" in text:
        head, _, tail = text.rpartition("#")
        if tail.strip().isdigit():
            text, index = head, int(tail)
    return Path(text).expanduser(), index


def refusal(value: str, redo: str) -> str | None:
    """Why the file `value` names cannot be embedded, ending with `redo` (what to do); None when
    it can, or the setting is empty."""
    if not str(value or "").strip():
        return None
    path, index = split_setting(str(value))
    if not path.is_absolute():
        return i18n.text("请写字体文件的完整路径（如 C:\\Windows\\Fonts\\simfang.ttf），“%1”不是。%2",
                         i18n.Verbatim(str(path)), redo)
    if not path.is_file():
        return i18n.text("找不到字体文件“%1”。%2", i18n.Verbatim(str(path)), redo)
    try:
        with path.open("rb") as file:
            head = file.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = int.from_bytes(head[8:12], "big")
                if index >= count:
                    return i18n.text("“%1”中只有 %2 个字体，“#”后的序号应是 0 到 %3。",
                                     i18n.Verbatim(path.name), count, count - 1)
                file.seek(12 + 4 * index)
                offset = int.from_bytes(file.read(4), "big")
            elif index:
                return i18n.text("“%1”不是字体集合（.ttc），不能写“#%2”：请去掉它。",
                                 i18n.Verbatim(path.name), index)
            file.seek(offset)
            directory = file.read(12)
            tables = int.from_bytes(directory[4:6], "big")
            tags = {file.read(16)[:4] for _ in range(min(tables, 256))}
    except OSError as exc:
        return i18n.text("无法读取字体文件“%1”（%2）。%3", i18n.Verbatim(str(path)),
                         i18n.Verbatim(str(exc.strerror or exc)), redo)
    if directory[:4] == b"OTTO":
        return i18n.text("“%1”是 PostScript（CFF）轮廓的 OpenType 字体，打印时无法嵌入。"
                         "请选 TrueType 字体文件（.ttf / .ttc）。", i18n.Verbatim(path.name))
    if directory[:4] not in (b"\x00\x01\x00\x00", b"true") or not set(NEEDED_TABLES) <= tags:
        return i18n.text("“%1”不是可用的 TrueType 字体文件（或已损坏）。请选 .ttf / .ttc 字体文件。",
                         i18n.Verbatim(path.name))
    return None
