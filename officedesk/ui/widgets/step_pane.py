"""A record's 办理过程 pane after a step: it shows the newest step, which the record's fields
above it had pushed out of view (the clerk scrolled to see what he just did). A record merely
selected still opens at its top. The pane marks its newest step with newest_mark()."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser

NEWEST = "newest-step"


def newest_mark(index: int, steps: Sequence[Any]) -> str:
    """The anchor put before the last of `steps` (empty before the others)."""
    return f"<a name='{NEWEST}'></a>" if index == len(steps) - 1 else ""


def show_newest_step(browser: QTextBrowser) -> None:
    """Scroll the pane to its newest step, now and once the text is laid out (a pane filled
    again later in the same turn, the list putting its selection back, opens at its top)."""
    browser.scrollToAnchor(NEWEST)
    QTimer.singleShot(0, browser, lambda: browser.scrollToAnchor(NEWEST))
