"""A new order that is not the issue's items each once was refused as “排序须列出这一期的全部信息，
每件一次。” — not which item was left out, written twice or not in the issue. Said now."""

from __future__ import annotations

import pytest

from officedesk.core.errors import ValidationError
from officedesk.core.info import issue_order, periodicals


def _refusal(issue_id, order, seen, admin):
    with pytest.raises(ValidationError) as refused:
        issue_order.reorder(issue_id, order, admin, seen=seen)
    return refused.value.message


def test_the_order_names_the_items_left_out_twice_or_foreign(three, admin):
    issue_id, (a, b, c) = three
    seen = [a, b, c]
    whole = f"排序须列出这一期的全部信息（{a}、{b}、{c}），每件一次："
    assert _refusal(issue_id, [c, a], seen, admin) == f"{whole}缺信息 {b}。"
    assert _refusal(issue_id, [c, a, a], seen, admin) == f"{whole}信息 {a} 写了两次；缺信息 {b}。"
    assert _refusal(issue_id, [c, b, a, 99999], seen, admin) == f"{whole}信息 99999 不在这一期。"
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == seen  # nothing moved
