"""Rows a change writes with its record's audit entry, made just before each entry of the record
it writes (core.audit.record calls `before_entry`), so that the entry's row digest covers them
(core.sub_rows): a step's signature (core.step_signs.Signature), whose state after the step and
办理过程 row are known only once the registry's own code has run — and that code writes the
record's entry itself (records.save_changes)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

from officedesk.core.context_values import bound

_PENDING: ContextVar[tuple[tuple[str, int, Callable[[], None]], ...]] = ContextVar(
    "officedesk_entry_rows", default=())


@contextlib.contextmanager
def written_with(registry: str, record_id: int, write: Callable[[], None]) -> Iterator[None]:
    """Inside: `write` runs before every audit entry of the record (registry, record_id)."""
    with bound(_PENDING, (*_PENDING.get(), (registry, record_id, write))):
        yield


def before_entry(registry: str, record_id: int | None) -> None:
    """The rows to write with the record's entry about to be made, written."""
    for name, held, write in _PENDING.get():
        if held == record_id and name == registry:
            write()
