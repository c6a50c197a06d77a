"""jieba's dictionary and part-of-speech table, read a first character at a time.

jieba reads its whole dictionary on first use: 500,000 words and prefixes unmarshalled from its
cache (0.7–1.1 s) and 350,000 tags parsed from dict.txt (~0.3 s), the most of a process's first
paper (bench/bench_first_print.py), though a paper's titles meet a few hundred of them. Here
both tables are kept in one file (beside jieba's own cache, ``default_path``) made once from
jieba's own tables, each cut by the words' first character; jieba is given mappings that read a
character's part when a word starting with it is first looked up. The values looked up are
jieba's own, so every cut is the cut jieba makes with its tables whole. A file missing, stale
(another jieba or dict.txt) or unreadable: jieba loads its dict.txt whole, and the file is made again.

Another local user must not crash or steer a paper through these files: the file is kept in this
user's own cache folder, not the shared temporary one; it is read only when it is a regular file
(not a link), this user's, and no one else may write it, and its head of the expected shape; and
jieba's own cache, ``jieba.cache`` in the shared temporary folder (anyone's to make, read by jieba
whoever made it), is never read: jieba's tables are made from its dict.txt instead.
"""

from __future__ import annotations

import importlib
import io
import logging
import marshal
import os
import stat
import sys
import tempfile
import threading
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from officedesk import paths

log = logging.getLogger(__name__)

FORMAT = 1  # the file's layout; a new one makes the file again


