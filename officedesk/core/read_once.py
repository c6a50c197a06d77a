"""Reads remembered for the length of one question that asks the same rows many times and
writes nothing: the steps a record offers now (steps.available_steps) asks each step's refusal,
and each reads the record's signatures and every user's post again — 15,000 queries for the
steps of one 发文 seen by eight users, 60 ms a selected row. Outside such a scope every read goes
to the database, as before."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

from officedesk.core.context_values import bound

T = TypeVar("T")

_remembered: ContextVar[dict[Hashable, Any] | None] = ContextVar("officedesk_read_once", default=None)


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """Inside: each remembered read is made once (a scope inside another shares the outer's)."""
    if _remembered.get() is not None:
        yield
        return
    with bound(_remembered, {}):
        yield


def remembered(key: Hashable, read: Callable[[], T]) -> T:
    """read(), or inside `reading` the value read first under this key."""
    memo = _remembered.get()
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]  # type: ignore[no-any-return]


def remember(key: Hashable, value: Any) -> None:
    """Inside `reading`: `value` is what a remembered read under this key gives (one read made
    for many keys at once); outside, nothing."""
    memo = _remembered.get()
    if memo is not None:
        memo[key] = value
