"""The whole 信息 registry's trail (audit.history("info", None)): its 排序 entries name the
issue's items by id; a reader below an item's 密级 reads them without it — as the other trails
tell a hidden record — so the trail does not tell him that a hidden item exists, nor its id."""

from __future__ import annotations

import datetime as dt
import json

from officedesk.core import audit
from officedesk.core.actor import Actor
from officedesk.core.info import issue_order

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")


def _orders(actor):
    return [json.loads(e.after)["顺序"] for e in audit.history("info", None, actor)
            if e.after and "顺序" in e.after]


def test_order_entries_name_only_what_the_reader_may_see(report, advance, fixed_today, admin):
    fixed_today(dt.date(2026, 5, 6))
    plain = advance(report(title="公开信息"))
    other = advance(report(title="另一件公开信息"))
    secret = advance(report(title="机密信息", secrecy="机密"))
    order = [secret.id, other.id, plain.id]
    issue_order.reorder(plain.issue, order, admin, seen=[plain.id, other.id, secret.id])
    assert _orders(admin) == [order]  # cleared: the order as saved
    assert _orders(K0) == [[other.id, plain.id]]  # the hidden item left out, the rest in order
    stored = [e.after for e in audit.history("info", None) if e.after and "顺序" in e.after]
    assert json.loads(stored[0])["顺序"] == order  # the trail itself untouched (append-only)
    assert audit.verify_chain() == []
