"""A TrueType face's parsed tables, kept between processes.

reportlab parses a face's tables (its character map, widths, glyph offsets: 171,000 reads of
two bytes for the bundled 仿宋 alone) each time a process registers it: 0.2–0.45 s for a paper's
four or five faces, most of a first paper once jieba's tables are read a character at a time
(bench/bench_first_print.py). What the parse gives is kept in a file per face beside jieba's
cache (the temporary folder, one set per user), keyed by reportlab's version and the font
file's path, size and time; a face registered again is made from it and the file's bytes (read
whole, as reportlab reads them), so it embeds and measures as the face parsed. A file missing,
stale or damaged: the face is parsed as before, and the file made again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase import ttfonts

log = logging.getLogger(__name__)

FORMAT = 2
_NOT_KEPT = ("_ttf_data", "_pdfScale", "table")  # the file's bytes; made again from the rest


def _stamp(filename: str, index: int) -> tuple[Any, ...]:
    found = os.stat(filename)
    return FORMAT, reportlab.Version, filename, index, found.st_size, found.st_mtime_ns


def cache_path(stamp: tuple[Any, ...]) -> Path:
    user = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
    digest = hashlib.sha1(repr(stamp).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"officedesk-face-{FORMAT}{user}-{digest}.bin"


def _state(face: Any) -> tuple[dict[str, Any], dict[str, tuple[bytes, str]]]:
    """The parsed face's attributes, its names (bytes with their text) apart."""
    plain: dict[str, Any] = {}
    names: dict[str, tuple[bytes, str]] = {}
    for key, value in face.__dict__.items():
        if key in _NOT_KEPT:
            continue
        if isinstance(value, ttfonts.TTFNameBytes):
            names[key] = (bytes(value), value.ustr)
        else:
            plain[key] = value
    return plain, names


def save(face: Any, stamp: tuple[Any, ...]) -> None:
    """Keep the parsed face (not one whose scale this module would make otherwise: a reportlab
    that makes it another way)."""
    if any(_scale(face.unitsPerEm)(x) != face._pdfScale(x) for x in (1, 517, 2048)):
        return
    plain, names = _state(face)
    # each attribute marshalled apart: read in a call each, never holding another thread
    # (the window's, during the warm-up) for the whole face
    body = marshal.dumps(({key: marshal.dumps(value) for key, value in plain.items()}, names))
    path = cache_path(stamp)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    try:
        with os.fdopen(fd, "wb") as out:
            head = marshal.dumps((stamp, len(body), zlib.crc32(body)))
            out.write(len(head).to_bytes(8, "little") + head + body)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(stamp: tuple[Any, ...]) -> tuple[dict[str, Any], dict[str, tuple[bytes, str]]] | None:
    """The kept state of the face, or None (none kept, another's, stale, damaged)."""
    path = cache_path(stamp)
    try:
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None  # another's file in a shared temporary folder is not read
        data = path.read_bytes()
    except OSError:
        return None
    try:
        size = int.from_bytes(data[:8], "little")
        kept, body_size, crc = marshal.loads(data[8:8 + size])
        body = data[8 + size:]
        if kept != stamp or len(body) != body_size or zlib.crc32(body) != crc:
            return None
        parts, names = marshal.loads(body)
        plain = {key: marshal.loads(value) for key, value in parts.items()}
    except (ValueError, EOFError, TypeError):
        return None
    return plain, names


def _scale(units_per_em: int) -> Any:
    """reportlab's _pdfScale, as extractInfo makes it (reportlab 5.x)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


class CachedFace(ttfonts.TTFontFace):
    """TTFontFace made from the kept state when there is one (else parsed, and kept)."""

    def __init__(self, filename: Any, validate: int = 0, subfontIndex: Any = 0) -> None:  # noqa: N803
        stamp = None
        if isinstance(filename, str) and isinstance(subfontIndex, int) and not validate:
            try:
                stamp = _stamp(filename, subfontIndex)
                kept = load(stamp)
            except OSError:
                kept = None
            if kept is not None:
                with open(filename, "rb") as f:
                    data = f.read()
                plain, names = kept
                self.__dict__.update(plain)
                for key, (raw, text) in names.items():
                    name = bytes.__new__(ttfonts.TTFNameBytes, raw)
                    name.ustr = text
                    self.__dict__[key] = name
                self._ttf_data = data
                self.table = {record["tag"]: record for record in self.tables}
                self._pdfScale = _scale(self.unitsPerEm)
                return
        super().__init__(filename, validate=validate, subfontIndex=subfontIndex)
        if stamp is not None:
            try:
                save(self, stamp)
            except Exception:  # a full or read-only folder: the next process parses it again
                log.warning("字体解析缓存无法写入：%s", filename, exc_info=True)


@contextlib.contextmanager
def in_use() -> Iterator[None]:
    """reportlab's TTFont makes its face with CachedFace meanwhile (fonts registers under its
    lock; a face made in another thread meanwhile is the same face)."""
    original = ttfonts.TTFontFace
    ttfonts.TTFontFace = CachedFace  # type: ignore[misc]
    try:
        yield
    finally:
        ttfonts.TTFontFace = original  # type: ignore[misc]
