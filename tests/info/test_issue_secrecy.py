"""保密 of a periodical's issue: an issue holding an item above the actor's clearance is neither
reordered nor 印发 nor printed by that actor, and nothing of the hidden item reaches them."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.info import issue_order, periodicals
from officedesk.printing import forms

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")
SECRET = "某机密事项进展SECRETINFO"


@pytest.fixture
def mixed_issue(report, advance, fixed_today):
    """An open issue of 每日要情 with a plain item, then a 机密 one: (issue id, plain, secret)."""
    fixed_today(dt.date(2026, 5, 6))
    plain = advance(report(title="公开信息"))
    secret = advance(report(title=SECRET, secrecy="机密"))
    assert plain.issue == secret.issue
    return plain.issue, plain, secret


def test_items_of_leaves_out_what_the_actor_may_not_see(mixed_issue, admin):
    issue_id, plain, secret = mixed_issue
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == [plain.id, secret.id]
    assert [i.id for i in periodicals.items_of(issue_id, K0)] == [plain.id]
    assert periodicals.count_of(issue_id, admin) == 2
    assert periodicals.count_of(issue_id, K0) == 1


def test_reorder_by_an_uncleared_clerk_is_refused_whatever_the_order(mixed_issue, admin):
    issue_id, plain, secret = mixed_issue
    for order in ([secret.id, plain.id], [plain.id], []):
        with pytest.raises(PermissionDeniedError, match="密级高于您权限") as refused:
            issue_order.reorder(issue_id, order, K0, seen=[plain.id])
        assert SECRET not in str(refused.value) and "请由有相应权限" in str(refused.value)
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == [plain.id, secret.id]
    # someone cleared may, and gets the titles back
    done = issue_order.reorder(issue_id, [secret.id, plain.id], admin, seen=[plain.id, secret.id])
    assert [i.title for i in done] == [SECRET, "公开信息"]


def test_publish_by_an_uncleared_clerk_is_refused(mixed_issue, admin):
    issue_id, _plain, _secret = mixed_issue
    with pytest.raises(PermissionDeniedError, match="不能印发"):
        periodicals.publish(issue_id, K0)
    assert periodicals.issue(issue_id).state == periodicals.EDITING
    assert periodicals.publish(issue_id, admin).state == periodicals.ISSUED


def test_print_by_an_uncleared_clerk_is_refused(mixed_issue):
    issue_id, _plain, _secret = mixed_issue
    with pytest.raises(PermissionDeniedError, match="不能打印"):
        forms.get("info-issue").build([issue_id], K0)


def test_a_clerk_reorders_and_publishes_an_issue_they_may_read_whole(report, advance,
                                                                      fixed_today):
    fixed_today(dt.date(2026, 5, 6))
    first = advance(report(title="甲"))
    second = advance(report(title="乙", secrecy="秘密"))
    clerk = Actor(username="clerk1", role="clerk", clearance=1)
    done = issue_order.reorder(first.issue, [second.id, first.id], clerk, seen=[first.id, second.id])
    assert [i.title for i in done] == ["乙", "甲"]
    assert periodicals.publish(first.issue, clerk).state == periodicals.ISSUED
