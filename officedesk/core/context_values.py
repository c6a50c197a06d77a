"""A context variable bound to a value for a `with` block, and put back after it (a batch's
scope, a reason given for a step, the notes a paper collects while it is drawn)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def bound(variable: ContextVar[T], value: T) -> Iterator[T]:
    """Within: `variable` reads `value`; after, what it read before."""
    token = variable.set(value)
    try:
        yield value
    finally:
        variable.reset(token)


def record_held(records: dict[int, Any] | None, record_id: Any) -> Any:
    """The record a bound batch holds under `record_id` (a number, or its text as a sheet
    gives it), or None: none bound, none held, or no id at all."""
    if records is None:
        return None
    try:
        return records.get(int(record_id))
    except (TypeError, ValueError):
        return None
