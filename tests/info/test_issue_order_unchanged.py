"""排序 saved with the order as it stands (nothing moved) is no change: no item is saved, no
entry goes into the trail, and the command line says the order stayed as it was. Before, it
wrote a “调整……的信息顺序” entry (a change other workstations were told of) for nothing."""

from __future__ import annotations

import pytest

from officedesk.core import info
from officedesk.core.info import issue_order, periodicals
from officedesk.store.models import AuditEntry


def _versions(ids, admin):
    return [info.get(i, admin).version for i in ids]


def test_the_same_order_writes_nothing(three, admin):
    issue_id, order = three
    entries, versions = AuditEntry.select().count(), _versions(order, admin)
    done = issue_order.reorder(issue_id, list(order), admin, seen=list(order))
    assert [i.id for i in done] == order
    assert AuditEntry.select().count() == entries
    assert _versions(order, admin) == versions
    # a real change still goes in, with its entry
    issue_order.reorder(issue_id, order[::-1], admin, seen=list(order))
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == order[::-1]
    assert AuditEntry.select().count() > entries


def test_the_same_order_is_still_refused_when_stale(three, admin):
    """Nothing moved from an order someone changed since: told as stale, as any save is."""
    from officedesk.core.errors import StaleRecordError

    issue_id, (a, b, c) = three
    issue_order.reorder(issue_id, [c, b, a], admin, seen=[a, b, c])
    entries = AuditEntry.select().count()
    with pytest.raises(StaleRecordError):
        issue_order.reorder(issue_id, [a, b, c], admin, seen=[a, b, c])
    assert AuditEntry.select().count() == entries


def test_the_cli_says_nothing_changed(three, admin, db, capsys):
    from officedesk import cli

    issue_id, (a, b, c) = three
    entries = AuditEntry.select().count()
    assert cli.main(["--db", str(db.database), "info-order", str(issue_id), str(a), str(b), str(c),
                     "--seen", str(a), str(b), str(c)]) == 0
    said = capsys.readouterr().out
    assert "顺序没有改变" in said and "未保存" in said
    assert AuditEntry.select().count() == entries
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == [a, b, c]
