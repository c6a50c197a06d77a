"""What other workstations changed: every change goes through core and leaves an audit entry,
so the audit trail is the change log. A workstation polls `since(last)` about once a second
(one primary-key lookup when nothing changed; SQLite and PostgreSQL alike). Entries are
numbered under the audit head's lock, so their ids follow the order of the commits."""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterable, Iterator

from officedesk.store.db import database, guarded

# The audit entries this process wrote: id -> (hash, its number among them). A window knows its
# own changes by these, never by the account name (the same account may be logged in on another
# workstation). The hash too: an SQLite id of a rolled-back entry is given again to the next one.
_mine: dict[int, tuple[str, int]] = {}
_written = 0
_lock = threading.Lock()
_MATCH_AT_MOST = 500
_KEEP = 20_000  # older ones are forgotten: at worst announced once more (a list refreshed)
# The hashes of the entries written within each `noting` block open in this context (a command).
_noting: contextvars.ContextVar[tuple[set[str], ...]] = contextvars.ContextVar("noting", default=())


def latest() -> int:
    with guarded("读取"):
        row = database.execute_sql("select coalesce(max(id), 0) from audit_entry").fetchone()
    return int(row[0])


def since(last: int) -> tuple[int, dict[str, set[str]]]:
    """(the newest entry id, registry -> usernames that changed it) after entry `last`."""
    newest = latest()
    if newest <= last:
        return last, {}
    p = database.param
    with guarded("读取"):
        rows = database.execute_sql(
            f"select distinct registry, actor from audit_entry where id > {p} and id <= {p}",
            (last, newest)).fetchall()
    changed: dict[str, set[str]] = {}
    for registry, actor in rows:
        changed.setdefault(str(registry), set()).add(str(actor))
    if "settings" in changed:
        _forget_settings()
    return newest, changed


@contextlib.contextmanager
def noting() -> Iterator[set[str]]:
    """The hashes of the audit entries written within the block by this context: what a
    command wrote itself, told from what the same account wrote meanwhile in another process,
    thread or command (never matched by username and time). Read them once it ends, from the
    committed trail (an entry rolled back is in the set but not in the table)."""
    found: set[str] = set()
    token = _noting.set((*_noting.get(), found))
    try:
        yield found
    finally:
        _noting.reset(token)


def noted(digests: Iterable[str]) -> None:
    """core.audit: entries appended in bulk (record_many), for the `noting` blocks open."""
    open_blocks = _noting.get()
    if open_blocks:
        digests = list(digests)
        for found in open_blocks:
            found.update(digests)


def wrote(entry_id: int, digest: str) -> None:
    """core.audit: this process appended entry `entry_id` (not yet committed)."""
    global _written
    noted((digest,))
    with _lock:
        _written += 1
        _mine[entry_id] = (digest, _written)
        if len(_mine) > _KEEP:
            for old in sorted(_mine)[: _KEEP // 2]:
                del _mine[old]


def written() -> int:
    """How many audit entries this process has written so far (the number of the last)."""
    return _written


def since_marked(last: int) -> tuple[int, dict[str, int | None]]:
    """(the newest entry id, registry -> the number (`written`) of the last of its entries after
    `last` when all of them were written by this process, None when any was written elsewhere)."""
    newest = latest()
    if newest <= last:
        return last, {}
    p = database.param
    with _lock:
        ours = {i: v for i, v in _mine.items() if last < i <= newest}
    if len(ours) > _MATCH_AT_MOST:  # a long run of own writes: announced (a list refreshed)
        ours = {}
    with guarded("读取"):
        counts = database.execute_sql(
            f"select registry, count(*) from audit_entry where id > {p} and id <= {p} group by registry",
            (last, newest)).fetchall()
        rows = database.execute_sql(
            f"select id, registry, hash from audit_entry where id in ({', '.join([p] * len(ours))})",
            list(ours)).fetchall() if ours else []
    matched: dict[str, list[int]] = {}
    for entry_id, registry, digest in rows:
        if ours[int(entry_id)][0] == digest:
            matched.setdefault(str(registry), []).append(ours[int(entry_id)][1])
    changed: dict[str, int | None] = {}
    for registry, count in counts:
        own = matched.get(str(registry), [])
        changed[str(registry)] = max(own) if own and len(own) == int(count) else None
    if "settings" in changed:
        _forget_settings()
    return newest, changed


def _forget_settings() -> None:
    """Another workstation changed a setting or the holiday table: what this one remembered of
    them goes, or its next deadline would be counted with the old holidays."""
    from officedesk.core import settings, workdays

    settings.forget_cache()
    workdays.forget_overrides()
