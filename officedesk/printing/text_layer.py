"""The text a PDF reader copies and searches names a character outside the BMP rightly.

reportlab (5.1) writes each embedded subset's ToUnicode map as ``<code> <%04X>``: a character
of the CJK extensions (𠅤 U+20164, one of the 196 of the 通用规范汉字表 outside the BMP that the
bundled 楷体 and 小标宋 draw) comes out as five hex digits, which readers take for two other
characters — the page prints 𠅤, a search for the name finds nothing, a copy pastes ‖ℹ. The map
must give a character as UTF-16 (a surrogate pair), which this writes; for the BMP the map is
the same, byte for byte, as reportlab's.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


def utf16_hex(point: int) -> str:
    """A code point as the hex digits of its UTF-16 (big-endian) code units."""
    return chr(point).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap for a subset, with each character in UTF-16."""
    text: str = _original(fontname, subset)
    if all(point <= 0xFFFF for point in subset):
        return text
    lines = text.split("\n")
    first = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[first:first + len(subset)] = [f"<{code:02X}> <{utf16_hex(point)}>"
                                        for code, point in enumerate(subset)]
    return "\n".join(lines)


def install() -> None:
    """Make reportlab write its ToUnicode maps with to_unicode_cmap (once; idempotent)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
