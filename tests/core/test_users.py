"""Users: scrypt hashes, roles, lockout, first run, clearance filtering."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk.core import audit, clock, passwords, records, settings, users
from officedesk.core.errors import (
    ConflictError,
    LoginError,
    PermissionDeniedError,
    ValidationError,
)
from officedesk.store.models import AuditEntry, User
from tests.store.memo_registry import MEMOS, create_table

PASSWORD = "Secret-2026"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """Lower scrypt's cost for speed; hashes carry their parameters, so verification still works."""
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


@pytest.fixture
def office(db):
    return users.first_run_setup("X市委办公室", "X委办", "admin", PASSWORD, "王管理")


def test_hash_is_scrypt_with_salt_and_parameters():
    first, second = users.hash_password(PASSWORD), users.hash_password(PASSWORD)
    assert first != second  # fresh salt each time
    scheme, n, r, p, salt, key = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", passwords.SCRYPT_N, 8, 1)
    assert PASSWORD not in first
    assert users.verify_password(PASSWORD, first)
    assert not users.verify_password(PASSWORD + "x", first)
    assert not users.verify_password(PASSWORD, "garbage")
    assert not users.verify_password(PASSWORD, first.replace("scrypt", "md5", 1))


def test_first_run_creates_the_administrator_and_stores_the_office(db):
    assert not users.has_users()
    admin = users.first_run_setup("X市委办公室", "X委办", "admin", PASSWORD, "王管理")
    assert users.has_users()
    assert (admin.role, admin.clearance, admin.display_name) == ("admin", 3, "王管理")
    settings.forget_cache()
    assert settings.get("org.name") == "X市委办公室"
    assert settings.get("org.code") == "X委办"
    with pytest.raises(ConflictError):
        users.first_run_setup("别的", "Y", "admin2", PASSWORD)
    assert users.authenticate("admin", PASSWORD).username == "admin"


def test_first_run_refuses_a_weak_password(db):
    with pytest.raises(ValidationError):
        users.first_run_setup("X市委办公室", "X委办", "admin", "short1")
    with pytest.raises(ValidationError):
        users.first_run_setup("X市委办公室", "X委办", "admin", "onlyletters")
    assert not users.has_users()


def test_create_user_and_log_in_with_role_and_clearance(office):
    users.create_user("zhang", PASSWORD, "clerk", office, display_name="张三", clearance=1)
    actor = users.authenticate("zhang", PASSWORD)
    assert (actor.username, actor.role, actor.clearance, actor.display_name) == (
        "zhang",
        "clerk",
        1,
        "张三",
    )
    assert actor.can_write and not actor.is_admin
    with pytest.raises(ConflictError):
        users.create_user("zhang", PASSWORD, "clerk", office)
    with pytest.raises(ValidationError):
        users.create_user("wang", PASSWORD, "boss", office)
    with pytest.raises(ValidationError):
        users.create_user("wang", PASSWORD, "clerk", office, clearance=4)
    with pytest.raises(PermissionDeniedError):
        users.create_user("wang", PASSWORD, "clerk", actor)


def test_roles_leader_and_readonly(office):
    users.create_user("lead", PASSWORD, "leader", office, clearance=2)
    users.create_user("view", PASSWORD, "readonly", office)
    leader = users.authenticate("lead", PASSWORD)
    viewer = users.authenticate("view", PASSWORD)
    assert leader.may_instruct and leader.can_write
    assert not viewer.can_write
    users.set_role("view", "clerk", office)
    assert users.authenticate("view", PASSWORD).can_write


