"""The audit trails that are no registry's record: users' accounts (roles, clearances, log-in
failures), settings and system work (backups) are an administrator's to read; a 代理's also its
principal's and substitute's. A 密级 filter passes them all, so a clerk could read them."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, passwords, positions, settings, users
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import LoginError, PermissionDeniedError
from officedesk.store.models import User

PASSWORD = "Secret-2026"
ADMIN = CLI_ACTOR


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


@pytest.fixture
def office(db):
    for name in ("k0", "zhang", "li"):
        users.create_user(name, PASSWORD, "clerk", ADMIN, clearance=0)
    return {name: users.actor_for(users.get_user(name)) for name in ("k0", "zhang", "li")}


def _uid(name: str) -> int:
    return User.get(User.username == name).id


def test_a_clerk_may_not_read_the_trail_of_users_or_settings(office):
    clerk = office["k0"]
    users.set_role("zhang", "leader", ADMIN, clearance=2)
    with pytest.raises(LoginError):
        users.authenticate("zhang", "wrong-password")
    settings.put("org.name", "X市委办公室", ADMIN)
    for name, record_id in (("users", _uid("zhang")), ("users", _uid("k0")),
                            ("settings", None), ("system", None)):
        with pytest.raises(PermissionDeniedError, match="只有管理员可以查看"):
            audit.history(name, record_id, clerk)
    leader = Actor("boss", "leader", 3)  # a leader sees every 密级: still no administrator
    with pytest.raises(PermissionDeniedError):
        audit.history("users", _uid("zhang"), leader)
    trail = audit.history("users", _uid("zhang"), ADMIN)
    assert {"role", "login_failed"} <= {e.action for e in trail}
    assert audit.history("settings", None, ADMIN)


def test_a_delegation_trail_is_its_principals_and_substitutes(office):
    row = positions.set_delegation("k0", "zhang", dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                   office["k0"])
    positions.end_delegation(row.id, office["k0"])
    for name in ("k0", "zhang"):
        assert [e.action for e in audit.history("delegations", row.id, office[name])] == [
            "create", "update"]
    with pytest.raises(PermissionDeniedError, match="被代理人、代理人"):
        audit.history("delegations", row.id, office["li"])
    assert len(audit.history("delegations", row.id, ADMIN)) == 2
