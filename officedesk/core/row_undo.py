"""What a batch's check of one row leaves for the rows after it, taken back when the row is
refused — as one by one its savepoint took back what the row wrote. A registry's check that
counts something across the rows (a 信息 续报's title, （续报二） after （续报一）: core.info.
first_reports) says how to take it back (`on_refusal`); core.batch and core.batch_in_order check
each row inside `row()`."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator

_undo: contextvars.ContextVar[list[Callable[[], None]] | None] = contextvars.ContextVar("row_undo", default=None)


@contextlib.contextmanager
def row() -> Iterator[None]:
    """One row's check: what it counted is taken back if it raises."""
    undo: list[Callable[[], None]] = []
    token = _undo.set(undo)
    try:
        yield
    except BaseException:
        for step in reversed(undo):
            step()
        raise
    finally:
        _undo.reset(token)


def on_refusal(step: Callable[[], None]) -> None:
    """Within a row's check: `step` takes back what it just counted, should the row be refused."""
    undo = _undo.get()
    if undo is not None:
        undo.append(step)
