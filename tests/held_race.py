"""Two workstations at once, made to collide: the first write is held inside its transaction
at a chosen point (after what it read there) while the second runs on a connection of its own,
then let go — the tests of the newer registries' races (信息's issues, 督查's tasks), on SQLite
and on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from tests.calendar_race import in_thread

WAIT = 1.5  # long enough for a second write that is not held back to commit


def while_held(monkeypatch: Any, module: Any, name: str, first: Callable[[], Any],
               second: Callable[[], Any]) -> dict[str, Any]:
    """`first` runs until it has called `module.name` (inside its transaction), is held there
    while `second` runs, then goes on. Their results (or exceptions) as out["first"] and
    out["second"]."""
    reached, go = threading.Event(), threading.Event()
    real = getattr(module, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if threading.current_thread().name == "first" and not reached.is_set():
            reached.set()
            go.wait(10)
        return result

    monkeypatch.setattr(module, name, held)
    out: dict[str, Any] = {}
    one = in_thread(first, out, "first")
    assert reached.wait(10), out
    two = in_thread(second, out, "second")
    two.join(WAIT)  # waits for the first (or done, unguarded)
    go.set()
    one.join(10)
    two.join(10)
    return out
