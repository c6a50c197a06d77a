"""What a process's first paper loads once, loaded before the clerk asks for it.

A fresh process's first paper paid 1.3–2.3 s more than its second (bench/bench_first_print.py):
jieba's dictionary and part-of-speech table for the title segmenter (~1.1 s whole; ~0.2 s since
printing.segmenter_tables reads them a first character at a time), the CJK fonts' registration
(~0.2 s), pypinyin's tables (~0.3 s, a 通报's units in 音序) and the forms' modules. The window
runs ``in_background`` once it has painted, so the clerk's first 打印 waits for none of it. Each
part is the same call a paper makes on first use (loaded once, under its module's lock), so a
paper made meanwhile waits for the part in progress and nothing is loaded twice; what is drawn
is the same either way. A part that fails is logged and left to the paper, which says why in
its own words (a font file that cannot be embedded: the next face, ``fonts.choice``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from officedesk.core.batch import cycle_collection_paused

log = logging.getLogger(__name__)

_done = threading.Event()


def _forms() -> None:
    from officedesk.printing import forms

    forms.load_all()


def _fonts() -> None:
    from officedesk.printing import fonts

    fonts.register_fonts()


def _faces() -> None:
    """What papers read of each face once: the characters it lacks (a pattern per face) and
    the top of the 宋体's 一字线 (the page number's place, read with fontTools)."""
    from officedesk.printing import fallback, fonts
    from officedesk.printing.gbt9704 import geometry

    for role in fonts.ROLES:
        fallback.has_all("一", fonts.font(role))
    geometry.page_number_baseline(14)


def _segmenter() -> None:
    from officedesk.printing import words

    words.load_segmenter()


def _pinyin() -> None:
    """pypinyin's tables (~0.3 s): lists of units in 音序 (督查通报, 信息排名)."""
    from officedesk.core import directory

    directory.pinyin_key("云岭")


# cheapest first: a clerk who prints at once finds the forms and fonts ready
PARTS: tuple[tuple[str, Callable[[], None]], ...] = (
    ("forms", _forms),
    ("fonts", _fonts),
    ("faces", _faces),
    ("segmenter", _segmenter),
    ("pinyin", _pinyin),
)


def warm_up() -> list[str]:
    """Load every part now (each once per process); returns the names of those that failed.

    The cycle collector is paused meanwhile: its full collections while the tables are built
    held the window's thread up to ~0.25 s at a time (no more than ~25 ms without them)."""
    failed: list[str] = []
    with cycle_collection_paused():
        for name, part in PARTS:
            try:
                part()
            except Exception:  # the paper that needs it loads it again and says what is wrong
                log.exception("打印预加载（%s）失败", name)
                failed.append(name)
    _done.set()
    return failed


def in_background() -> threading.Thread:
    """``warm_up`` in a daemon thread (the window calls this after it paints)."""
    thread = threading.Thread(target=warm_up, name="print-warm-up", daemon=True)
    thread.start()
    return thread


def finished(timeout: float | None = None) -> bool:
    """Whether a warm-up has run to its end (waiting up to ``timeout`` seconds)."""
    return _done.wait(timeout)
