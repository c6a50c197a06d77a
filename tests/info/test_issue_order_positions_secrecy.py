"""A 排序 by a cleared colleague writes each moved item's new place: a reader below a hidden
item's 密级, reading a visible item's trail, must not learn from those places that the issue
holds more items than he sees."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit
from officedesk.core.actor import Actor
from officedesk.core.info import issue_order

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")


def test_a_visible_items_trail_does_not_count_hidden_items(report, advance, fixed_today, admin):
    fixed_today(dt.date(2026, 5, 6))
    plain = advance(report(title="公开信息"))
    other = advance(report(title="另一件公开信息"))
    secret = advance(report(title="机密信息", secrecy="机密"))
    issue_order.reorder(plain.issue, [secret.id, other.id, plain.id], admin,
                        seen=[plain.id, other.id, secret.id])
    moves = [e for e in audit.history("info", plain.id, K0) if "顺序" in (e.summary or "")]
    assert moves  # the move is in the item's trail
    told = " ".join(f"{e.summary} {e.before} {e.after}" for e in moves)
    # he sees two items; a “第 3 条” would tell him of a third he may not see
    assert "3" not in told, told
