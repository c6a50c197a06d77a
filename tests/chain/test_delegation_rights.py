"""Who may set a 代理: a read-only account changes nothing; a user sets his own only."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import accounts, positions
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import PermissionDeniedError
from officedesk.store.chain import Delegation

START, END = dt.date(2026, 12, 1), dt.date(2026, 12, 5)


def test_a_read_only_account_sets_no_delegation_not_even_its_own(staffed):
    accounts.set_role("kuiyuan", "readonly", CLI_ACTOR)
    with pytest.raises(PermissionDeniedError, match="只读"):
        positions.set_delegation("kuiyuan", "wenshu", START, END, staffed["kuiyuan"])
    assert not Delegation.select().exists()


def test_a_read_only_account_ends_no_delegation(staffed):
    row = positions.set_delegation("kuiyuan", "wenshu", START, END, staffed["kuiyuan"])
    accounts.set_role("kuiyuan", "readonly", CLI_ACTOR)
    with pytest.raises(PermissionDeniedError, match="只读"):
        positions.end_delegation(row.id, staffed["kuiyuan"])
    assert Delegation.get_by_id(row.id).active


def test_a_clerk_sets_no_delegation_for_the_director(staffed):
    with pytest.raises(PermissionDeniedError, match="只能为自己设置代理人"):
        positions.set_delegation("zhuren", "kuiyuan", START, END, staffed["kuiyuan"])
    positions.set_delegation("zhuren", "fuzhuren", START, END, staffed["zhuren"])
    positions.set_delegation("zhuren", "fuzhuren2", START, END, CLI_ACTOR)
    assert Delegation.select().count() == 2
