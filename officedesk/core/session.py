"""A logged-in session follows its user's row.

`users.authenticate` gives the window an Actor that it keeps for the whole session. Its role
and clearance are not kept: `Actor.role` / `.clearance` read the row through `standing()`
here, again once the copy is older than `actor.READ_SECONDS` (one primary-key lookup per user
and second at most: a list's first paint reads it once, not per row); `require_writer` and
`require_admin` read it again before each change (`actor.WRITE_SECONDS`). A change made by this
process (core.users) drops the copy at once; one made on another workstation is seen within
those times. A stopped account raises AccountStoppedError from every one of them, and the
listeners (the window) hear of it; a new role or clearance applies to the next call.

A password reset by an administrator, or changed by the user in another session (another
workstation), ends the user's other sessions the same way (PasswordChangedError): each session
(`Actor.session_id`, given by `begin` at log-in) keeps the stamp of the password it logged in
with and compares it with the row's. The stamp is a digest of the row's password hash: every
change or reset writes a new hash (a fresh salt), and so does a hash written outside the
program or a restored older file; no column of its own is needed. The session that made the
change takes the new stamp (`renewing`) and goes on.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import time
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from officedesk.core import actor as actor_module
from officedesk.core.actor import Actor, Standing
from officedesk.core.errors import (
    AccountLockedError,
    AccountStoppedError,
    LoggedOutError,
    PasswordChangedError,
)
from officedesk.store.db import database, guarded
from officedesk.store.models import User

STOPPED = "您的账号已被停用，不能继续操作。请联系管理员；重新启用后请重新登录。"
PASSWORD_CHANGED = ("您的密码已被修改（管理员重置，或在另一台工作站上修改），本次登录已失效，"
                    "不能继续操作。请用新密码重新登录。")
LOGGED_OUT = "本次登录已注销，不能继续操作。请重新登录。"
LOCKED_OUT = ("原密码连续输错，账号已锁定，本次登录已结束，不能继续操作。"
              "请在锁定期满后重新登录，或请管理员解锁。")

_copies: dict[int, tuple[float, Standing]] = {}  # user id -> (read at, standing)
_logins: dict[int, str] = {}  # session id -> the stamp of the password it logged in with
_pending: dict[int, str] = {}  # session id -> the stamp of the password it is writing now
_locked_out: set[int] = set()  # sessions ended by the lock their wrong passwords set (core.lockout)
_logged_out: set[int] = set()  # sessions their users ended (注销, core.users.log_out)
_session_ids = itertools.count(1)
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


def stamp_of(password_hash: str) -> str:
    """The stamp of a password as the row stores it (never the hash itself in the copies)."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:32]


def standing(user_id: int, max_age: float, session_id: int | None = None) -> Standing | None:
    """The user's row now (a copy younger than max_age serves); None without a database.
    AccountStoppedError when the account is stopped, PasswordChangedError when the password
    is not the one the session `session_id` logged in with, AccountLockedError when the session
    locked its account (`lock_out`) (the listeners told of each), LoggedOutError when its user
    logged out (`end`: nobody is told, the window that did it is gone)."""
    if session_id is not None and session_id in _logged_out:
        raise LoggedOutError(LOGGED_OUT)
    if session_id is not None and session_id in _locked_out:
        _tell(user_id)
        raise AccountLockedError(LOCKED_OUT)
    found = peek(user_id, max_age)
    if found is not None and not found.active:
        _tell(user_id)
        raise AccountStoppedError(STOPPED)
    if found is not None and session_id is not None and _changed(session_id, found):
        _tell(user_id)
        raise PasswordChangedError(PASSWORD_CHANGED)
    return found


def _changed(session_id: int, now: Standing) -> bool:
    login = _logins.get(session_id)
    return login is not None and now.stamp not in (login, _pending.get(session_id))


def password_changed(actor: Actor, now: Standing) -> bool:
    """The password in the row `now` is not the one this session logged in with (the window's
    own look, with `peek`)."""
    return actor.session_id is not None and _changed(actor.session_id, now)


def lock_out(actor: Actor) -> None:
    """This session gave wrong passwords until its account locked: it ends (the listeners are
    told). The user's other sessions go on, as they do when his log-in is locked elsewhere."""
    if actor.session_id is not None and actor.user_id is not None:
        _locked_out.add(actor.session_id)
        _tell(actor.user_id)


def end(actor: Actor) -> None:
    """The user logged out (注销): every later core call of this session is refused, whoever
    still holds its Actor (a tab's read still running, a dialog left open)."""
    if actor.session_id is not None:
        _logged_out.add(actor.session_id)
        _logins.pop(actor.session_id, None)
        _pending.pop(actor.session_id, None)


def ended(actor: Actor) -> bool:
    """The session was ended by its user (`end`)."""
    return actor.session_id is not None and actor.session_id in _logged_out


def locked_out(actor: Actor) -> bool:
    """The session ended by `lock_out` (the window's own look)."""
    return actor.session_id is not None and actor.session_id in _locked_out


def peek(user_id: int, max_age: float = 0.0) -> Standing | None:
    """The user's row now, stopped or not (the window's own look: no refusal, no telling)."""
    copies = _current_copies()
    if copies is None:
        return None
    copy = copies.get(user_id)
    now = time.monotonic()
    if copy is None or now - copy[0] >= max_age:
        with guarded("读取用户"):
            row = (User.select(User.active, User.role, User.clearance, User.password_hash)
                   .where(User.id == user_id).tuples().first())
        found = (Standing(bool(row[0]), str(row[1]), int(row[2]), stamp_of(str(row[3])))
                 if row else Standing(False, "", 0))
        copies[user_id] = copy = (now, found)
    return copy[1]


def remember(user: User) -> None:
    """The row just read (log-in): the session's first calls need not read it again."""
    copies = _current_copies()
    if copies is not None:
        copies[user.id] = (time.monotonic(), Standing(bool(user.active), user.role, user.clearance,
                                                      stamp_of(user.password_hash)))


def begin(user: User) -> int:
    """A new session of the user as the row `user` stands (log-in): its id, for the Actor."""
    remember(user)
    session_id = next(_session_ids)
    _logins[session_id] = stamp_of(user.password_hash)
    return session_id


@contextlib.contextmanager
def renewing(actor: Actor, user_id: int, password_hash: str) -> Iterator[None]:
    """Around the transaction that writes user_id's new password hash. When `actor` is a
    session of that user (his own change), it goes on: inside, the row may read either way;
    once the write stands, the new stamp is its own. Every other session of his ends."""
    mine = actor.session_id if actor.user_id == user_id and actor.session_id in _logins else None
    stamp = stamp_of(password_hash)
    if mine is not None:
        _pending[mine] = stamp
    forget(user_id)
    try:
        yield
        if mine is not None:
            _logins[mine] = stamp
    finally:
        if mine is not None:
            _pending.pop(mine, None)
        forget(user_id)  # this process's sessions see the new row at their next call


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
