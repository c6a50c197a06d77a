"""Two connections on PostgreSQL: a write that counts a working-day deadline while the holiday
table changes (tests of each registry's deadlines; see tests/petitions/test_deadline_calendar_lock.py)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from officedesk.core import settings, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.db import database

D = dt.date
HOLIDAYS = (D(2026, 12, 15), D(2026, 12, 16))  # two working days made holidays
WAIT = 1.5  # long enough for a write that is not held back to commit


def in_thread(fn: Callable[[], Any], out: dict[str, Any], name: str) -> threading.Thread:
    """fn() on a thread of its own (its own connection), named `name`; its result or exception
    in out[name]."""

    def run() -> None:
        try:
            out[name] = fn()
        except BaseException as exc:  # noqa: BLE001  (handed to the test)
            out[name] = exc
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def holidays() -> int:
    return sum(workdays.set_override(day, False, "测试", CLI_ACTOR) for day in HOLIDAYS)


def write_during_change(write: Callable[[], Any], monkeypatch: Any) -> Any:
    """The first holiday is entered and its change is held open (recomputed, not committed)
    while `write` runs on another connection, then let go. Returns what `write` returned."""
    reached, go = threading.Event(), threading.Event()

    def pause(year: int, actor: Any) -> int:  # after the change recomputed, before it commits
        reached.set()
        go.wait(10)
        return 0

    monkeypatch.setattr(workdays, "_recomputers", [*workdays._recomputers, pause])
    out: dict[str, Any] = {}
    changing = in_thread(lambda: workdays.set_override(HOLIDAYS[0], False, "测试", CLI_ACTOR),
                         out, "change")
    assert reached.wait(10)
    workdays.forget_overrides()  # the writer is another program: it knows nothing cached here
    settings.forget_cache()
    writing = in_thread(write, out, "write")
    writing.join(WAIT)  # waits for the change (or done, with the old calendar)
    go.set()
    changing.join(10)
    writing.join(10)
    for name in ("change", "write"):
        assert not isinstance(out[name], BaseException), out[name]
    return out["write"]


def change_during_write(write: Callable[[], Any], paused: Any, target: str,
                        monkeypatch: Any) -> Any:
    """`write` is held inside its transaction at `paused.<target>` (its deadline counted) while
    the holidays are entered on another connection; then let go. Returns what `write` returned."""
    reached, go = threading.Event(), threading.Event()
    real = getattr(paused, target)

    def held(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(paused, target, held)
    out: dict[str, Any] = {}
    writing = in_thread(write, out, "write")
    assert reached.wait(10)
    changing = in_thread(holidays, out, "change")
    changing.join(WAIT)  # held back until the write commits (or done, unguarded)
    go.set()
    writing.join(10)
    changing.join(10)
    for name in ("change", "write"):
        assert not isinstance(out[name], BaseException), out[name]
    return out["write"]


def as_committed_now(count: Callable[[], Any]) -> Any:
    """count() with the calendar and settings read again as committed (after both threads)."""
    workdays.forget_overrides()
    settings.forget_cache()
    return count()
