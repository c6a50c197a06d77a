"""修改密码: a wrong current password counts like a wrong log-in password — the same counter,
lock and audit entries (core.lockout) — and the session that locks its account ends."""

from __future__ import annotations

import pytest

from officedesk.core import passwords, records, registry, settings, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import AccountLockedError, LoginError, SessionEndedError
from officedesk.store.models import AuditEntry, User

PASSWORD, NEW = "Secret-2026", "Another-2027"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


@pytest.fixture
def clerk(db, fixed_today):
    settings.put("security.lockout_attempts", 3)
    settings.put("security.lockout_minutes", 15)
    users.create_user("zhang", PASSWORD, "clerk", CLI_ACTOR)
    return users.authenticate("zhang", PASSWORD)


def _entries(user_id):
    return [(e.action, e.summary) for e in AuditEntry.select().where(
        (AuditEntry.registry == "users") & (AuditEntry.record_id == user_id)
        & (AuditEntry.action.in_(["login_failed", "lock"]))).order_by(AuditEntry.id)]


def test_wrong_current_passwords_are_counted_audited_and_lock_the_account(clerk):
    for _ in range(2):
        with pytest.raises(LoginError, match="原密码不正确"):
            users.change_password("zhang", NEW, clerk, old_password="wrong")
    assert User.get(User.username == "zhang").failed_attempts == 2
    with pytest.raises(AccountLockedError) as locked:
        users.change_password("zhang", NEW, clerk, old_password="wrong")
    assert locked.value.message == users.login_refused().message  # the log-in's answer
    row = User.get(User.username == "zhang")
    assert row.locked_until is not None
    assert [action for action, _ in _entries(row.id)] == ["login_failed", "login_failed", "lock"]
    assert "修改密码时原密码错误" in _entries(row.id)[0][1]
    # the account is locked as after wrong log-ins: the right password logs in no more
    with pytest.raises(LoginError):
        users.authenticate("zhang", PASSWORD)


def test_the_log_in_and_the_change_share_one_counter(clerk):
    with pytest.raises(LoginError):
        users.authenticate("zhang", "wrong")
    with pytest.raises(LoginError):
        users.change_password("zhang", NEW, clerk, old_password="wrong")
    with pytest.raises(LoginError):
        users.authenticate("zhang", "wrong")
    assert User.get(User.username == "zhang").locked_until is not None


def test_the_session_that_locked_its_account_ends(clerk):
    for _ in range(3):
        with pytest.raises(LoginError if _ < 2 else AccountLockedError):
            users.change_password("zhang", NEW, clerk, old_password="wrong")
    with pytest.raises(SessionEndedError, match="账号已锁定"):
        records.count(registry.get("outgoing"), clerk)
    with pytest.raises(SessionEndedError):  # nor the right password: the change is refused
        users.change_password("zhang", NEW, clerk, old_password=PASSWORD)
    assert users.verify_password(PASSWORD, User.get(User.username == "zhang").password_hash)


def test_a_locked_account_changes_no_password_even_with_the_right_one(clerk):
    other = users.authenticate("zhang", PASSWORD)  # another workstation
    for _ in range(3):
        with pytest.raises(LoginError):
            users.authenticate("zhang", "wrong")
    with pytest.raises(AccountLockedError) as refused:
        users.change_password("zhang", NEW, other, old_password=PASSWORD)
    assert refused.value.message == users.login_refused().message
    assert users.verify_password(PASSWORD, User.get(User.username == "zhang").password_hash)
    # the right password: the session goes on (wrong log-ins elsewhere end nobody's session)
    assert records.count(registry.get("outgoing"), other) == 0


def test_the_right_current_password_clears_the_count(clerk):
    with pytest.raises(LoginError):
        users.change_password("zhang", NEW, clerk, old_password="wrong")
    users.change_password("zhang", NEW, clerk, old_password=PASSWORD)
    assert User.get(User.username == "zhang").failed_attempts == 0
    assert users.authenticate("zhang", NEW).username == "zhang"
