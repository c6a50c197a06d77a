"""What a batch's check of one row leaves for the rows after it, taken back when the row is
refused — as one by one its savepoint took back what the row wrote. A registry's check that
counts something across the rows (a 信息 续报's title, （续报二） after （续报一）: core.info.
first_reports) says how to take it back (`on_refusal`); core.batch and core.batch_in_order check
each row inside `row()`."""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from types import TracebackType

_undo: contextvars.ContextVar[list[Callable[[], None]] | None] = contextvars.ContextVar("row_undo", default=None)


class _Row:
    """row()'s scope: a class, not a generator (a batch enters one a row)."""

    __slots__ = ("_steps", "_token")

    def __enter__(self) -> None:
        self._steps: list[Callable[[], None]] = []
        self._token = _undo.set(self._steps)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        try:
            if kind is not None:  # refused: what it counted is taken back, the refusal goes on
                for step in reversed(self._steps):
                    step()
        finally:
            _undo.reset(self._token)


def row() -> _Row:
    """One row's check: what it counted is taken back if it raises."""
    return _Row()


def on_refusal(step: Callable[[], None]) -> None:
    """Within a row's check: `step` takes back what it just counted, should the row be refused."""
    undo = _undo.get()
    if undo is not None:
        undo.append(step)
