"""The 通讯录 people and the rooms a meeting's row looks up (parsing.resolve_person and
looks_like_unit, the room its 地点 names, the room whose seats the conflict check counts),
remembered while an import writes its rows, not read again for each of them: a 会议 import
goes row by row in one write transaction, and each row named the same leaders again (one query
a person, and one more for his unit) and looked its room up three times.

`held` is entered by the import's hooks (imported.create_hook, update_hook), one row at a time;
what a row found serves the next rows of the same outermost transaction (store.db
.outer_transaction: the import's), as workdays.as_committed tells one transaction from the
next. Outside a transaction (`add meetings`) it serves the one row. Nothing is remembered for a
reader outside `held` (the meeting window, the dialog's save): they read the database.

A change of the directory within the transaction (a person, unit or room added, renamed or
removed: every change leaves an audit entry — the registries people, units and rooms) forgets
what was remembered: each row's `held` reads the audit entries written since the row before
(its own one or two), as directory._recently tells a change by the newest entry. A meeting row
writes none of those registries; another writer's in the same transaction (or, on PostgreSQL,
another workstation's committed meanwhile) is seen at the next row."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from officedesk.core.context_values import bound

T = TypeVar("T")

# the audit registries whose changes may change what a lookup here finds
_DIRECTORY = frozenset({"people", "units", "rooms"})


@dataclass
class _Memo:
    transaction: object | None  # the outermost transaction it was read in (None: one row's)
    seen: int  # the newest audit entry when it was last checked
    found: dict[Hashable, Any] = field(default_factory=dict)
    reads: dict[Hashable, Callable[[], Any]] = field(default_factory=dict)  # how each was found


# the memo of the import's transaction, kept from one row's `held` to the next row's
_kept: _Memo | None = None
# inside `held`: the memo lookups use
_active: ContextVar[_Memo | None] = ContextVar("meeting_lookups", default=None)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Inside: each lookup (`remembered`) is made once for the transaction, or for this row
    outside one (a scope inside another shares the outer's)."""
    global _kept
    if _active.get() is not None:
        yield
        return
    from officedesk.store.db import outer_transaction

    transaction = outer_transaction()
    memo = _kept if transaction is not None and _kept is not None \
        and _kept.transaction is transaction else None
    if memo is None:
        memo = _Memo(transaction, _newest())
    else:
        _forget_if_changed(memo)
    _kept = memo if transaction is not None else None
    with bound(_active, memo):
        yield


def _newest() -> int:
    from officedesk.core import changes

    return changes.latest()


def _forget_if_changed(memo: _Memo) -> None:
    """The entries written since the memo was checked (a row's own): any of the directory's
    forgets what was found."""
    from officedesk.store.db import guarded
    from officedesk.store.models import AuditEntry

    query = AuditEntry.select(AuditEntry.id, AuditEntry.registry).where(AuditEntry.id > memo.seen)
    written: list[tuple[int, str]] = []
    with guarded("读取"):
        for entry_id, registry in query.tuples().iterator():
            written.append((int(entry_id), str(registry)))
    if not written:
        return
    memo.seen = max(entry_id for entry_id, _ in written)
    if any(registry in _DIRECTORY for _, registry in written):
        memo.found.clear()


def remembered(key: Hashable, read: Callable[[], T]) -> T:
    """read(), or inside `held` the value read first under this key."""
    memo = _active.get()
    if memo is None:
        return read()
    if key not in memo.found:
        memo.found[key] = read()
        memo.reads[key] = read
    return memo.found[key]  # type: ignore[no-any-return]


def current() -> _Memo | None:
    """The memo of the `held` scope this runs in (None outside one)."""
    return _active.get()


def still_found(memo: _Memo) -> bool:
    """Whether every lookup of `memo` finds the same again now (a row, a room, a person's
    entry): a batch checked without the lock verifies under it that a change of the directory
    meanwhile changed nothing its rows found (core.meetings.meeting_batch)."""
    return all(_same(memo.found[key], read()) for key, read in list(memo.reads.items()))


def _same(before: Any, now: Any) -> bool:
    import peewee

    if isinstance(before, peewee.Model) or isinstance(now, peewee.Model):  # a model's == is its id's
        return type(before) is type(now) and before.__data__ == now.__data__
    return bool(before == now)
