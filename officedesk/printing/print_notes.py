"""What a paper tells the clerk of how it was laid out (a joint 公文's 标志 printed with the
主办机关's name alone, so that page 1 shows the 正文): noted while the paper is made
(``noting``), carried on the PDF (``forms.Printed.notes``), said by the command line and shown
over the preview before it is printed."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from officedesk.core.context_values import bound

NOTES: ContextVar[list[str] | None] = ContextVar("printing_notes", default=None)


@contextlib.contextmanager
def noting() -> Iterator[list[str]]:
    """The notes made while this is open, in order, each once."""
    found: list[str] = []
    with bound(NOTES, found):
        yield found


def note(text: str) -> None:
    """Tell the clerk ``text`` (when a paper is being made with ``noting``)."""
    found = NOTES.get()
    if found is not None and text not in found:
        found.append(text)
