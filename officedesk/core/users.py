"""Users: log-in here; accounts and roles in core.accounts, password hashing in core.passwords
(their names stay importable from here).

Log-in locks an account for "security.lockout_minutes" after "security.lockout_attempts" wrong
passwords in a row. Every change to a user is in the audit trail (never the password hash).

The command line does not log in: it works on the database directly as the administrator
(core.actor.CLI_ACTOR). Whoever can run it on the database file (or holds the PostgreSQL
credentials) is trusted as the administrator; the GUI is where log-in and roles apply.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets

from officedesk.core import audit, clock, lockout, opened_copies, session
from officedesk.core.accounts import (
    REGISTRY,
    activate,
    actor_for,
    change_password,
    check_choices,
    create_user,
    deactivate,
    first_run_setup,
    get_user,
    has_users,
    list_users,
    set_clearance,
    set_display_name,
    set_role,
    unlock,
)
from officedesk.core.actor import Actor
from officedesk.core.errors import LoginError, SessionEndedError
from officedesk.core.lockout import refused as login_refused
from officedesk.core.passwords import (
    MIN_PASSWORD_LENGTH,
    check_password_strength,
    hash_password,
    verify_password,
)
from officedesk.core.summary_texts import trail_text
from officedesk.core.usernames import check_username
from officedesk.store.db import guarded, write_transaction
from officedesk.store.models import User

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "REGISTRY",
    "activate",
    "actor_for",
    "authenticate",
    "change_password",
    "check_choices",
    "check_password_strength",
    "check_username",
    "create_user",
    "deactivate",
    "first_run_setup",
    "get_user",
    "has_users",
    "hash_password",
    "list_users",
    "log_out",
    "login_refused",
    "set_clearance",
    "set_display_name",
    "set_role",
    "unlock",
    "verify_password",
]


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def authenticate(username: str, password: str) -> Actor:
    """The Actor of a user whose password is right; LoginError (in Chinese) otherwise.

    Every refusal gives the same message after the same work (one password hash, one audit
    entry), whether the name is unknown, the account stopped or locked, or the password wrong."""
    username = username.strip()
    if not username or not password:
        raise LoginError("请输入用户名和密码。")  # the interface translates these (core.i18n)
    with guarded("登录"):
        user = User.get_or_none(User.username == username)
    now = clock.now()
    ok = verify_password(password, user.password_hash if user is not None else _dummy_hash())
    with guarded("登录"), write_transaction():
        if user is None or not user.active:
            anonymous = Actor(username="（未登录）", role="readonly", clearance=0)
            audit.record(anonymous, "login_failed", REGISTRY, user.id if user else None, None, None,
                         "登录失败：未知或已停用的用户名")
            ok = False
        else:
            ok = _check_login(user, ok, now)
    if ok and user is not None:
        opened_copies.clear()  # 保密: nothing the last user opened waits for this one
        return actor_for(User.get_by_id(user.id))
    raise login_refused()  # outside the transaction: the audit entries stay


def _check_login(user: User, ok: bool, now: dt.datetime) -> bool:
    """The lock and the counter (core.lockout), in the log-in's transaction; True when the
    log-in stands."""
    return lockout.check(user, ok, now, actor_for(user)) == lockout.OK


def log_out(actor: Actor) -> None:
    """注销: the user leaves the workstation. Audited as the log-in is, and the session ends:
    every later core call with `actor` is refused (core.session.end); a session ended already
    (stopped account, new password, lock) logs out unaudited. The session ends even when the
    entry cannot be written (DatabaseError raised after): the clerk can always leave."""
    if actor.user_id is None or actor.session_id is None or session.ended(actor):
        opened_copies.clear()
        return
    try:
        actor.standing(0.0)  # a session that may not go on writes nothing more
        with guarded("注销"), write_transaction():
            audit.record(actor, "logout", REGISTRY, actor.user_id, None, None,
                         trail_text("注销：%1", actor.username))
    except SessionEndedError:
        pass
    finally:  # the entry could not be written (disk full): the session ends all the same
        session.end(actor)
        opened_copies.clear()  # 保密: what he opened does not wait for the next user
