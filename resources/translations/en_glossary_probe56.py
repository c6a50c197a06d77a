"""English for the print note of characters printed in the 黑体 inside a line of another face
(probe56). Same format as en_glossary.py (scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "这些字在仿宋、楷体、宋体字体中都没有字形，已用黑体印出：%1。如需与正文字体一致，请在“%2”中"
    "为字体选用含有这些字的字体文件（如 Windows 自带的 simfang.ttf、simsun.ttc）后再打印。": (
        "These characters have no glyph in the FangSong, KaiTi or SongTi fonts and were printed "
        "in HeiTi: %1. To print them in the text's own face, choose font files that have them in "
        "“%2” (such as Windows' own simfang.ttf, simsun.ttc), then print again."
    ),
}