def test_audit_never_holds_the_password_hash(office):
    users.create_user("zhang", PASSWORD, "clerk", office)
    users.change_password("zhang", "Another-2027", office)
    users.set_role("zhang", "leader", office, clearance=2)
    stored_hash = User.get(User.username == "zhang").password_hash
    trail = list(AuditEntry.select())
    assert {e.action for e in trail} >= {"setup", "create", "password", "role"}
    for entry in trail:
        text = entry.before + entry.after + entry.summary
        assert "scrypt$" not in text and stored_hash not in text and "Another-2027" not in text
    role_change = [
        e
        for e in audit.history("users", User.get(User.username == "zhang").id)
        if e.action == "role"
    ][0]
    assert json.loads(role_change.before) == {"角色": "科员", "密级权限": "公开"}
    assert json.loads(role_change.after) == {"角色": "领导", "密级权限": "机密"}
    assert audit.verify_chain() == []


def test_wrong_password_says_how_many_tries_are_left_then_locks(office, fixed_today):
    settings.put("security.lockout_attempts", 3)
    settings.put("security.lockout_minutes", 15)
    users.create_user("zhang", PASSWORD, "clerk", office)
    with pytest.raises(LoginError) as first:
        users.authenticate("zhang", "wrong-1")
    assert first.value.message == users.login_refused().message  # issue 10: one answer
    assert User.get(User.username == "zhang").failed_attempts == 1
    with pytest.raises(LoginError) as second:
        users.authenticate("zhang", "wrong-2")
    assert second.value.message == first.value.message
    locked_at = clock.now()
    with pytest.raises(LoginError) as third:
        users.authenticate("zhang", "wrong-3")
    assert "锁定 15 分钟" in third.value.message and third.value.message == first.value.message
    until = User.get(User.username == "zhang").locked_until
    assert dt.timedelta(minutes=14) < until - locked_at <= dt.timedelta(minutes=16)
    # Locked: even the right password is refused, with the same answer as any refusal.
    with pytest.raises(LoginError) as locked:
        users.authenticate("zhang", PASSWORD)
    assert locked.value.message == first.value.message
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert f"{until:%H:%M}" in last.summary  # the administrator sees until when
    assert {"login_failed", "lock"} <= {e.action for e in AuditEntry.select()}


def test_lock_ends_after_the_minutes(office, monkeypatch):
    settings.put("security.lockout_attempts", 2)
    settings.put("security.lockout_minutes", 10)
    users.create_user("zhang", PASSWORD, "clerk", office)
    start = dt.datetime(2026, 3, 2, 9, 0, 0)
    monkeypatch.setattr(clock, "now", lambda: start)
    for _ in range(2):
        with pytest.raises(LoginError):
            users.authenticate("zhang", "wrong")
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(minutes=9, seconds=59))
    with pytest.raises(LoginError) as still:
        users.authenticate("zhang", PASSWORD)
    assert still.value.message == users.login_refused().message
    assert "09:10" in AuditEntry.select().order_by(AuditEntry.id.desc()).first().summary
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(minutes=10, seconds=1))
    assert users.authenticate("zhang", PASSWORD).username == "zhang"
    # The count starts afresh after a lock has run out and after a good log-in.
    with pytest.raises(LoginError) as again:
        users.authenticate("zhang", "wrong")
    assert again.value.message == users.login_refused().message
    assert User.get(User.username == "zhang").failed_attempts == 1


def test_lock_ends_when_the_clock_moves_a_day(office, fixed_today):
    settings.put("security.lockout_attempts", 1)
    users.create_user("zhang", PASSWORD, "clerk", office)
    with pytest.raises(LoginError):
        users.authenticate("zhang", "wrong")
    with pytest.raises(LoginError):
        users.authenticate("zhang", PASSWORD)
    fixed_today(clock.today() + dt.timedelta(days=1))
    assert users.authenticate("zhang", PASSWORD).username == "zhang"


def test_administrator_unlocks_and_good_login_resets_the_count(office):
    settings.put("security.lockout_attempts", 2)
    users.create_user("zhang", PASSWORD, "clerk", office)
    with pytest.raises(LoginError):
        users.authenticate("zhang", "wrong")
    users.authenticate("zhang", PASSWORD)
    with pytest.raises(LoginError) as caught:
        users.authenticate("zhang", "wrong")
    assert caught.value.message == users.login_refused().message
    assert User.get(User.username == "zhang").failed_attempts == 1
    with pytest.raises(LoginError):
        users.authenticate("zhang", "wrong")
    users.unlock("zhang", office)
    assert users.authenticate("zhang", PASSWORD).username == "zhang"


