"""Wrong passwords lock an account: one counter, one lock and one audit entry for every place a
password proves who one is — the log-in (core.users.authenticate) and the current password a
user gives to change his own (core.accounts.change_password).

After "security.lockout_attempts" wrong passwords in a row the account is locked for
"security.lockout_minutes"; while it is locked even the right password is refused. A session
whose user gave a wrong current password until the account locked ends (core.session): whoever
sits at it could not show he is its user."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, clock, settings
from officedesk.core.actor import Actor
from officedesk.core.errors import LoginError
from officedesk.core.i18n import text
from officedesk.core.summary_texts import trail_text
from officedesk.store.models import User

REGISTRY = "users"
LOGIN = "登录"
CHANGE = "修改密码"

OK, WRONG, LOCKED = "ok", "wrong", "locked"


def limits() -> tuple[int, int]:
    """(wrong passwords that lock, minutes locked), as the settings say."""
    return (max(1, int(settings.get("security.lockout_attempts"))),
            max(1, int(settings.get("security.lockout_minutes"))))


def until_text(moment: dt.datetime) -> str:
    if moment.date() == clock.today():
        return moment.strftime("%H:%M")
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def refused() -> LoginError:
    """One answer for every refused log-in — unknown name, stopped or locked account, wrong
    password — so the answer never tells which accounts exist or are locked."""
    attempts, minutes = limits()
    return LoginError(
        text(  # the interface translates it (core.i18n)
            "用户名或密码不正确，或账号已停用、已锁定（连续输错 %1 次锁定 %2 分钟）。"
            "请核对后再试；仍不能登录的，请管理员解锁。",
            attempts,
            minutes,
        )
    )


def check(user: User, ok: bool, now: dt.datetime, by: Actor, doing: str = LOGIN) -> str:
    """In the caller's write transaction: OK when the password `ok` stands, LOCKED when the
    account is locked (already, or by this wrong password), WRONG otherwise. Counts and audits
    each wrong password (`doing`: 登录 or 修改密码) and each lock, as `by`; a right password at
    the log-in is audited as the log-in."""
    attempts, minutes = limits()
    username = user.username
    fresh = User.get_by_id(user.id)
    if fresh.locked_until is not None and fresh.locked_until > now:
        audit.record(by, "login_failed", REGISTRY, user.id, None, None,
                     trail_text("%1失败：账号锁定中（至 %2）：%3", doing, until_text(fresh.locked_until), username))
        return LOCKED
    if ok:
        User.update(failed_attempts=0, locked_until=None).where(User.id == user.id).execute()
        if doing == LOGIN:
            audit.record(by, "login", REGISTRY, user.id, None, None, trail_text("登录：%1", username))
        return OK
    # A lock that has run out starts a fresh count.
    failed = (
        0
        if fresh.locked_until is not None and fresh.locked_until <= now
        else fresh.failed_attempts
    )
    failed += 1
    if failed >= attempts:
        until = now + dt.timedelta(minutes=minutes)
        User.update(failed_attempts=0, locked_until=until).where(User.id == user.id).execute()
        audit.record(by, "lock", REGISTRY, user.id, None, {"锁定至": until.isoformat(sep=" ")},
                     trail_text("连续 %1 次密码错误，锁定用户 %2", attempts, username) if doing == LOGIN
                     else trail_text("连续 %1 次%2时原密码错误，锁定用户 %3", attempts, doing, username))
        return LOCKED
    User.update(failed_attempts=failed, locked_until=None).where(User.id == user.id).execute()
    audit.record(by, "login_failed", REGISTRY, user.id, None, None,
                 trail_text("密码错误：%1（第 %2 次）", username, failed) if doing == LOGIN
                 else trail_text("%1时原密码错误：%2（第 %3 次）", doing, username, failed))
    return WRONG


def tries_left(user: User) -> int:
    """How many more wrong passwords the account takes before it locks."""
    attempts, _minutes = limits()
    fresh = User.get_by_id(user.id)
    return max(0, attempts - int(fresh.failed_attempts or 0))
