"""Two clerks working one periodical's issues at once, on SQLite and on PostgreSQL (READ
COMMITTED): the first is held inside its transaction after its read while the second runs.
Before, on PostgreSQL, two 编发 read the same open issue and took the same place in it; two new
issues read the same last 期号 and the second failed on the index with a driver's error; an
item 编发 while the issue was 印发 went into it unprinted (or after it, into an issue gone out);
an item corrected while its issue was 印发 was changed after it went out on paper. Each write
now holds the periodical's row first (periodicals.hold): the second waits, then decides on what
the first committed."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, info, records, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ConflictError, OfficeDeskError
from officedesk.core.info import periodicals, printed_items
from officedesk.store.info import InfoIssue
from tests.held_race import while_held
from tests.info.conftest import reporter

SIGNED = (("接收", {}), ("初审", {"结论": "采"}), ("编辑", {}),
          ("签发", {"签发人": "周明", "职务": "分管主任"}))


@pytest.fixture
def signed(any_db, admin, fixed_today):
    """signed() -> an item ready for 编发 (签发 done)."""
    fixed_today(dt.date(2026, 3, 10))
    make = reporter(admin)

    def one():
        item = make()
        for step, values in SIGNED:
            steps.perform("info", item.id, step, values, admin)
        return item.id

    return one


def _place(item_id, admin, **values):
    return lambda: steps.perform("info", item_id, "编发", {"刊物": "每日要情", **values}, admin)


def _places(*ids):
    return [(item.issue, item.issue_position) for item in (info.get(i, CLI_ACTOR) for i in ids)]


def test_two_items_placed_at_once_take_two_places(signed, admin, monkeypatch):
    first, second, third = signed(), signed(), signed()
    _place(first, admin)()
    out = while_held(monkeypatch, periodicals, "next_position", _place(second, admin), _place(third, admin))
    assert not any(isinstance(v, BaseException) for v in out.values()), out
    assert sorted(_places(first, second, third)) == [(1, 1), (1, 2), (1, 3)]
    assert check.run_checks() == []


def test_two_new_issues_at_once_take_the_next_two_numbers(signed, admin, monkeypatch):
    first, second = signed(), signed()
    out = while_held(monkeypatch, periodicals, "open_issue", _place(first, admin), _place(second, admin))
    # no open issue: the first opens 第1期; the second, let in after it, goes into that one
    assert not any(isinstance(v, BaseException) for v in out.values()), out
    assert sorted(_places(first, second)) == [(1, 1), (1, 2)]
    daily = periodicals.periodical("每日要情")
    # 另起新一期 by both: 第2期 and 第3期, never 第2期 twice
    out = while_held(monkeypatch, InfoIssue, "create", lambda: periodicals.new_issue(daily, admin),
                     lambda: periodicals.new_issue(daily, admin))
    assert not any(isinstance(v, BaseException) for v in out.values()), out
    assert sorted((i.seq, i.total) for i in InfoIssue.select()) == [(1, 1), (2, 2), (3, 3)]
    assert check.run_checks() == []


def test_an_item_placed_while_the_issue_is_printed_is_not_left_unprinted(signed, admin, monkeypatch):
    first, second = signed(), signed()
    _place(first, admin)()
    issue_id = info.get(first, admin).issue
    out = while_held(monkeypatch, printed_items, "keep", lambda: periodicals.publish(issue_id, admin),
                     _place(second, admin))
    assert not any(isinstance(v, BaseException) for v in out.values()), out
    printed = [p.title for p in printed_items.kept(issue_id)]
    held = [i.id for i in periodicals.items_of(issue_id, admin)]
    assert held == [first] and len(printed) == 1  # the second went into the next issue
    assert info.get(second, admin).issue != issue_id
    assert check.run_checks() == []


def test_the_issue_printed_while_an_item_is_placed_prints_it(signed, admin, monkeypatch):
    first, second = signed(), signed()
    _place(first, admin)()
    issue_id = info.get(first, admin).issue
    out = while_held(monkeypatch, periodicals, "next_position", _place(second, admin),
                     lambda: periodicals.publish(issue_id, admin))
    assert not any(isinstance(v, BaseException) for v in out.values()), out
    held = [i.id for i in periodicals.items_of(issue_id, admin)]
    assert held == [first, second] and len(printed_items.kept(issue_id)) == 2
    assert check.run_checks() == []


def test_an_item_corrected_while_its_issue_is_printed_is_refused(signed, admin, monkeypatch):
    first = signed()
    _place(first, admin)()
    item = info.get(first, admin)
    out = while_held(monkeypatch, printed_items, "keep", lambda: periodicals.publish(item.issue, admin),
                     lambda: records.update(info.SPEC, first, {"标题": "改过的标题"}, item.version, admin))
    assert not isinstance(out["first"], BaseException), out
    # refused as after the 印发: the item went out on paper as it was
    assert isinstance(out["second"], OfficeDeskError) and "印发" in str(out["second"]), out
    assert info.get(first, admin).title == item.title
    assert check.run_checks() == []


def test_an_issue_printed_twice_at_once_is_printed_once(signed, admin, monkeypatch):
    first = signed()
    _place(first, admin)()
    issue_id = info.get(first, admin).issue
    out = while_held(monkeypatch, printed_items, "keep", lambda: periodicals.publish(issue_id, admin),
                     lambda: periodicals.publish(issue_id, admin))
    assert not isinstance(out["first"], BaseException), out
    # the second is told the issue went out (before: the driver's duplicate key error)
    assert isinstance(out["second"], ConflictError) and "已于" in str(out["second"]), out
    assert info.get(first, admin).score == 1 + 3  # 报送, and 县级采用 counted once
    assert check.run_checks() == []