class ByFirstChar(dict):  # type: ignore[type-arg]
    """A dict whose entries are read, a first character's at a time, from ``blob`` when a key
    with that first character is first looked up or set (jieba's lookups: ``in``, ``[]``,
    ``get``, setting, ``update``)."""

    def __init__(self, blob: bytes, parts: dict[str, tuple[int, int]]) -> None:
        super().__init__()
        self._blob = blob
        self._parts = parts  # first character -> (start, end) in blob, until read
        self._lock = threading.Lock()

    def _read(self, key: Any) -> None:
        first = key[:1] if isinstance(key, str) else None
        if first in self._parts:
            with self._lock:
                place = self._parts.get(first)
                if place is not None:  # read in, then forgotten: a lookup meanwhile waits
                    dict.update(self, _words(self._blob[place[0]:place[1]]))
                    del self._parts[first]

    def __contains__(self, key: object) -> bool:
        self._read(key)
        return dict.__contains__(self, key)

    def __getitem__(self, key: Any) -> Any:
        self._read(key)
        return dict.__getitem__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._read(key)
        return dict.get(self, key, default)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._read(key)
        dict.__setitem__(self, key, value)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self._read(key)
        return dict.setdefault(self, key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value


def _words(part: bytes) -> dict[str, Any]:
    """A first character's words, or none when its bytes are no such table (made so: the checksum
    is kept beside them): jieba finds none of them rather than failing in a paper's middle."""
    try:
        words = marshal.loads(part)
    except (ValueError, EOFError, TypeError):
        words = None
    if isinstance(words, dict) and all(isinstance(word, str) for word in words):
        return words
    log.warning("分词词典缓存中有一段无法读取，按没有这些词处理")
    return {}


def _stamp(jieba: Any) -> tuple[Any, ...]:
    """What the file is made from: this layout, jieba's version and its dictionary file."""
    handle = jieba.dt.get_dict_file()
    try:
        path = str(handle.name)
    finally:
        handle.close()
    found = os.stat(path)
    return FORMAT, jieba.__version__, os.path.realpath(path), found.st_size, found.st_mtime_ns


def default_path() -> Path:
    """In this user's own cache folder (shared by every office and process of this user on the
    machine, and by no other user: one in the shared temporary folder another could make first,
    and the file would never be made again)."""
    return paths.cache_dir() / f"officedesk-jieba-tables-{FORMAT}.bin"


def _split(table: dict[str, Any]) -> tuple[dict[str, tuple[int, int]], bytes]:
    by_first: dict[str, dict[str, Any]] = {}
    for word, value in table.items():
        by_first.setdefault(word[:1], {})[word] = value
    parts: dict[str, tuple[int, int]] = {}
    out = io.BytesIO()
    for first, words in by_first.items():
        start = out.tell()
        out.write(marshal.dumps(words))
        parts[first] = (start, out.tell())
    return parts, out.getvalue()


def save(path: Path, jieba: Any, freq: dict[str, int], total: int, tags: dict[str, str]) -> None:
    """Write the file from jieba's tables as loaded (written whole, then moved into place: a
    process reading it meanwhile reads the old one or the new)."""
    freq_parts, freq_blob = _split(freq)
    tag_parts, tag_blob = _split(tags)
    body = freq_blob + tag_blob
    head = marshal.dumps((_stamp(jieba), total, freq_parts, len(freq_blob), tag_parts, len(body),
                          zlib.crc32(body)))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(len(head).to_bytes(8, "little") + head + body)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read_own(path: Path) -> bytes | None:
    """The file's bytes when it is a regular file (a link is not followed: it could be pointed
    elsewhere between a check and the read), this user's, and no one else may write it."""
    # nor does it wait on a pipe put in its place (O_NONBLOCK: a regular file reads as ever)
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as found:
        held = os.fstat(found.fileno())  # the file opened, not what the name points to now
        if not stat.S_ISREG(held.st_mode):
            return None
        if hasattr(os, "getuid") and (held.st_uid != os.getuid() or held.st_mode & 0o022):
            return None  # another's, or one another may write
        return found.read()


def _place(value: Any, size: int) -> bool:
    return (isinstance(value, tuple) and len(value) == 2
            and all(type(n) is int for n in value) and 0 <= value[0] <= value[1] <= size)


def _parts(value: Any, size: int) -> bool:
    return isinstance(value, dict) and all(
        isinstance(first, str) and len(first) <= 1 and _place(place, size)
        for first, place in value.items())


def load(path: Path, jieba: Any) -> tuple[int, ByFirstChar, ByFirstChar] | None:
    """(total, words, tags) from the file, or None when it is missing, not this user's own
    regular file, not made from this jieba and dictionary, or damaged (cut short, changed: its
    checksum; a head of another shape)."""
    data = _read_own(path)
    if data is None or len(data) < 8:
        return None
    size = int.from_bytes(data[:8], "little")
    try:
        head = marshal.loads(data[8:8 + size])
    except (ValueError, EOFError, TypeError):
        return None
    if not (isinstance(head, tuple) and len(head) == 7):
        return None
    stamp, total, freq_parts, freq_size, tag_parts, body_size, crc = head
    body = memoryview(data)[8 + size:]
    if stamp != _stamp(jieba) or len(body) != body_size or zlib.crc32(body) != crc:
        return None
    if type(total) is not int or type(freq_size) is not int or not 0 <= freq_size <= body_size \
            or not _parts(freq_parts, freq_size) or not _parts(tag_parts, body_size - freq_size):
        return None
    return (total, ByFirstChar(bytes(body[:freq_size]), freq_parts),
            ByFirstChar(bytes(body[freq_size:]), tag_parts))


def _import_jieba() -> Any:
    """jieba, imported without pkg_resources (0.3 s of imports, only to open jieba's own files:
    jieba opens them by their path instead)."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # its import fails
    try:
        import jieba
    finally:
        if hide and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _load_whole(jieba: Any) -> None:
    """jieba's tables made from its dict.txt, as jieba makes them, never read from its cache in
    the shared temporary folder (``jieba.cache``: another user may have made it)."""
    tokenizer = jieba.dt
    with tokenizer.lock:
        if not tokenizer.initialized:
            tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
            tokenizer.initialized = True


def install(terms: Iterable[str], path: Path | None = None) -> Any:
    """jieba, initialised from the file (made from jieba's own tables first when it has none
    that fits), with ``terms`` added as words; returns the jieba module (posseg imported)."""
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    fresh = not jieba.dt.initialized and "jieba.posseg" not in sys.modules
    tables = None
    if fresh:
        try:
            path = path or default_path()
            tables = load(path, jieba)
        except Exception:  # damaged: jieba loads as before, and the file is made again
            log.warning("分词词典缓存 %s 无法读取，重新生成", path, exc_info=True)
    if tables is not None:
        total, freq, tags = tables
        jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = freq, total, True
        jieba.dt.get_dict_file = lambda: io.BytesIO(b"")  # posseg's import reads no dict.txt
        try:
            posseg = importlib.import_module("jieba.posseg")
        finally:
            del jieba.dt.get_dict_file
        posseg.dt.word_tag_tab = tags
    else:
        _load_whole(jieba)
        posseg = importlib.import_module("jieba.posseg")
        if fresh and path is not None:
            try:
                save(path, jieba, jieba.dt.FREQ, jieba.dt.total, posseg.dt.word_tag_tab)
            except Exception:  # a read-only folder: the next process loads jieba as this one
                log.warning("分词词典缓存 %s 无法写入（不影响打印，下次打印前重新生成）", path, exc_info=True)
    for term in terms:
        jieba.add_word(term, freq=200000)
    return jieba
