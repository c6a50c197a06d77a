"""A character the role's face lacks, drawn in another face that has it (王堃's 堃, 朱镕基's 镕
in the bundled 仿宋 cut from Fandol, which has neither; 䶮 or 𠮷 in a 仿宋_GB2312).

The stand-ins, in this order: the other roles' faces, the one closest in look first (仿宋 →
楷体, 宋体, 小标宋, 黑体; a title's 小标宋 → 宋体, 黑体 ...), with the installed faces that carry
the CJK extensions (Windows' 宋体 ``simsun.ttc`` for Extension A, ``simsunb.ttf`` for B, and
``SimsunExtG.ttf``; unless ``print.font.search_system`` is off) before the 黑体 — they are
宋体, closer to a 仿宋 or 楷体 line — and last for the 黑体 itself. A character that still
prints in the 黑体 inside a line of another face is named in the paper's print note
(fonts.noting_stand_ins). A character no face has keeps
its own face: it prints as an empty box and the paper names it (fonts.noting_missing).

Measuring (layout.char_width) and drawing (``text_out``, ``draw_string``) take the same face,
so a line's width is the width it prints at.
"""

from __future__ import annotations

import logging
import re
from typing import Any, TypeVar

from reportlab.pdfbase.pdfmetrics import stringWidth

from officedesk.core import settings
from officedesk.printing import fonts

log = logging.getLogger(__name__)

# role -> the roles whose faces stand in for it, closest in look first
STAND_INS = {
    fonts.FANGSONG: (fonts.KAITI, fonts.SONG, fonts.TITLE, fonts.HEITI),
    fonts.KAITI: (fonts.FANGSONG, fonts.SONG, fonts.TITLE, fonts.HEITI),
    fonts.SONG: (fonts.FANGSONG, fonts.KAITI, fonts.TITLE, fonts.HEITI),
    fonts.TITLE: (fonts.SONG, fonts.HEITI, fonts.FANGSONG, fonts.KAITI),
    fonts.HEITI: (fonts.TITLE, fonts.SONG, fonts.FANGSONG, fonts.KAITI),
}

# installed faces with the characters of the CJK extensions, best first
EXTENSION_FILES = ("simsun.ttc", "simsunb.ttf", "SimsunExtG.ttf", "SimSun-ExtB.ttf", "mingliub.ttc")

_faces: dict[str, tuple[str, ...]] = {}  # font name -> its stand-ins' font names
_extension_names: list[str] | None = None
# font name -> {a character it lacks: the face it is drawn in}, filled as characters are met:
# a face's own characters (nearly all) are judged by one look in its cmap, the rest once
_lacking: dict[str, dict[str, str]] = {}
_lacked_patterns: dict[str, re.Pattern[str] | None] = {}
_UNREAD = re.compile("")  # a face whose pattern is not made yet
# other modules' caches of what was drawn in which face (layout's widths), forgotten with these
_caches: list[dict[Any, Any]] = []

C = TypeVar("C", bound=dict[Any, Any])


def cache(found: C) -> C:
    """found, a dict of what the stand-ins gave, emptied when they are forgotten (reset)."""
    _caches.append(found)
    return found


def reset() -> None:
    """Forget the stand-ins (fonts.reset_fonts: a font setting changed)."""
    global _extension_names
    _faces.clear()
    _lacking.clear()
    _lacked_patterns.clear()
    for found in _caches:
        found.clear()
    _extension_names = None


def _extensions() -> list[str]:
    global _extension_names
    if _extension_names is None:
        found: list[str] = []
        if settings.get(fonts.SEARCH_SYSTEM.key):
            files = fonts.installed_files()
            for filename in EXTENSION_FILES:
                path = files.get(filename.lower())
                if path is None:
                    continue
                try:
                    found.append(fonts.register_file(path, 0))
                except Exception as exc:  # CFF, damaged: not a stand-in
                    log.warning("字体 %s 无法嵌入，不用它补字：%s", path, exc)
        _extension_names = found
    return _extension_names