def test_unknown_and_deactivated_users_get_the_same_answer(office):
    users.create_user("zhang", PASSWORD, "clerk", office)
    users.deactivate("zhang", office)
    with pytest.raises(LoginError) as stopped:
        users.authenticate("zhang", PASSWORD)
    with pytest.raises(LoginError) as unknown:
        users.authenticate("nobody", PASSWORD)
    assert stopped.value.message == unknown.value.message
    users.activate("zhang", office)
    assert users.authenticate("zhang", PASSWORD).username == "zhang"


def test_change_password(office):
    users.create_user("zhang", PASSWORD, "clerk", office)
    me = users.authenticate("zhang", PASSWORD)
    with pytest.raises(LoginError):
        users.change_password("zhang", "New-pass-2027", me, old_password="wrong")
    with pytest.raises(LoginError):
        users.change_password("zhang", "New-pass-2027", me)
    users.change_password("zhang", "New-pass-2027", me, old_password=PASSWORD)
    with pytest.raises(LoginError):
        users.authenticate("zhang", PASSWORD)
    assert users.authenticate("zhang", "New-pass-2027").username == "zhang"
    users.create_user("li", PASSWORD, "clerk", office)
    with pytest.raises(PermissionDeniedError):
        users.change_password("li", "New-pass-2027", me)
    users.change_password("li", "Reset-2027", office)  # the administrator resets
    assert users.authenticate("li", "Reset-2027").username == "li"


def test_the_last_administrator_stays(office):
    with pytest.raises(ConflictError):
        users.set_role("admin", "clerk", office)
    users.create_user("second", PASSWORD, "admin", office)
    with pytest.raises(ConflictError):
        users.deactivate("admin", office)  # not oneself
    users.set_role("admin", "clerk", users.authenticate("second", PASSWORD))
    assert users.get_user("admin").role == "clerk"


def test_clearance_filters_a_registry_list(office):
    create_table()
    levels = ["", "秘密", "机密", "绝密★10年"]
    ids = {
        level: records.create(MEMOS, {"标题": f"{level or '普通'}通知", "密级": level}, office).id
        for level in levels
    }
    for clearance in range(4):
        users.create_user(f"u{clearance}", PASSWORD, "clerk", office, clearance=clearance)
    for clearance in range(4):
        actor = users.authenticate(f"u{clearance}", PASSWORD)
        visible = records.list_ids(MEMOS, actor)
        assert visible == sorted(ids[level] for level in levels[: clearance + 1]), clearance
        assert records.count(MEMOS, actor) == clearance + 1
        assert records.list_ids(MEMOS, actor, text="通知") == visible
    low = users.authenticate("u0", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        records.get(MEMOS, ids["机密"], low)
    assert records.get(MEMOS, ids[""], low).title == "普通通知"


def test_readonly_user_cannot_write(office):
    create_table()
    users.create_user("view", PASSWORD, "readonly", office)
    viewer = users.authenticate("view", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        records.create(MEMOS, {"标题": "x"}, viewer)
    assert viewer.role == "readonly" and not viewer.can_write
    assert MEMOS.model.select().count() == 0  # refused before anything was written


def test_a_name_longer_than_its_column_is_refused_in_core(db):
    from officedesk.core.actor import CLI_ACTOR as chief
    from officedesk.core.errors import ValidationError

    with pytest.raises(ValidationError, match="姓名最多 64 个字"):
        users.create_user("k9", "Yunling2026!", "clerk", chief, display_name="张" * 65)
    users.create_user("k9", "Yunling2026!", "clerk", chief, display_name="张" * 64)
    with pytest.raises(ValidationError, match="姓名最多 64 个字"):
        users.set_display_name("k9", "李" * 65, chief)
    assert users.get_user("k9").display_name == "张" * 64
