"""排序 of a periodical's issue is optimistic: the caller says the order it saw; a save from
an order someone else has changed since is refused (their order kept, nothing written), the
user told to look again — never written over another workstation's order without a word."""

from __future__ import annotations

import pytest

from officedesk.core.errors import StaleRecordError
from officedesk.core.info import issue_order, periodicals


def _order(issue_id, admin):
    return [i.id for i in periodicals.items_of(issue_id, admin)]


def test_a_stale_order_is_refused_and_the_other_kept(three, admin):
    issue_id, (a, b, c) = three
    seen = _order(issue_id, admin)  # two workstations open the issue: 甲 乙 丙
    issue_order.reorder(issue_id, [c, a, b], admin, seen=seen)  # the first saves
    with pytest.raises(StaleRecordError) as stale:  # the second, from what it saw
        issue_order.reorder(issue_id, [b, a, c], admin, seen=seen)
    said = str(stale.value)
    assert "已被他人调整" in said and "没有保存" in said and "重新" in said
    assert _order(issue_id, admin) == [c, a, b]  # the first's order stands
    # looked at again, the second's order goes in
    issue_order.reorder(issue_id, [b, a, c], admin, seen=[c, a, b])
    assert _order(issue_id, admin) == [b, a, c]


def test_the_cli_says_the_order_it_saw(three, admin, db, capsys):
    from officedesk import cli

    issue_id, (a, b, c) = three
    base = ["--db", str(db.database)]
    assert cli.main([*base, "info-order", str(issue_id)]) == 0  # the order as it is now
    shown = capsys.readouterr().out
    assert f"--seen {a} {b} {c}" in shown
    assert cli.main([*base, "info-order", str(issue_id), str(c), str(b), str(a),
                     "--seen", str(a), str(b), str(c)]) == 0
    assert cli.main([*base, "info-order", str(issue_id), str(a), str(b), str(c),
                     "--seen", str(a), str(b), str(c)]) == 1
    assert "已被他人调整" in capsys.readouterr().err
    assert _order(issue_id, admin) == [c, b, a]


def test_the_cli_offers_no_order_command_for_an_issue_already_published(three, admin, db, capsys):
    """An issue 印发 is listed as it went out, with why its order stays — not with a command
    line that core would refuse."""
    from officedesk import cli

    issue_id, (a, b, c) = three
    periodicals.publish(issue_id, admin)
    base = ["--db", str(db.database)]
    assert cli.main([*base, "info-order", str(issue_id)]) == 0
    shown = capsys.readouterr().out
    assert "1. id" in shown and "--seen" not in shown
    assert "已印发，不能再调整顺序" in shown


@pytest.mark.parametrize("wrong", ["twice", "not_in_issue"])
def test_a_mistyped_seen_order_is_not_told_as_someone_elses_change(three, admin, wrong):
    """A --seen that names an item twice, or one that was never in the issue, is the caller's
    slip, not another workstation's change: said as what it is, nothing written."""
    from officedesk.core.errors import ValidationError

    issue_id, (a, b, c) = three
    seen = [a, b, b] if wrong == "twice" else [a, b, c + 1000]
    with pytest.raises(ValidationError) as refused:
        issue_order.reorder(issue_id, [c, b, a], admin, seen=seen)
    assert not isinstance(refused.value, StaleRecordError)
    assert str(b if wrong == "twice" else c + 1000) in str(refused.value)
    assert _order(issue_id, admin) == [a, b, c]
