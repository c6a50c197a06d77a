"""English for the ninth GUI review's fixes: the 信访 打印 (Ctrl+P) with no paper to print, the
import's list of possible 重复信访; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "这件信访暂无本机关可打印的文书：": "This office has no paper to print for this petition yet:",
}