def stand_ins(font_name: str) -> tuple[str, ...]:
    """The font names that stand in for font_name's missing characters, in order."""
    found = _faces.get(font_name)
    if found is None:
        role = fonts.role_of_registered(font_name)
        order = STAND_INS.get(role, fonts.ROLES) if role else fonts.ROLES
        names: list[str] = []
        for other in order:
            if other == fonts.HEITI and role != fonts.HEITI:
                # an installed 宋体 (simsun.ttc …) is closer to 仿宋/楷体/宋体 than the 黑体
                names += [n for n in _extensions() if n != font_name and n not in names]
            try:
                name = fonts.font(other)
            except RuntimeError:  # no face at all for that role
                continue
            if name != font_name and name not in names:
                names.append(name)
        names += [n for n in _extensions() if n != font_name and n not in names]
        found = _faces[font_name] = tuple(names)
    return found


def _lacked(font_name: str) -> re.Pattern[str] | None:
    """A pattern that finds the first character of a text the face lacks (spaces are never
    lacked), or None for a face without a cmap (not judged): one search in C per text, where
    most texts have no such character."""
    if font_name not in _lacked_patterns:
        have = sorted(fonts.cmap(font_name))
        pattern = None
        if have:
            spans: list[str] = []
            first = last = have[0]
            for point in [*have[1:], -1]:
                if point != last + 1:
                    spans.append(re.escape(chr(first)) if first == last
                                 else f"{re.escape(chr(first))}-{re.escape(chr(last))}")
                    first = point
                last = point
            pattern = re.compile(f"[^{''.join(spans)}\\s]")
        _lacked_patterns[font_name] = pattern
    return _lacked_patterns[font_name]


def has_all(text: str, font_name: str) -> bool:
    """Whether font_name draws every character of text (or is not judged: no cmap)."""
    pattern = _lacked(font_name)
    return pattern is None or pattern.search(text) is None


def face_for(char: str, font_name: str) -> str:
    """The face char is drawn in: font_name when it has the glyph (or no face has it), else the
    first stand-in that has it."""
    have = fonts.cmap(font_name)
    if not have or ord(char) in have:
        return font_name
    lacking = _lacking.setdefault(font_name, {})
    found = lacking.get(char)
    if found is None:
        found = font_name
        if not char.isspace():
            for other in stand_ins(font_name):
                if not fonts.face_lacks(other, char):
                    found = other
                    break
        lacking[char] = found
    return found


def pieces(text: str, font_name: str) -> list[tuple[str, str]]:
    """text cut where its face changes: (piece, font name) in order (one piece, at the cost of
    one search, when the face has every character of it)."""
    pattern = _lacked(font_name)
    first = pattern.search(text) if pattern is not None else None
    if first is None:
        return [(text, font_name)]
    out: list[tuple[str, str]] = []
    start = 0
    current = font_name
    for k in range(first.start(), len(text)):
        char = text[k]
        face = face_for(char, font_name)
        if face != current:
            if k > start:
                out.append((text[start:k], current))
            start, current = k, face
    if start < len(text) or not out:
        out.append((text[start:], current))
    return out


def text_out(text_object: Any, text: str) -> None:
    """``text_object.textOut(text)`` in its current face, each run of characters that face
    lacks in the stand-in that has them (the face set back after it)."""
    font_name = text_object._fontname
    pattern = _lacked_patterns.get(font_name, _UNREAD)
    if pattern is _UNREAD:
        pattern = _lacked(font_name)
    if pattern is None or pattern.search(text) is None:  # the face has all of it (nearly always)
        text_object.textOut(text)
        return
    size = text_object._fontsize
    for piece, face in pieces(text, font_name):
        if face != font_name:
            text_object.setFont(face, size)
            text_object.textOut(piece)
            text_object.setFont(font_name, size)
        else:
            text_object.textOut(piece)


def string_width(text: str, font_name: str, size: float) -> float:
    """The width text prints at, each character in the face it is drawn in."""
    return sum(stringWidth(piece, face, size) for piece, face in pieces(text, font_name))


def draw_string(canvas: Any, x: float, y: float, text: str, anchor: str = "left") -> None:
    """canvas.drawString / drawCentredString / drawRightString (anchor "left", "centre",
    "right") in the canvas's current face, with stand-ins for the characters it lacks."""
    font_name, size = canvas._fontname, canvas._fontsize
    if anchor != "left":
        width = string_width(text, font_name, size)
        x -= width / 2 if anchor == "centre" else width
    words = canvas.beginText(x, y)
    words.setFont(font_name, size)
    text_out(words, text)
    canvas.drawText(words)
