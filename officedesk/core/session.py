"""A logged-in session follows its user's row.

`users.authenticate` gives the window an Actor that it keeps for the whole session. Its role
and clearance are not kept: `Actor.role` / `.clearance` read the row through `standing()`
here, again once the copy is older than `actor.READ_SECONDS` (one primary-key lookup per user
and second at most: a list's first paint reads it once, not per row); `require_writer` and
`require_admin` read it again before each change (`actor.WRITE_SECONDS`). A change made by this
process (core.users) drops the copy at once; one made on another workstation is seen within
those times. A stopped account raises AccountStoppedError from every one of them, and the
listeners (the window) hear of it; a new role or clearance applies to the next call.
"""

from __future__ import annotations

import contextlib
import time
import weakref
from collections.abc import Callable
from typing import Any

from officedesk.core import actor as actor_module
from officedesk.core.actor import Standing
from officedesk.core.errors import AccountStoppedError
from officedesk.store.db import database, guarded
from officedesk.store.models import User

STOPPED = "您的账号已被停用，不能继续操作。请联系管理员；重新启用后请重新登录。"

_copies: dict[int, tuple[float, Standing]] = {}  # user id -> (read at, standing)
_bound: list[Any] = [None]  # the database the copies were read from
# (the database, the callback): a user id means that user only in its own database
_listeners: list[tuple[Any, Callable[[], Callable[[int], object] | None]]] = []


def _current_copies() -> dict[int, tuple[float, Standing]] | None:
    db = database.obj
    if db is None:
        return None
    if db is not _bound[0]:  # another database (a test's, a restored file's): other users
        _copies.clear()
        _bound[0] = db
    return _copies


def standing(user_id: int, max_age: float) -> Standing | None:
    """The user's row now (a copy younger than max_age serves); None without a database.
    AccountStoppedError (and the listeners told) when the account is stopped."""
    found = peek(user_id, max_age)
    if found is not None and not found.active:
        _tell(user_id)
        raise AccountStoppedError(STOPPED)
    return found


def peek(user_id: int, max_age: float = 0.0) -> Standing | None:
    """The user's row now, stopped or not (the window's own look: no refusal, no telling)."""
    copies = _current_copies()
    if copies is None:
        return None
    copy = copies.get(user_id)
    now = time.monotonic()
    if copy is None or now - copy[0] >= max_age:
        with guarded("读取用户"):
            row = (User.select(User.active, User.role, User.clearance)
                   .where(User.id == user_id).tuples().first())
        found = Standing(bool(row[0]), str(row[1]), int(row[2])) if row else Standing(False, "", 0)
        copies[user_id] = copy = (now, found)
    return copy[1]


def remember(user: User) -> None:
    """The row just read (log-in): the session's first calls need not read it again."""
    copies = _current_copies()
    if copies is not None:
        copies[user.id] = (time.monotonic(), Standing(bool(user.active), user.role, user.clearance))


def forget(user_id: int | None = None) -> None:
    """A user's row changed here (or, without an id, the whole database was restored)."""
    if user_id is None:
        _copies.clear()
    else:
        _copies.pop(user_id, None)


def listen(callback: Callable[[int], object]) -> None:
    """callback(user_id) whenever a stopped account of the database open now is refused, in
    the refusing thread. A method is held weakly: a closed window's context stops listening
    by going away."""
    ref: Callable[[], Callable[[int], object] | None]
    if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
        ref = weakref.WeakMethod(callback)  # type: ignore[arg-type]
    else:
        ref = lambda: callback  # noqa: E731
    _listeners[:] = [(db, r) for db, r in _listeners if r() is not None]
    _listeners.append((database.obj, ref))


def _tell(user_id: int) -> None:
    for entry in list(_listeners):
        db, ref = entry
        callback = ref()
        if callback is None:
            with contextlib.suppress(ValueError):  # another thread removed it first
                _listeners.remove(entry)
        elif db is database.obj:
            callback(user_id)


actor_module.follow_users(standing)
